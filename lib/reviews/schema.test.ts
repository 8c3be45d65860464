import { describe, expect, it } from 'vitest';
import { reviewQueueQuerySchema, updateReviewSchema } from './schema';

describe('updateReviewSchema', () => {
  it('accepts a partial draft and defaults score comments', () => {
    const parsed = updateReviewSchema.parse({ scores: [{ dimension: 'estimation', level: 3 }], summary: '  Good  ' });
    expect(parsed).toEqual({ scores: [{ dimension: 'estimation', level: 3, comment: '' }], summary: 'Good' });
  });
  it('refuses levels outside 1-4, fractions, duplicates and unknown fields', () => {
    for (const level of [0, 5, 2.5]) {
      expect(updateReviewSchema.safeParse({ scores: [{ dimension: 'estimation', level }] }).success).toBe(false);
    }
    const twice = [{ dimension: 'estimation', level: 1 }, { dimension: 'estimation', level: 2 }];
    expect(updateReviewSchema.safeParse({ scores: twice }).success).toBe(false);
    expect(updateReviewSchema.safeParse({ status: 'submitted' }).success).toBe(false);
  });
  it('accepts clearing the recommendation and refuses unknown ones', () => {
    expect(updateReviewSchema.parse({ recommendation: null })).toEqual({ recommendation: null });
    expect(updateReviewSchema.safeParse({ recommendation: 'maybe' }).success).toBe(false);
  });
  it('refuses an empty comment and a bad target type', () => {
    expect(updateReviewSchema.safeParse({ comments: [{ targetType: 'node', targetId: 'a', body: ' ' }] }).success).toBe(false);
    expect(updateReviewSchema.safeParse({ comments: [{ targetType: 'group', targetId: 'a', body: 'x' }] }).success).toBe(false);
  });
});

describe('reviewQueueQuerySchema', () => {
  it('reads empty selects as no filter', () => {
    expect(reviewQueueQuerySchema.parse({ problem: '', status: '' })).toEqual({ problem: undefined, status: undefined });
    expect(reviewQueueQuerySchema.parse({ status: 'reviewed' }).status).toBe('reviewed');
    expect(reviewQueueQuerySchema.safeParse({ status: 'lost' }).success).toBe(false);
  });
});
