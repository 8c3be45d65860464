'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { draftToUpdate, type ReviewDraft } from '@/lib/reviews/draft';

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

/** Quiet time after the last change before a draft is saved. */
const AUTOSAVE_DELAY_MS = 800;

async function errorOf(res: Response): Promise<string> {
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  return body.error ?? `Saving failed (${res.status})`;
}

/**
 * The review draft with autosave: each change schedules a debounced PATCH of the whole draft. One save
 * runs at a time; changes made while it runs are saved right after, so the last change always lands.
 */
export function useReviewDraft(url: string, initial: ReviewDraft) {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(initial);
  const changes = useRef({ made: 0, saved: 0 });
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** One PATCH of the latest draft; true when it was accepted. */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    const sending = changes.current.made;
    setStatus('saving');
    try {
      const res = await fetch(url, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify(draftToUpdate(latest.current)) });
      if (!res.ok) throw new Error(await errorOf(res));
      changes.current.saved = sending;
      setError(null);
      setStatus(changes.current.made === sending ? 'saved' : 'pending');
      return true;
    } catch (e: unknown) {
      setError(e instanceof Error ? e.message : 'Saving failed');
      setStatus('error');
      return false;
    }
  }, [url]);

  /** Saves until nothing is unsaved (or a save fails); waits for a save already running. */
  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    for (;;) {
      if (inFlight.current) {
        await inFlight.current;
        continue;
      }
      if (changes.current.saved === changes.current.made) return true;
      const run = saveOnce().finally(() => {
        inFlight.current = null;
      });
      inFlight.current = run;
      if (!(await run)) return false;
    }
  }, [saveOnce]);

  const update = useCallback(
    (change: (draft: ReviewDraft) => ReviewDraft) => {
      latest.current = change(latest.current);
      changes.current.made++;
      setDraft(latest.current);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  // Leaving with unsaved changes asks first; a closed tab cannot finish its save.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (changes.current.saved !== changes.current.made) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      clearTimeout(timer.current);
    };
  }, []);

  return { draft, update, status, error, saveNow };
}
