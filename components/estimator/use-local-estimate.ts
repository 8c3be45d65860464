'use client';

import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { EXAMPLE_SESSION_ESTIMATE } from '@/lib/estimator/session-estimate';
import { sessionEstimateSchema, type SessionEstimate } from '@/lib/estimator/schema';

/** The standalone page keeps one estimate in localStorage, so a reload loses nothing. */
const STORAGE_KEY = 'scaleboard:estimator';
const listeners = new Set<() => void>();
// Used when storage is unavailable (private mode, quota): the page still works, it just forgets on reload.
let memoryCopy: string | null = null;

function read(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY) ?? memoryCopy;
  } catch {
    return memoryCopy;
  }
}

function write(raw: string): void {
  memoryCopy = raw;
  try {
    window.localStorage.setItem(STORAGE_KEY, raw);
  } catch {
    // Storage refused; the in-memory copy above carries on.
  }
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  // Another tab's edits arrive as storage events.
  window.addEventListener('storage', notify);
  return () => {
    listeners.delete(notify);
    window.removeEventListener('storage', notify);
  };
}

/** Stored text is untrusted: parse it, and fall back to the example when it is absent or invalid. */
function parseStored(raw: string | null): SessionEstimate {
  if (raw === null) return EXAMPLE_SESSION_ESTIMATE;
  try {
    const parsed = sessionEstimateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : EXAMPLE_SESSION_ESTIMATE;
  } catch {
    return EXAMPLE_SESSION_ESTIMATE;
  }
}

/** An estimate persisted in this browser; the server render shows the example until hydration. */
export function useLocalEstimate(): [SessionEstimate, (next: SessionEstimate) => void] {
  const raw = useSyncExternalStore(subscribe, read, () => null);
  const value = useMemo(() => parseStored(raw), [raw]);
  const save = useCallback((next: SessionEstimate) => write(JSON.stringify(next)), []);
  return [value, save];
}
