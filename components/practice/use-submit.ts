'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useRef, useState } from 'react';
import { requestJson, sessionUrl } from './session-api';

export interface Flushable {
  flush: () => Promise<void>;
}

/**
 * Submitting: save everything first (notes, estimate and the canvas each register a saver whose flush
 * resolves once the server has their work), then freeze the
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
