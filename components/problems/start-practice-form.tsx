'use client';

import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { startPracticeAction } from '@/lib/problems/actions';
import { SESSION_DURATIONS } from '@/lib/sessions/schema';

interface StartPracticeFormProps {
  problemSlug: string;
  /** The preselected clock: the problem's suggested time, or the nearest offered duration. */
  defaultDuration: number;
}

/** Timed (30, 45 or 60 minutes) or untimed; the action opens the workspace, or sign-in when signed out. */
export function StartPracticeForm({ problemSlug, defaultDuration }: StartPracticeFormProps) {
  const [state, action, isPending] = useActionState(startPracticeAction, {});
  const [mode, setMode] = useState<'timed' | 'untimed'>('timed');
  const durationError = state.fields?.durationMinutes;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FormAlert message={state.error} />
      <input type="hidden" name="problemSlug" value={problemSlug} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-slate-800">Mode</legend>
        {(['timed', 'untimed'] as const).map((value) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
            {value === 'timed' ? 'Timed, against the clock' : 'Untimed, at your own pace'}
          </label>
        ))}
      </fieldset>
      {mode === 'timed' ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="practice-duration" className="text-sm font-medium text-slate-800">Duration</label>
          <select
            id="practice-duration"
            name="durationMinutes"
            defaultValue={String(defaultDuration)}
            aria-invalid={durationError ? true : undefined}
            aria-describedby={durationError ? 'practice-duration-error' : undefined}
            className="rounded border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            {SESSION_DURATIONS.map((minutes) => (
              <option key={minutes} value={minutes}>{minutes} minutes</option>
            ))}
          </select>
          {durationError ? <p id="practice-duration-error" className="text-xs text-red-700">{durationError}</p> : null}
        </div>
      ) : null}
      <Button type="submit" disabled={isPending}>
        {isPending ? 'Starting…' : 'Start practice'}
      </Button>
    </form>
  );
}
