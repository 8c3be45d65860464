import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { oauthProviders } from '@/lib/auth/config';
import { signInWithProviderAction } from '@/lib/auth/actions';
import { getCurrentUser } from '@/lib/auth/session';
import { safeCallbackPath } from '@/lib/auth/safe-redirect';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

const ERRORS: Record<string, string> = {
  rate_limited: 'Too many sign-in attempts. Wait 15 minutes and try again.',
  credentials: 'Email or password is incorrect.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const initialError = params.error ? (ERRORS[params.code ?? ''] ?? 'Sign-in failed. Please try again.') : undefined;
  return (
    <section className="mx-auto max-w-sm">
      <h1 className="mb-6 text-2xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
      {oauthProviders().map((provider) => (
        <form key={provider.id} action={signInWithProviderAction} className="mt-3">
          <input type="hidden" name="provider" value={provider.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className="w-full rounded border border-slate-300 bg-white px-4 py-2 text-sm">
            Continue with {provider.name}
          </button>
        </form>
      ))}
    </section>
  );
}
