'use client';

import { useEffect, useState } from 'react';
import { DraftSaver, readDraftValue, type DraftStatus, type SaveOutcome } from '@/lib/sessions/draft-saver';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The local draft stored under `key`, if any (client-only components read it while initialising). */
export function readLocalDraft(key: string): unknown {
  try {
    return readDraftValue(browserStorage()?.getItem(key) ?? null);
  } catch {
    return null;
  }
}

export interface DraftSaverView<T> {
  status: DraftStatus;
  error: string | null;
  saver: DraftSaver<T>;
}

/**
 * A DraftSaver for this component's life: `save` is captured once (it must not depend on render state),
 * and leaving the page (tab hidden, closed) sends what is pending at once.
 */
export function useDraftSaver<T>(key: string, save: (value: T) => Promise<SaveOutcome>): DraftSaverView<T> {
  const [view, setView] = useState<{ status: DraftStatus; error: string | null }>({ status: 'saved', error: null });
  const [saver] = useState(
    () =>
      new DraftSaver<T>({
        key,
        save,
        storage: browserStorage(),
        setTimer: (run, ms) => window.setTimeout(run, ms),
        clearTimer: (id) => window.clearTimeout(id),
        onStatus: (status, error) => setView({ status, error }),
      }),
  );
  useEffect(() => {
    const leave = () => void saver.flush();
    const hidden = () => document.visibilityState === 'hidden' && leave();
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      // Unmounting (navigating away in the app) sends what is pending rather than dropping the timer.
      saver.dispose();
      void saver.flush();
    };
  }, [saver]);
  return { ...view, saver };
}
