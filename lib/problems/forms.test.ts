import { describe, expect, it } from 'vitest';
import { defaultDurationFor, revealSolutionFormSchema, startPracticeFormSchema } from './forms';

describe('startPracticeFormSchema', () => {
  it('reads the form: mode, and a duration only when chosen', () => {
    expect(startPracticeFormSchema.parse({ problemSlug: 'news-feed', mode: 'timed', durationMinutes: '60' })).toEqual({
      problemSlug: 'news-feed',
      mode: 'timed',
      durationMinutes: 60,
    });
    expect(startPracticeFormSchema.parse({ problemSlug: 'news-feed', mode: 'untimed', durationMinutes: '' }).durationMinutes).toBeUndefined();
  });

  it('refuses other modes and durations', () => {
    expect(startPracticeFormSchema.safeParse({ problemSlug: 'news-feed', mode: 'sprint' }).success).toBe(false);
    expect(startPracticeFormSchema.safeParse({ problemSlug: 'news-feed', mode: 'timed', durationMinutes: '17' }).success).toBe(false);
  });
});

describe('revealSolutionFormSchema', () => {
  it('needs the explicit confirmation', () => {
    expect(revealSolutionFormSchema.safeParse({ problemSlug: 'news-feed', confirmed: 'yes' }).success).toBe(true);
    expect(revealSolutionFormSchema.safeParse({ problemSlug: 'news-feed' }).success).toBe(false);
  });
});

describe('defaultDurationFor', () => {
  it('uses the problem’s own time when offered, else the nearest offered one', () => {
    expect(defaultDurationFor(45)).toBe(45);
    expect(defaultDurationFor(60)).toBe(60);
    expect(defaultDurationFor(20)).toBe(30);
    expect(defaultDurationFor(90)).toBe(60);
  });
});
