import { describe, expect, it } from 'vitest';
import { computeAgreement, describeAgreement } from './agreement';

const review = (levels: Record<string, number>) => ({
  scores: Object.entries(levels).map(([dimension, level]) => ({ dimension, level })),
});

describe('computeAgreement', () => {
  it('has means but no agreement figure for a single review', () => {
    const result = computeAgreement([review({ estimation: 3, scalability: 2 })]);
    expect(result.reviewCount).toBe(1);
    expect(result.overall).toBeNull();
    expect(result.dimensions).toEqual([
      { dimension: 'estimation', mean: 3, count: 1, meanAbsoluteDifference: null },
      { dimension: 'scalability', mean: 2, count: 1, meanAbsoluteDifference: null },
    ]);
  });

  it('averages levels and pairwise differences per dimension and overall', () => {
    const result = computeAgreement([review({ estimation: 1, scalability: 3 }), review({ estimation: 3, scalability: 3 }), review({ estimation: 2 })]);
    const estimation = result.dimensions.find((d) => d.dimension === 'estimation');
    // Pairs (1,3)=2, (1,2)=1, (3,2)=1 → 4/3.
    expect(estimation).toEqual({ dimension: 'estimation', mean: 2, count: 3, meanAbsoluteDifference: 4 / 3 });
    expect(result.dimensions.find((d) => d.dimension === 'scalability')?.meanAbsoluteDifference).toBe(0);
    // Four pairs in all: 2 + 1 + 1 + 0.
    expect(result.overall).toBe(1);
  });

  it('orders dimensions by the rubric, then the rest alphabetically', () => {
    const result = computeAgreement([review({ communication: 2, estimation: 2, zeta: 1, alpha: 1 })], ['estimation', 'communication']);
    expect(result.dimensions.map((d) => d.dimension)).toEqual(['estimation', 'communication', 'alpha', 'zeta']);
  });

  it('handles no reviews', () => {
    expect(computeAgreement([])).toEqual({ dimensions: [], overall: null, reviewCount: 0 });
  });
});

describe('describeAgreement', () => {
  it('names bands of the mean absolute difference', () => {
    expect(describeAgreement(0)).toBe('Strong agreement');
    expect(describeAgreement(0.75)).toBe('Moderate agreement');
    expect(describeAgreement(2)).toBe('Weak agreement');
  });
});
