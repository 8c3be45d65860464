'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { AutosaveController, type AutosaveView } from '@/lib/diagram/autosave';
import type { Diagram } from '@/lib/diagram/schema';
import { loadDiagram, saveDiagram } from './diagram-api';

export interface DiagramAutosave extends AutosaveView {
  /** What the editor opens with; null until loaded (or when loading failed). */
  initial: Diagram | null;
  /** A merged diagram for the editor's `external` prop after a conflict. */
  external: { diagram: Diagram; revision: number } | null;
  onDiagramChange: (diagram: Diagram) => void;
  /** Saves pending changes now; resolves when the server has them (or saving failed). */
  flush: () => Promise<void>;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Loads a session's diagram and keeps it saved: local draft on every change, PUT a second after the
 * last one, conflicts merged, offline edits kept and sent when the connection returns (see
 * lib/diagram/autosave.ts for the rules).
 */
export function useDiagramAutosave(sessionId: string, isEnabled = true): DiagramAutosave {
  const [view, setView] = useState<AutosaveView>({ status: 'loading', error: null, version: 0 });
  const [initial, setInitial] = useState<Diagram | null>(null);
  const [external, setExternal] = useState<DiagramAutosave['external']>(null);
  const controllerRef = useRef<AutosaveController | null>(null);

  useEffect(() => {
    let isCurrent = true;
    let revision = 0;
    const controller = new AutosaveController(
      sessionId,
      {
        load: () => loadDiagram(sessionId),
        save: (body, options) => saveDiagram(sessionId, body, options),
        storage: browserStorage(),
        now: () => Date.now(),
        setTimer: (run, ms) => window.setTimeout(run, ms),
        clearTimer: (id) => window.clearTimeout(id),
      },
      {
        onView: (next) => isCurrent && setView(next),
        onRemote: (diagram) => isCurrent && setExternal({ diagram, revision: ++revision }),
      },
      !isEnabled,
    );
    controllerRef.current = controller;
    void controller.load().then((diagram) => isCurrent && setInitial(diagram));
    return () => {
      isCurrent = false;
      controller.dispose();
    };
  }, [sessionId, isEnabled]);

  useEffect(() => {
    if (!isEnabled) return;
    const online = () => controllerRef.current?.setOnline(true);
    const offline = () => controllerRef.current?.setOnline(false);
    // Leaving the page (tab hidden, closed, navigated away) saves at once, with keepalive.
    const hidden = () => document.visibilityState === 'hidden' && controllerRef.current?.flush();
    const leaving = () => controllerRef.current?.flush();
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
    };
  }, [isEnabled]);

  const onDiagramChange = useCallback((diagram: Diagram) => {
    if (isEnabled) controllerRef.current?.change(diagram);
  }, [isEnabled]);

  const flush = useCallback(async () => {
    await controllerRef.current?.saveAndWait();
  }, []);

  return { ...view, initial, external, onDiagramChange, flush };
}
