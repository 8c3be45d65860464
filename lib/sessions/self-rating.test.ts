import { describe, expect, it } from 'vitest';
import { MAX_NOTE_CHARS, saveNotesSchema, storedNotesSchema } from './notes';
import { ratingErrors, selfRatingSchema, storedRatingsSchema } from './self-rating';

describe('self-rating', () => {
  it('accepts levels 1-4 only', () => {
    expect(selfRatingSchema.safeParse({ ratings: { estimation: 3 } }).success).toBe(true);
    expect(selfRatingSchema.safeParse({ ratings: { estimation: 5 } }).success).toBe(false);
    expect(selfRatingSchema.safeParse({ ratings: { estimation: 2.5 } }).success).toBe(false);
    expect(selfRatingSchema.safeParse({ ratings: {}, extra: 1 }).success).toBe(false);
  });

  it('names unknown and unrated dimensions', () => {
    expect(ratingErrors({ estimation: 2, astrology: 4 }, ['estimation', 'scalability'])).toEqual({
      'ratings.astrology': '"astrology" is not a rubric dimension of this problem',
      'ratings.scalability': 'Rate this dimension',
    });
    expect(ratingErrors({ estimation: 2 }, ['estimation'])).toEqual({});
  });

  it('reads stored ratings leniently', () => {
    expect(storedRatingsSchema.parse(null)).toEqual({});
    expect(storedRatingsSchema.parse({ estimation: 3, scalability: 9, nope: 2 })).toEqual({ estimation: 3 });
  });
});

describe('notes', () => {
  it('bounds one phase’s Markdown and checks the phase', () => {
    expect(saveNotesSchema.safeParse({ phase: 1, markdown: '# Scope' }).success).toBe(true);
    expect(saveNotesSchema.safeParse({ phase: 7, markdown: '' }).success).toBe(false);
    expect(saveNotesSchema.safeParse({ phase: 1, markdown: 'x'.repeat(MAX_NOTE_CHARS + 1) }).success).toBe(false);
  });

  it('keeps only phases 1-6 from stored JSON', () => {
    expect(storedNotesSchema.parse({ '1': 'a', '8': 'b', '2': 3 })).toEqual({ 1: 'a' });
  });
});
