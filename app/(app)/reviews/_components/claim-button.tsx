'use client';

import { useActionState } from 'react';
import { claimReviewAction } from '@/lib/reviews/actions';

/** "Claim" in the queue: starts the caller's review of a session and opens it. */
export function ClaimButton({ sessionId, label, text = 'Claim' }: { sessionId: string; label: string; text?: string }) {
  const [state, action, isPending] = useActionState(claimReviewAction, {});
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="sessionId" value={sessionId} />
      <button type="submit" disabled={isPending} aria-label={label} className="rounded bg-indigo-600 px-3 py-1 text-sm font-medium text-white hover:bg-indigo-700 disabled:bg-indigo-300">
        {isPending ? 'Starting…' : text}
      </button>
      {state.error ? <span role="alert" className="text-xs text-red-700">{state.error}</span> : null}
    </form>
  );
}
