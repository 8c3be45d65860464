'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { revealSolutionAction } from '@/lib/problems/actions';

/** The confirmation under the spoiler warning; on success the page re-renders with the solution. */
export function RevealSolutionForm({ problemSlug }: { problemSlug: string }) {
  const [state, action, isPending] = useActionState(revealSolutionAction, {});
  return (
    <form action={action} className="flex flex-col items-start gap-3">
      <FormAlert message={state.error} />
      <input type="hidden" name="problemSlug" value={problemSlug} />
      <input type="hidden" name="confirmed" value="yes" />
      <Button type="submit" variant="secondary" disabled={isPending}>
        {isPending ? 'Revealing…' : 'Reveal the reference design'}
      </Button>
    </form>
  );
}
