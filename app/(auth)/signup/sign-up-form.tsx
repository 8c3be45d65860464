'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { signUpAction } from '@/lib/auth/actions';
import { PASSWORD_MIN_LENGTH } from '@/lib/users/schema';

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, isPending] = useActionState(signUpAction, {});
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert message={state.error} />
      <Field label="Name" name="name" defaultValue={state.values?.name} autoComplete="name" required error={state.fields?.name} />
      <Field label="Email" name="email" defaultValue={state.values?.email} type="email" autoComplete="email" required error={state.fields?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={state.fields?.password}
      />
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Creating account…' : 'Create account'}
      </Button>
      <p className="text-sm text-slate-600">
        Already have an account? <Link href="/signin" className="text-indigo-700 underline">Sign in</Link>
      </p>
    </form>
  );
}
