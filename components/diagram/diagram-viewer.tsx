'use client';

import type { Diagram } from '@/lib/diagram/schema';
import type { DiagramHighlight } from './decorations';
import { DiagramEditor } from './diagram-editor';

export interface DiagramViewerProps {
  diagram: Diagram;
  highlight?: DiagramHighlight;
  nodeBadges?: Record<string, string>;
  /** CSS height of the viewer; defaults to 480px. */
  height?: number | string;
  ariaLabel?: string;
}

// A new diagram object means new content: remount the surface for it (cheap, and keeps the viewer stateless).
const diagramKeys = new WeakMap<Diagram, number>();
let nextKey = 0;
function keyOf(diagram: Diagram): number {
  let key = diagramKeys.get(diagram);
  if (key === undefined) {
    key = ++nextKey;
    diagramKeys.set(diagram, key);
  }
  return key;
}

/** Read-only rendering (reference designs, reviews): the editor's own surface, pan and zoom only. */
export function DiagramViewer({ diagram, highlight, nodeBadges, height = 480, ariaLabel = 'Architecture diagram (read-only)' }: DiagramViewerProps) {
  return (
    <div style={{ height }} className="w-full overflow-hidden rounded-md border border-slate-200">
      <DiagramEditor key={keyOf(diagram)} initial={diagram} readOnly highlight={highlight} nodeBadges={nodeBadges} ariaLabel={ariaLabel} />
    </div>
  );
}
