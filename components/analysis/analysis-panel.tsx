'use client';

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { analyzeDesign } from '@/lib/analysis/analyze-design';
import type { AnalysisEstimate, AnalysisResult, AnalysisTargets, Finding } from '@/lib/analysis/schema';
import type { Diagram } from '@/lib/diagram/schema';
import { AnalysisFigures } from './analysis-figures';
import { FindingGroups } from './finding-groups';
import { findingKey } from './severity';
import { useUtilizationOverlay } from './use-utilization-overlay';
import { UtilizationList } from './utilization-list';

export interface HighlightIds {
  nodeIds: string[];
  edgeIds: string[];
}

interface AnalysisPanelProps {
  diagram: Diagram;
  estimate?: AnalysisEstimate;
  targets?: AnalysisTargets;
  /** Timed practice before submit: the panel explains when analysis opens instead of analysing. */
  isLocked?: boolean;
  onHighlight?: (ids: HighlightIds) => void;
  /** Utilization per node id while "Colour by utilization" is on, `null` when it is turned off. */
  onUtilization?: (utilization: Record<string, number> | null) => void;
}

const NOT_ANALYSED: AnalysisResult = { findings: [], nodes: {} };

/** The Analyze panel: runs the pure engine in the browser and lists findings, figures and load. */
export function AnalysisPanel({ diagram, estimate, targets, isLocked, onHighlight, onUtilization }: AnalysisPanelProps) {
  const deferred = useDeferredValue(diagram);
  const result = useMemo(
    () => (isLocked ? NOT_ANALYSED : analyzeDesign({ diagram: deferred, estimate, targets })),
    [deferred, estimate, isLocked, targets],
  );
  const [isColouring, setIsColouring] = useUtilizationOverlay(result.nodes, onUtilization, !isLocked);
  const [selected, setSelected] = useState<string | null>(null);
  const id = useId();
  const toggleId = `${id}-colour`;
  const headingId = `${id}-heading`;

  if (isLocked) {
    return (
      <section aria-labelledby={headingId} className="flex flex-col gap-2 p-3">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">Analyze</h2>
        <p className="text-sm text-slate-600">In timed practice, analysis opens once you submit your design.</p>
      </section>
    );
  }

  const show = (finding: Finding) => {
    setSelected(findingKey(finding));
    onHighlight?.({ nodeIds: finding.nodeIds, edgeIds: finding.edgeIds });
  };
  return (
    <section aria-labelledby={headingId} className="@container flex flex-col gap-4 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">Analyze</h2>
        <label htmlFor={toggleId} className="flex items-center gap-2 text-sm text-slate-700">
          <input id={toggleId} type="checkbox" checked={isColouring} onChange={(e) => setIsColouring(e.target.checked)} />
          Colour by utilization
        </label>
      </div>
      <AnalysisFigures result={result} targets={targets} />
      <FindingGroups findings={result.findings} idPrefix={id} selectedKey={selected} onShow={onHighlight ? show : undefined} />
      <section aria-labelledby={`${id}-load`} className="flex flex-col gap-2">
        <h3 id={`${id}-load`} className="text-sm font-semibold text-slate-900">Load per component</h3>
        <UtilizationList diagram={deferred} figures={result.nodes} />
      </section>
    </section>
  );
}
