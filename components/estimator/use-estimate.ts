'use client';

import { useCallback } from 'react';
import { withResults } from '@/lib/estimator/session-estimate';
import type { SessionEstimate } from '@/lib/estimator/schema';
import { useLocalEstimate } from './use-local-estimate';

/**
 * The panel's state: the caller's `value` when given (the workspace owns persistence), otherwise this
 * browser's saved copy. Every change carries an up-to-date `results` snapshot.
 */
export function useEstimate(
  value: SessionEstimate | undefined,
  onChange: ((next: SessionEstimate) => void) | undefined,
): [SessionEstimate, (next: SessionEstimate) => void] {
  const [local, saveLocal] = useLocalEstimate();
  const isControlled = value !== undefined;
  const update = useCallback(
    (next: SessionEstimate) => {
      const snapshot = withResults(next);
      if (!isControlled) saveLocal(snapshot);
      onChange?.(snapshot);
    },
    [isControlled, onChange, saveLocal],
  );
  return [value ?? local, update];
}

/** A line id unique enough for one pad; made in event handlers, never during render. */
export function newLineId(): string {
  return `line-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
