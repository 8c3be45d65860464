'use client';

import { useEffect, useState } from 'react';
import { draftKey, parseDraft } from '@/lib/diagram/draft';
import { diagramSchema, EMPTY_DIAGRAM, type Diagram } from '@/lib/diagram/schema';
import { requestJson, sessionUrl } from './session-api';

const REFRESH_MS = 3_000;

/** The canvas's newest state without reaching into the editor: its unsaved local draft, else the saved one. */
async function latestDiagram(sessionId: string): Promise<Diagram | null> {
  try {
    const draft = parseDraft(window.localStorage.getItem(draftKey(sessionId)));
    if (draft) return draft.diagram;
  } catch {
    // No storage: fall back to the server's copy.
  }
  const answer = await requestJson(sessionUrl(sessionId, '/diagram'), 'GET');
  const parsed = diagramSchema.safeParse(answer.json);
  return answer.ok && parsed.success ? { nodes: parsed.data.nodes, edges: parsed.data.edges } : null;
}

/** The session's diagram, refreshed every few seconds while `isActive` (the Analyze panel is open). */
export function useDiagramSnapshot(sessionId: string, isActive: boolean): Diagram {
  const [diagram, setDiagram] = useState<Diagram>(EMPTY_DIAGRAM);
  useEffect(() => {
    if (!isActive) return;
    let isCurrent = true;
    let lastJson = '';
    const refresh = async () => {
      const next = await latestDiagram(sessionId);
      const json = next ? JSON.stringify(next) : lastJson;
      // A new object only when the content changed, so analysis does not re-run for nothing.
      if (isCurrent && next && json !== lastJson) {
        lastJson = json;
        setDiagram(next);
      }
    };
    void refresh();
    const timer = window.setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      isCurrent = false;
      window.clearInterval(timer);
    };
  }, [sessionId, isActive]);
  return diagram;
}
