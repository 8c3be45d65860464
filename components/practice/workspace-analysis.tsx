'use client';

import { useState } from 'react';
import { AnalysisPanel } from '@/components/analysis/analysis-panel';
import type { AnalysisEstimate, AnalysisTargets } from '@/lib/analysis/schema';
import { useDiagramSnapshot } from './use-diagram-snapshot';

interface WorkspaceAnalysisProps {
  sessionId: string;
  estimate?: AnalysisEstimate;
  targets: AnalysisTargets;
  /** Timed practice before submit: the panel explains that analysis opens after submit. */
  isLocked: boolean;
}

/** The Analyze panel in the workspace: collapsed until asked for, then following the canvas. */
export function WorkspaceAnalysis({ sessionId, estimate, targets, isLocked }: WorkspaceAnalysisProps) {
  const [isOpen, setIsOpen] = useState(false);
  const diagram = useDiagramSnapshot(sessionId, isOpen && !isLocked);
  if (isLocked) return <AnalysisPanel diagram={diagram} isLocked />;
  return (
    <details onToggle={(event) => setIsOpen(event.currentTarget.open)} className="rounded border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-base font-semibold text-slate-900">Analyze the design</summary>
      {isOpen ? <AnalysisPanel diagram={diagram} estimate={estimate} targets={targets} /> : null}
    </details>
  );
}
