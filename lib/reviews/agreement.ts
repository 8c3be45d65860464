/**
 * Arithmetic over several reviews of one session: the mean level per dimension and how far reviewers
 * agree. Agreement is the mean absolute difference of levels over every pair of reviewers who scored a
 * dimension (0 = identical, 3 = opposite ends of the scale). Pure.
 */
export interface ScoredReview {
  scores: readonly { dimension: string; level: number }[];
}

export interface DimensionAgreement {
  dimension: string;
  /** Mean level of the reviewers who scored it. */
  mean: number;
  /** How many reviews scored it. */
  count: number;
  /** Mean absolute pairwise difference; null with fewer than two scores. */
  meanAbsoluteDifference: number | null;
}

export interface ReviewAgreement {
  dimensions: DimensionAgreement[];
  /** Mean absolute difference over every pair on every dimension; null when no dimension has two scores. */
  overall: number | null;
  reviewCount: number;
}

/** Sum of |a−b| over all pairs, and the number of pairs. */
function pairwise(levels: readonly number[]): { total: number; pairs: number } {
  let total = 0;
  let pairs = 0;
  levels.forEach((a, i) => {
    for (const b of levels.slice(i + 1)) {
      total += Math.abs(a - b);
      pairs++;
    }
  });
  return { total, pairs };
}

/** Dimensions come out in `order` first (the problem's rubric), then any others alphabetically. */
export function computeAgreement(reviews: readonly ScoredReview[], order: readonly string[] = []): ReviewAgreement {
  const levelsBy = new Map<string, number[]>();
  for (const review of reviews) {
    for (const score of review.scores) levelsBy.set(score.dimension, [...(levelsBy.get(score.dimension) ?? []), score.level]);
  }
  const rank = (d: string) => (order.includes(d) ? order.indexOf(d) : order.length);
  const names = [...levelsBy.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  let total = 0;
  let pairs = 0;
  const dimensions = names.map((dimension) => {
    const levels = levelsBy.get(dimension) ?? [];
    const diff = pairwise(levels);
    total += diff.total;
    pairs += diff.pairs;
    const mean = levels.reduce((sum, l) => sum + l, 0) / levels.length;
    return { dimension, mean, count: levels.length, meanAbsoluteDifference: diff.pairs > 0 ? diff.total / diff.pairs : null };
  });
  return { dimensions, overall: pairs > 0 ? total / pairs : null, reviewCount: reviews.length };
}

/** Words for a mean absolute difference, so the figure reads without a legend. */
export function describeAgreement(meanAbsoluteDifference: number): string {
  if (meanAbsoluteDifference < 0.5) return 'Strong agreement';
  if (meanAbsoluteDifference < 1) return 'Moderate agreement';
  return 'Weak agreement';
}
