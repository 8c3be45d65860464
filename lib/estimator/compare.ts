import type { ReferenceFigure } from '@/lib/problems/schema';
import { evaluateToUnit } from './calculator';
import { METRIC_UNITS } from './model';
import type { EstimateMetric } from './schema';

/** A reference figure of a problem, as far as comparison needs it. */
export interface ReferenceMetric {
  metric: EstimateMetric;
  value: number;
  label: string;
  /** The reference's working and assumptions, shown so the candidate sees why it differs. */
  working: string;
}

export type ComparisonStatus = 'on-track' | 'too-high' | 'too-low' | 'missing';

export interface FigureComparison {
  metric: EstimateMetric;
  label: string;
  candidate: number | null;
  reference: number;
  /** candidate ÷ reference; null when there is nothing to divide. */
  ratio: number | null;
  /** How many times off either way (≥ 1); null when missing or not comparable. */
  timesOff: number | null;
  status: ComparisonStatus;
  working: string;
}

/** Within 2× either way counts as on track: an estimate is about order of magnitude, not digits. */
export const ON_TRACK_FACTOR = 2;

function compareOne(candidate: number | undefined, ref: ReferenceMetric): FigureComparison {
  const base = { metric: ref.metric, label: ref.label, reference: ref.value, working: ref.working };
  if (candidate === undefined || !Number.isFinite(candidate)) {
    return { ...base, candidate: null, ratio: null, timesOff: null, status: 'missing' };
  }
  if (ref.value === 0 || candidate === 0) {
    // A ratio against zero is meaningless: equal counts as on track, otherwise off by "infinitely" many times.
    const same = ref.value === candidate;
    const status = same ? 'on-track' : candidate > ref.value ? 'too-high' : 'too-low';
    return { ...base, candidate, ratio: same ? 1 : null, timesOff: same ? 1 : null, status };
  }
  const ratio = candidate / ref.value;
  const timesOff = ratio >= 1 ? ratio : 1 / ratio;
  const status = timesOff <= ON_TRACK_FACTOR ? 'on-track' : ratio > 1 ? 'too-high' : 'too-low';
  return { ...base, candidate, ratio, timesOff, status };
}

/**
 * Compares a candidate's figures with a problem's reference figures, one row per reference figure in
 * its order. Within 2× either way is on track; otherwise the row says how many times too high or too
 * low. A figure the candidate did not produce is `missing`. Pure.
 */
export function compareFigures(
  candidate: Partial<Record<EstimateMetric, number>>,
  reference: readonly ReferenceMetric[],
): FigureComparison[] {
  return reference.map((ref) => compareOne(candidate[ref.metric], ref));
}

/** Plain-number units of a figure: the value needs no conversion. */
const COUNT_UNITS = new Set(['count', 'servers', 'server']);

/**
 * The comparable reference figures of a problem: those given as a model `metric`, with the value
 * converted from the figure's `unit` into the unit the model answers in (bytes, bytes/s, 1/s), so
 * a reference written as 36.5 TB compares with a candidate's 36.5e12 B. Throws on a unit mismatch,
 * which the problem library's content tests surface.
 */
export function referenceMetricsOf(figures: readonly ReferenceFigure[]): ReferenceMetric[] {
  return figures.flatMap((figure) => {
    if (figure.metric === undefined) return [];
    const base = METRIC_UNITS[figure.metric];
    const value =
      COUNT_UNITS.has(figure.unit) || base === 'servers' ? figure.value : evaluateToUnit(`${figure.value} * (${figure.unit})`, base);
    return [{ metric: figure.metric, value, label: figure.label, working: figure.working }];
  });
}
