'use client';

import { useMemo } from 'react';
import { LazyDiagramEditor } from '@/components/diagram/lazy';
import { generateDiagram } from '@/lib/diagram/generate';

/** The generated diagram is built in the browser so the measured page load is the canvas, not a big payload. */
export function CanvasBench({ nodeCount, edgeCount }: { nodeCount: number; edgeCount: number }) {
  const diagram = useMemo(() => generateDiagram(nodeCount, edgeCount), [nodeCount, edgeCount]);
  return (
    <div className="h-[720px] rounded-md border border-slate-200" data-testid="canvas-bench">
      <LazyDiagramEditor initial={diagram} ariaLabel="Benchmark diagram" />
    </div>
  );
}
