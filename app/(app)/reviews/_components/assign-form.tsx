'use client';

import { useActionState } from 'react';
import { assignReviewAction } from '@/lib/reviews/actions';

interface AssignFormProps {
  sessionId: string;
  reviewers: readonly { id: string; name: string | null; email: string }[];
}

/** Admins only: gives a reviewer a draft review of this session. */
export function AssignForm({ sessionId, reviewers }: AssignFormProps) {
  const [state, action, isPending] = useActionState(assignReviewAction, {});
  return (
    <form action={action} className="flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3 text-sm">
      <input type="hidden" name="sessionId" value={sessionId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="assign-reviewer" className="font-medium">Assign to a reviewer</label>
        <select id="assign-reviewer" name="reviewerId" defaultValue="" className="rounded border border-slate-300 px-2 py-1">
          <option value="">Choose a reviewer…</option>
          {reviewers.map((r) => (
            <option key={r.id} value={r.id}>{r.name ? `${r.name} (${r.email})` : r.email}</option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={isPending} className="rounded border border-slate-300 bg-white px-3 py-1">
        {isPending ? 'Assigning…' : 'Assign'}
      </button>
      <span role="status" className={state.error ? 'text-red-700' : 'text-slate-700'}>{state.error ?? state.message}</span>
    </form>
  );
}
