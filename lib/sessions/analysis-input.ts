import type { AnalysisEstimate } from '@/lib/analysis/schema';
import type { SessionEstimate } from '@/lib/estimator/schema';

/**
 * What the Analyze panel needs from the candidate's estimate: the peak rates (and the read ratio), or
 * nothing while the estimate has not produced them, so analysis still runs on the diagram alone.
 */
export function analysisEstimateOf(estimate: SessionEstimate): AnalysisEstimate | undefined {
  const reads = estimate.results?.peakReadsPerSecond;
  const writes = estimate.results?.peakWritesPerSecond;
  if (reads === undefined || writes === undefined) return undefined;
  const readsPerWrite = estimate.inputs.readsPerWrite ?? undefined;
  return { peakReadsPerSecond: reads, peakWritesPerSecond: writes, ...(readsPerWrite === undefined ? {} : { readsPerWrite }) };
}
