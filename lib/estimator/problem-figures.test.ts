import { describe, expect, it } from 'vitest';
import { readLibrary } from '@/lib/problems/read-library';
import { evaluateToUnit } from './calculator';
import { referenceMetricsOf } from './compare';
import { computeEstimate } from './model';

/**
 * Every reference figure in problems/ is recomputed with this engine: a metric figure from the
 * problem's own `scale.estimate`, an expression figure with the calculator. A figure that drifts more
 * than 1% from its recomputation fails, so content and engine cannot disagree silently.
 */
const { problems } = readLibrary();
const DRIFT = 0.01;

function expectWithinDrift(actual: number, expected: number) {
  expect(Number.isFinite(actual)).toBe(true);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * DRIFT);
}

describe.skipIf(problems.length === 0)('problem reference figures', () => {
  it.each(problems.map((p) => [p.slug, p] as const))('%s: every figure recomputes within 1%%', (_, problem) => {
    const result = computeEstimate(problem.scale.estimate);
    for (const reference of referenceMetricsOf(problem.figures)) {
      expectWithinDrift(result[reference.metric] ?? Number.NaN, reference.value);
    }
    for (const figure of problem.figures) {
      if (figure.expression !== undefined) expectWithinDrift(evaluateToUnit(figure.expression, figure.unit), figure.value);
    }
  });
});
