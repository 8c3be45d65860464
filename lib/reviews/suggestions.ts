import { analyzeDesign } from '@/lib/analysis/analyze-design';
import type { AnalysisEstimate, AnalysisTargets, Finding } from '@/lib/analysis/schema';
import type { Diagram } from '@/lib/diagram/schema';
import type { EstimateMetric } from '@/lib/estimator/schema';

/**
 * Design-analysis findings offered to a reviewer as suggestions. The candidate's own peak figures drive
 * the load checks, so a suggestion judges the design against what the candidate estimated. Pure.
 */
export function analysisEstimateOf(figures: Partial<Record<EstimateMetric, number>>): AnalysisEstimate | undefined {
  const { peakReadsPerSecond, peakWritesPerSecond } = figures;
  if (peakReadsPerSecond === undefined || peakWritesPerSecond === undefined) return undefined;
  return { peakReadsPerSecond, peakWritesPerSecond };
}

export function reviewSuggestions(options: { diagram: Diagram; figures: Partial<Record<EstimateMetric, number>>; targets?: AnalysisTargets }): Finding[] {
  if (options.diagram.nodes.length === 0) return [];
  const estimate = analysisEstimateOf(options.figures);
  return analyzeDesign({ diagram: options.diagram, ...(estimate ? { estimate } : {}), ...(options.targets ? { targets: options.targets } : {}) }).findings;
}
