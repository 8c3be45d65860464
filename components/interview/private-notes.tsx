'use client';

import { useEffect, useRef, useState } from 'react';
import { interviewRequest } from './interview-api';

const SAVE_DELAY_MS = 800;

/**
 * The interviewer's private notes. They are saved through their own API route to the interview row and
 * never enter the shared room document, so the candidate's browser has no way to receive them.
 */
export function PrivateNotes({ interviewId, initial }: { interviewId: string; initial: string }) {
  const [notes, setNotes] = useState(initial);
  const [status, setStatus] = useState<'saved' | 'saving' | 'unsaved' | 'error'>('saved');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onChange = (value: string) => {
    setNotes(value);
    setStatus('unsaved');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setStatus('saving');
      interviewRequest(`/api/interviews/${interviewId}/notes`, { method: 'PUT', body: { notes: value } }).then(
        () => setStatus('saved'),
        () => setStatus('error'),
      );
    }, SAVE_DELAY_MS);
  };

  return (
    <section aria-labelledby="private-notes-title" className="flex flex-col gap-1">
      <h2 id="private-notes-title" className="text-sm font-semibold text-slate-900">Private notes</h2>
      <p className="text-xs text-slate-600">Only you see these.</p>
      <textarea aria-labelledby="private-notes-title" className="h-40 rounded border border-slate-300 p-2 text-sm" value={notes} onChange={(e) => onChange(e.target.value)} />
      <p role="status" className="text-xs text-slate-600">
        {status === 'saved' ? 'Saved' : status === 'saving' ? 'Saving…' : status === 'error' ? 'Not saved: check your connection' : 'Unsaved changes'}
      </p>
    </section>
  );
}
