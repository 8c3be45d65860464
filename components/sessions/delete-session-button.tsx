'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { requestJson, sessionUrl } from '@/components/practice/session-api';

/** Deletes a session after an explicit confirmation; deleting cannot be undone. */
export function DeleteSessionButton({ sessionId, problemTitle, redirectTo }: { sessionId: string; problemTitle: string; redirectTo?: string }) {
  const router = useRouter();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState('');
  const remove = async () => {
    const answer = await requestJson(sessionUrl(sessionId), 'DELETE');
    if (!answer.ok) return setError(answer.error);
    if (redirectTo) router.push(redirectTo);
    else router.refresh();
  };
  if (!isConfirming) {
    return (
      <button type="button" onClick={() => setIsConfirming(true)} className="text-sm text-red-700 underline">
        Delete<span className="sr-only"> session on {problemTitle}</span>
      </button>
    );
  }
  return (
    <div role="group" aria-label={`Confirm deleting the session on ${problemTitle}`} className="flex flex-wrap items-center gap-2 text-sm">
      <span>Delete for good?</span>
      <button type="button" onClick={() => void remove()} className="rounded bg-red-600 px-2 py-1 font-medium text-white">Yes, delete</button>
      <button type="button" onClick={() => setIsConfirming(false)} className="rounded border border-slate-300 px-2 py-1">Cancel</button>
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </div>
  );
}
