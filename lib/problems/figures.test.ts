import { describe, expect, it } from 'vitest';
import { evaluateToUnit } from '@/lib/estimator/calculator';
import { computeEstimate } from '@/lib/estimator/model';
import { readLibrary } from './read-library';
import type { Problem, ReferenceFigure } from './schema';

/**
 * Every reference figure, recomputed from the problem's own scale assumptions with the estimator engine:
 * a `metric` figure from `computeEstimate(scale.estimate)`, an `expression` figure with the calculator.
 * A figure more than 1% off fails, naming the problem and the figure, so a wrong number cannot ship.
 */
const DRIFT = 0.01;
const { problems } = readLibrary();

function recompute(problem: Problem, figure: ReferenceFigure): number {
  if (figure.metric !== undefined) return computeEstimate(problem.scale.estimate)[figure.metric] ?? Number.NaN;
  return evaluateToUnit(figure.expression ?? '', figure.unit);
}

const cases = problems.flatMap((problem) =>
  problem.figures.map((figure) => [`${problem.slug} › ${figure.label}`, problem, figure] as const),
);

describe('reference figures', () => {
  it('exist for every problem', () => {
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem.figures.length, `${problem.slug} has too few figures`).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)('%s recomputes within 1%%', (name, problem, figure) => {
    const actual = recompute(problem, figure);
    const source = figure.metric ? `metric ${figure.metric} from scale.estimate` : `expression "${figure.expression}"`;
    expect(Number.isFinite(actual), `${name}: ${source} does not evaluate to a number`).toBe(true);
    const drift = Math.abs(actual - figure.value) / Math.max(Math.abs(actual), Number.MIN_VALUE);
    expect(
      drift,
      `${name}: content says ${figure.value} ${figure.unit}, the engine gives ${actual} (${source}); ${(drift * 100).toFixed(2)}% off`,
    ).toBeLessThanOrEqual(DRIFT);
  });
});
