import { computeEstimate, type EstimateResult } from './model';
import {
  ESTIMATE_METRICS,
  estimateInputSchema,
  type EstimateInputField,
  type EstimateMetric,
  type SessionEstimate,
} from './schema';

export { sessionEstimateSchema, type SessionEstimate } from './schema';

/** A new session's estimator: nothing filled in, one empty line to start typing in. */
export const EMPTY_SESSION_ESTIMATE: SessionEstimate = { inputs: {}, lines: [{ id: 'line-1', expression: '' }] };

/** The standalone page's starting point: the textbook case, so the working is visible at once. */
export const EXAMPLE_SESSION_ESTIMATE: SessionEstimate = {
  inputs: { dailyActiveUsers: 100_000_000, writesPerUserPerDay: 1, readsPerWrite: 10, bytesPerWrite: 100, retentionYears: 10 },
  lines: [
    { id: 'line-1', name: 'daily', expression: '100M * 100 B' },
    { id: 'line-2', expression: 'daily / day to MB/s' },
  ],
};

export type EstimateOutcome =
  | { ok: true; result: EstimateResult }
  | { ok: false; fieldErrors: Partial<Record<EstimateInputField, string>> };

/**
 * Runs the model on saved or typed inputs (null = blank) and returns the result, or one message per
 * field that is missing or invalid. Never throws, so the form can call it on every keystroke.
 */
export function estimateFromInputs(inputs: SessionEstimate['inputs']): EstimateOutcome {
  const present = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== null && v !== undefined));
  const parsed = estimateInputSchema.safeParse(present);
  if (parsed.success) return { ok: true, result: computeEstimate(parsed.data) };
  const fieldErrors: Partial<Record<EstimateInputField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as EstimateInputField;
    // Zod reports a missing field as "expected number, received undefined": say it plainly instead.
    fieldErrors[field] ??= present[field] === undefined ? 'Required' : issue.message;
  }
  return { ok: false, fieldErrors };
}

/**
 * The figures a candidate produced, for comparison after submission: the saved snapshot when present
 * (what the candidate saw), otherwise recomputed from the saved inputs; empty when neither is usable.
 */
export function candidateFigures(estimate: SessionEstimate): Partial<Record<EstimateMetric, number>> {
  if (estimate.results && Object.keys(estimate.results).length > 0) return estimate.results;
  const outcome = estimateFromInputs(estimate.inputs);
  return outcome.ok ? figuresOf(outcome.result) : {};
}

/** The metric values of a result, without its steps: the snapshot a session saves. */
export function figuresOf(result: EstimateResult): Partial<Record<EstimateMetric, number>> {
  const figures: Partial<Record<EstimateMetric, number>> = {};
  for (const metric of ESTIMATE_METRICS) {
    const value = result[metric];
    if (value !== undefined) figures[metric] = value;
  }
  return figures;
}

/** `estimate` with its `results` snapshot brought up to date with its inputs (dropped while invalid). */
export function withResults(estimate: SessionEstimate): SessionEstimate {
  const rest: SessionEstimate = { ...estimate };
  delete rest.results;
  const outcome = estimateFromInputs(estimate.inputs);
  return outcome.ok ? { ...rest, results: figuresOf(outcome.result) } : rest;
}
