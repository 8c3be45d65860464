import { z } from 'zod';
import { sessionEstimateSchema } from '@/lib/estimator/schema';

export const SESSION_DURATIONS = [30, 45, 60] as const;

/** Body of `POST /api/sessions`. */
export const createSessionSchema = z
  .object({
    problemSlug: z.string().trim().min(1, 'problemSlug is required').max(100),
    mode: z.enum(['timed', 'untimed'], { error: 'mode must be "timed" or "untimed"' }),
    durationMinutes: z
      .number()
      .int()
      .refine((m) => (SESSION_DURATIONS as readonly number[]).includes(m), 'durationMinutes must be 30, 45 or 60')
      .optional(),
    /**
     * Seconds, for end-to-end tests of the time-out only: accepted when the deployment sets
     * SCALEBOARD_ALLOW_TEST_DURATIONS=1 (the e2e server does), refused otherwise.
     */
    testDurationSeconds: z.number().int().min(3).max(600).optional(),
  })
  .strict()
  .refine((s) => s.testDurationSeconds === undefined || process.env.SCALEBOARD_ALLOW_TEST_DURATIONS === '1', {
    message: 'testDurationSeconds is not accepted here',
    path: ['testDurationSeconds'],
  })
  .refine((s) => s.mode === 'timed' || s.durationMinutes === undefined, {
    message: 'durationMinutes applies to timed sessions only',
    path: ['durationMinutes'],
  });
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const sessionIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const listSessionsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Body of `POST /api/sessions/{id}/hints`: which of the problem's hints to open (0-based). */
export const openHintSchema = z.object({ hintIndex: z.number().int().min(0).max(50) }).strict();
export type OpenHintInput = z.infer<typeof openHintSchema>;

/** Body of `PUT /api/sessions/{id}/estimate`: the estimator's work, based on a saved version. */
export const saveEstimateSchema = sessionEstimateSchema.extend({ baseVersion: z.number().int().min(0) }).strict();
export type SaveEstimateInput = z.infer<typeof saveEstimateSchema>;
