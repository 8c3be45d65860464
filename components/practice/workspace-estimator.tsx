'use client';

import { useEffect, useState } from 'react';
import { EstimatorPanel } from '@/components/estimator/estimator-panel';
import type { DraftSaver, SaveOutcome } from '@/lib/sessions/draft-saver';
import { sessionEstimateSchema, type SessionEstimate } from '@/lib/estimator/schema';
import { DraftStatusIndicator } from './draft-status';
import { requestJson, sessionUrl, toSaveOutcome } from './session-api';
import { readLocalDraft, useDraftSaver } from './use-draft-saver';

export const estimateDraftKey = (sessionId: string) => `scaleboard:estimate:${sessionId}`;

/**
 * Saves with optimistic concurrency like the diagram. On a stale version the latest local work wins: it
 * is what the candidate is looking at, and an estimate is one small document, so it is re-sent on top.
 */
function estimateSaver(sessionId: string, initialVersion: number) {
  let baseVersion = initialVersion;
  return async (estimate: SessionEstimate): Promise<SaveOutcome> => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await requestJson(sessionUrl(sessionId, '/estimate'), 'PUT', { baseVersion, ...estimate }, true);
      const version = (answer.json as { version?: unknown } | null)?.version;
      if (answer.ok && typeof version === 'number') {
        baseVersion = version;
        return { kind: 'saved' };
      }
      if (answer.status !== 409 || typeof version !== 'number') return toSaveOutcome(answer);
      baseVersion = version;
    }
    return { kind: 'failed', message: 'The estimate keeps changing elsewhere.', isRetryable: true };
  };
}

interface WorkspaceEstimatorProps {
  sessionId: string;
  initial: SessionEstimate & { version: number };
  onSaver?: (saver: DraftSaver<SessionEstimate>) => void;
  onChange?: (estimate: SessionEstimate) => void;
}

/** The estimator of a session: controlled, autosaved with a local draft and a visible save status. */
export function WorkspaceEstimator({ sessionId, initial, onSaver, onChange }: WorkspaceEstimatorProps) {
  const key = estimateDraftKey(sessionId);
  const [draft] = useState(() => sessionEstimateSchema.safeParse(readLocalDraft(key)));
  const [estimate, setEstimate] = useState<SessionEstimate>(() => {
    const { version: _version, ...saved } = initial;
    return draft.success ? draft.data : saved;
  });
  const { status, error, saver } = useDraftSaver(key, estimateSaver(sessionId, initial.version));

  useEffect(() => {
    onSaver?.(saver);
    if (draft.success) saver.change(draft.data);
  }, [saver, draft, onSaver]);

  const change = (next: SessionEstimate) => {
    setEstimate(next);
    saver.change(next);
    onChange?.(next);
  };
  return (
    <div className="flex flex-col gap-3">
      <DraftStatusIndicator label="Estimate save status" status={status} error={error} />
      <EstimatorPanel value={estimate} onChange={change} />
    </div>
  );
}
