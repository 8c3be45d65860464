'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import type { ControlState } from '@/lib/interviews/control';
import { interviewRequest } from './interview-api';

/** The problem's hints in order, for the interviewer to send one at a time; sent ones are marked. */
export function HintLadder({ interviewId, hints, control }: { interviewId: string; hints: readonly string[]; control: ControlState }) {
  const [error, setError] = useState<string>();
  const sent = new Map(control.hints.map((h) => [h.index, h.sentAt]));
  const isOpen = control.status === 'scheduled' || control.status === 'live';
  const send = (hintIndex: number) =>
    interviewRequest(`/api/interviews/${interviewId}/hints`, { body: { hintIndex } }).then(
      () => setError(undefined),
      (e: Error) => setError(e.message),
    );
  return (
    <section aria-labelledby="hints-title" className="flex flex-col gap-2">
      <h2 id="hints-title" className="text-sm font-semibold text-slate-900">Hints</h2>
      <ol className="flex flex-col gap-2">
        {hints.map((hint, index) => (
          <li key={index} className="rounded border border-slate-200 bg-white p-2 text-sm">
            <p className="text-slate-800">{hint}</p>
            {sent.has(index) ? (
              <p className="mt-1 text-xs text-emerald-700">{`Sent at ${new Date(sent.get(index) ?? '').toLocaleTimeString()}`}</p>
            ) : (
              <Button variant="secondary" className="mt-1" disabled={!isOpen} onClick={() => void send(index)} aria-label={`Send hint ${index + 1}`}>
                Send to candidate
              </Button>
            )}
          </li>
        ))}
      </ol>
      <FormAlert message={error} />
    </section>
  );
}

/** The hints the interviewer has sent, as the candidate sees them. */
export function ReceivedHints({ control }: { control: ControlState }) {
  return (
    <section aria-labelledby="received-hints-title" aria-live="polite" className="flex flex-col gap-2">
      <h2 id="received-hints-title" className="text-sm font-semibold text-slate-900">Hints from your interviewer</h2>
      {control.hints.length === 0 ? <p className="text-sm text-slate-600">None yet.</p> : null}
      <ol className="flex flex-col gap-2">
        {control.hints.map((hint) => (
          <li key={hint.index} className="rounded border border-amber-200 bg-amber-50 p-2 text-sm text-slate-800">{hint.text}</li>
        ))}
      </ol>
    </section>
  );
}
