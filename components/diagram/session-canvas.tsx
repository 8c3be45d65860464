'use client';

import { useCallback, useEffect } from 'react';
import { loadRevisions } from './diagram-api';
import { DiagramEditor } from './diagram-editor';
import { CanvasSkeleton } from './canvas-skeleton';
import { SaveStatusIndicator } from './save-status';
import { useDiagramAutosave } from './use-diagram-autosave';

export interface SessionCanvasProps {
  sessionId: string;
  readOnly?: boolean;
  className?: string;
  /** Receives a saver whose `flush()` saves pending changes and waits for the server (e.g. before submit). */
  onSaver?: (saver: { flush: () => Promise<void> }) => void;
}

/** The canvas of one practice session: the editor, loaded from and autosaved to the session. */
export function SessionCanvas({ sessionId, readOnly = false, className, onSaver }: SessionCanvasProps) {
  const autosave = useDiagramAutosave(sessionId, !readOnly);
  const { flush } = autosave;
  useEffect(() => {
    onSaver?.({ flush });
  }, [onSaver, flush]);
  const revisions = useCallback(() => loadRevisions(sessionId), [sessionId]);
  if (!autosave.initial) {
    if (autosave.status === 'loading') return <CanvasSkeleton />;
    return (
      <div role="alert" className="flex h-full items-center justify-center p-6 text-sm text-red-700">
        {autosave.error ?? 'The diagram could not be loaded.'}
      </div>
    );
  }
  return (
    <DiagramEditor
      initial={autosave.initial}
      readOnly={readOnly}
      onChange={autosave.onDiagramChange}
      external={autosave.external}
      loadRevisions={readOnly ? undefined : revisions}
      status={<SaveStatusIndicator status={autosave.status} error={autosave.error} />}
      fileName={`scaleboard-${sessionId}`}
      className={className}
    />
  );
}
