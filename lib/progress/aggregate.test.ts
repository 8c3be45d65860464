import { describe, expect, it } from 'vitest';
import { phaseAverages, problemCounts, scoreSeries, weakestDimensions, type ProgressSession } from './aggregate';

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const session = (id: string, extra: Partial<ProgressSession> = {}): ProgressSession => ({
  id,
  problemSlug: 'url-shortener',
  status: 'submitted',
  submittedAt: day(1),
  selfRatings: {},
  phaseSeconds: {},
  budgetSeconds: 45 * 60,
  ...extra,
});

describe('progress', () => {
  const sessions = [
    session('b', { submittedAt: day(3), selfRatings: { estimation: 3 }, phaseSeconds: { 1: 600 } }),
    session('a', { submittedAt: day(2), selfRatings: { estimation: 1, scalability: 2 }, phaseSeconds: { 1: 200, 4: 900 } }),
    session('c', { problemSlug: 'rate-limiter', status: 'in_progress', submittedAt: null }),
  ];
  const scores = [
    { sessionId: 'a', dimension: 'estimation', level: 2 },
    { sessionId: 'a', dimension: 'estimation', level: 3 },
  ];

  it('puts self-ratings and the reviewers’ mean side by side, in submission order', () => {
    const series = scoreSeries(sessions, scores);
    expect(series.estimation.map((p) => [p.sessionId, p.self, p.reviewer])).toEqual([
      ['a', 1, 2.5],
      ['b', 3, null],
    ]);
    expect(series.communication).toEqual([]);
  });

  it('counts problems attempted and completed', () => {
    expect(problemCounts(sessions)).toEqual({ attempted: 2, completed: 1 });
  });

  it('averages time per phase over submitted sessions against the budget', () => {
    const [first, , , fourth] = phaseAverages(sessions);
    expect(first).toMatchObject({ phase: 1, averageSeconds: 400, budgetSeconds: 270 });
    expect(fourth).toMatchObject({ averageSeconds: 450, budgetSeconds: 810 });
  });

  it('names the weakest dimensions with the guides that help', () => {
    const weakest = weakestDimensions(scoreSeries(sessions, scores));
    // estimation: self 1 and 3, reviewers 2.5 → 2.17; scalability: self 2.
    expect(weakest.map((w) => w.dimension)).toEqual(['scalability', 'estimation']);
    expect(weakest[1]?.average).toBeCloseTo(13 / 6);
    expect(weakest[0]?.concepts).toContain('partitioning');
  });
});
