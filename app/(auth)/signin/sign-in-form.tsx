'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { signInAction } from '@/lib/auth/actions';

export function SignInForm({ callbackUrl, initialError }: { callbackUrl?: string; initialError?: string }) {
  const [state, action, isPending] = useActionState(signInAction, { error: initialError });
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state.error} />
      <Field label="Email" name="email" defaultValue={state.values?.email} type="email" autoComplete="email" required error={state.fields?.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={state.fields?.password} />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
      <p className="text-sm text-slate-600">
        New here? <Link href="/signup" className="text-indigo-700 underline">Create an account</Link>
      </p>
    </form>
  );
}
