'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import { draftKey } from '@/lib/diagram/draft';
import { requestJson, sessionUrl } from './session-api';

export interface Flushable {
  flush: () => Promise<void>;
}

/** Waits (up to `ms`) until the canvas has no unsaved local draft, i.e. the server has the diagram. */
async function diagramSaved(sessionId: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if (window.localStorage.getItem(draftKey(sessionId)) === null) return;
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Submitting: save everything first (notes, estimate, the canvas's pending autosave), then freeze the
 * session on the server and re-render the page in its submitted state. Runs once however often it is
 * asked (the button, the clock reaching zero).
 */
export function useSubmit(sessionId: string, savers: ReadonlySet<Flushable>) {
  const router = useRouter();
  const isRunning = useRef(false);
  const [state, setState] = useState<{ isSubmitting: boolean; error: string }>({ isSubmitting: false, error: '' });

  const submit = useCallback(async () => {
    if (isRunning.current) return;
    isRunning.current = true;
    setState({ isSubmitting: true, error: '' });
    await Promise.all([...savers].map((saver) => saver.flush()));
    await diagramSaved(sessionId, 5_000);
    const answer = await requestJson(sessionUrl(sessionId, '/submit'), 'POST');
    // 409: it was submitted already (another tab, or the server's clock ran out first).
    if (answer.ok || answer.status === 409) {
      router.refresh();
      return;
    }
    isRunning.current = false;
    setState({ isSubmitting: false, error: answer.error });
  }, [router, savers, sessionId]);

  return { ...state, submit };
}
