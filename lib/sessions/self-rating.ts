import { z } from 'zod';
import { RUBRIC_DIMENSION_IDS, type RubricDimension } from '@/lib/problems/catalogue';

const level = z.number({ error: 'A rating is a level from 1 to 4' }).int().min(1, 'A rating is a level from 1 to 4').max(4, 'A rating is a level from 1 to 4');

/** Body of `PUT /api/sessions/{id}/self-rating`: a level (1-4) per rubric dimension of the problem. */
export const selfRatingSchema = z
  .object({ ratings: z.record(z.string().max(60), level) })
  .strict();
export type SelfRatingInput = z.infer<typeof selfRatingSchema>;

/** `selfRatings` as stored; unknown dimensions and bad levels are dropped on read. */
export const storedRatingsSchema = z
  .record(z.string(), z.unknown())
  .nullable()
  .transform((raw) => {
    const out: Partial<Record<RubricDimension, number>> = {};
    for (const id of RUBRIC_DIMENSION_IDS) {
      const parsed = level.safeParse(raw?.[id]);
      if (parsed.success) out[id] = parsed.data;
    }
    return out;
  })
  .catch({});
export type StoredRatings = z.output<typeof storedRatingsSchema>;

/**
 * Field errors for ratings against a problem's rubric: every dimension of the rubric must be rated, and
 * nothing else may be. Empty when the ratings are complete.
 */
export function ratingErrors(ratings: Record<string, number>, rubricDimensions: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const key of Object.keys(ratings)) {
    if (!rubricDimensions.includes(key)) errors[`ratings.${key}`] = `"${key}" is not a rubric dimension of this problem`;
  }
  for (const dimension of rubricDimensions) {
    if (ratings[dimension] === undefined) errors[`ratings.${dimension}`] = 'Rate this dimension';
  }
  return errors;
}
