'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { claimInviteAction } from '@/lib/interviews/actions';

export function JoinForm({ token }: { token: string }) {
  const [state, action, isPending] = useActionState(claimInviteAction, {});
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormAlert message={state.error} />
      <Button type="submit" disabled={isPending}>Join the interview</Button>
    </form>
  );
}
