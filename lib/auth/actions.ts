'use server';

import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { formAction } from '@/lib/http/form-action';
import { registerUser } from '@/lib/users/register';
import { signUpSchema } from '@/lib/users/schema';
import { signIn, signOut } from './config';
import { safeCallbackPath } from './safe-redirect';

const signInFormSchema = z.object({
  email: z.string().trim().min(1, 'Enter your email'),
  password: z.string().min(1, 'Enter your password'),
  callbackUrl: z.string().optional(),
});

function signInMessage(error: AuthError): string {
  if (error instanceof CredentialsSignin && error.code === 'rate_limited') {
    return 'Too many sign-in attempts. Wait 15 minutes and try again.';
  }
  return 'Email or password is incorrect.';
}

async function signInWithPassword(email: string, password: string, callbackUrl: unknown) {
  try {
    await signIn('credentials', { email, password, redirectTo: safeCallbackPath(callbackUrl) });
  } catch (error) {
    // signIn redirects by throwing; only next-auth's own errors are answers for the form.
    if (error instanceof AuthError) return { error: signInMessage(error) };
    throw error;
  }
}

export const signInAction = formAction({ auth: 'public', schema: signInFormSchema }, (input) =>
  signInWithPassword(input.email, input.password, input.callbackUrl),
);

export const signUpAction = formAction(
  { auth: 'public', schema: signUpSchema.extend({ callbackUrl: z.string().optional() }) },
  async (input) => {
    await registerUser(input);
    return signInWithPassword(input.email, input.password, input.callbackUrl);
  },
);

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = z.enum(['github', 'google']).parse(formData.get('provider'));
  await signIn(provider, { redirectTo: safeCallbackPath(formData.get('callbackUrl')) });
}
