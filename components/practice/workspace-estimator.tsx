'use client';

import { useEffect, useState } from 'react';
import { EstimatorPanel } from '@/components/estimator/estimator-panel';
import { z } from 'zod';
import type { DraftSaver, SaveOutcome } from '@/lib/sessions/draft-saver';
import { sessionEstimateSchema, type SessionEstimate } from '@/lib/estimator/schema';
import { withResults } from '@/lib/estimator/session-estimate';
import { mergeEstimates } from '@/lib/sessions/estimate-merge';
import { DraftStatusIndicator } from './draft-status';
import { requestJson, sessionUrl, toSaveOutcome } from './session-api';
import { readLocalDraft, useDraftSaver } from './use-draft-saver';

export const estimateDraftKey = (sessionId: string) => `scaleboard:estimate:${sessionId}`;

const savedEstimateSchema = sessionEstimateSchema.extend({ version: z.number().int().min(0) });

/**
 * Saves with optimistic concurrency like the diagram. On a stale version (another tab saved first) the
 * server's estimate is fetched and merged three-way with this tab's edits, so neither side loses work;
 * `onMerged` shows the merged result.
 */
function estimateSaver(sessionId: string, initial: SessionEstimate & { version: number }, onMerged: (sent: SessionEstimate, merged: SessionEstimate) => void) {
  const { version: initialVersion, ...initialEstimate } = initial;
  let baseVersion = initialVersion;
  let base: SessionEstimate = initialEstimate;
  return async (local: SessionEstimate): Promise<SaveOutcome> => {
    let toSend = local;
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await requestJson(sessionUrl(sessionId, '/estimate'), 'PUT', { baseVersion, ...toSend }, true);
      const version = (answer.json as { version?: unknown } | null)?.version;
      if (answer.ok && typeof version === 'number') {
        baseVersion = version;
        base = toSend;
        if (toSend !== local) onMerged(local, toSend);
        return { kind: 'saved' };
      }
      if (answer.status !== 409 || typeof version !== 'number') return toSaveOutcome(answer);
      const current = await requestJson(sessionUrl(sessionId, '/estimate'), 'GET');
      if (!current.ok) return toSaveOutcome(current);
      const server = savedEstimateSchema.safeParse(current.json);
      if (!server.success) return { kind: 'failed', message: 'The saved estimate could not be read.', isRetryable: true };
      const { version: serverVersion, ...serverEstimate } = server.data;
      toSend = withResults(mergeEstimates(base, toSend, serverEstimate));
      base = serverEstimate;
      baseVersion = serverVersion;
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
  // A merge replaces what is shown only if nothing was typed meanwhile; later typing is sent on top of it.
  const { status, error, saver } = useDraftSaver(
    key,
    estimateSaver(sessionId, initial, (sent, merged) => setEstimate((shown) => (shown === sent ? merged : shown))),
  );

  useEffect(() => {
    onSaver?.(saver);
    if (draft.success) saver.change(draft.data);
  }, [saver, draft, onSaver]);

  useEffect(() => onChange?.(estimate), [estimate, onChange]);

  const change = (next: SessionEstimate) => {
    setEstimate(next);
    saver.change(next);
  };
  return (
    <div className="flex flex-col gap-3">
      <DraftStatusIndicator label="Estimate save status" status={status} error={error} />
      <EstimatorPanel value={estimate} onChange={change} />
    </div>
  );
}
