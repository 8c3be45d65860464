'use client';

import '@xyflow/react/dist/style.css';
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { Diagram } from '@/lib/diagram/schema';
import { DecorationsProvider, type DiagramHighlight } from './decorations';
import { EditorBody } from './editor-body';
import type { LoadRevisions } from './history-dialog';

/** An undo stack kept outside the editor (a shared document's, which holds only this user's edits). */
export interface EditorHistory {
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

export interface DiagramEditorProps {
  /** The diagram to open with; later changes of this prop are ignored (remount with a key to reset). */
  initial: Diagram;
  readOnly?: boolean;
  /** Called after every edit with the diagram in its saved form. */
  onChange?: (diagram: Diagram) => void;
  /** A diagram that replaces the current one without counting as a local edit (a server merge); applied whenever `revision` changes. */
  external?: { diagram: Diagram; revision: number } | null;
  /**
   * When given, the toolbar and Ctrl/Cmd+Z drive this instead of the editor's own history, which then
   * records nothing: in a shared room, undo must not revert the other person's edits that `external` brings.
   */
  history?: EditorHistory;
  /** Shown at the end of the toolbar (the save status). */
  status?: ReactNode;
  highlight?: DiagramHighlight;
  nodeBadges?: Record<string, string>;
  ariaLabel?: string;
  /** Saved versions, for the History dialog (shown only when given). */
  loadRevisions?: LoadRevisions;
  /** Base name of exported files. */
  fileName?: string;
  className?: string;
}

/** The architecture canvas: palette, React Flow surface, properties panel and toolbar. */
export function DiagramEditor({ highlight, nodeBadges, ...props }: DiagramEditorProps) {
  return (
    <ReactFlowProvider>
      <DecorationsProvider highlight={highlight} nodeBadges={nodeBadges}>
        <EditorBody {...props} />
      </DecorationsProvider>
    </ReactFlowProvider>
  );
}
