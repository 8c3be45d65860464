import { z } from 'zod';

/**
 * Review input shapes shared by the API, the review form and the tests. No server imports, so the
 * client form validates with the same rules the server does.
 */
export const RECOMMENDATIONS = ['strong_no_hire', 'no_hire', 'hire', 'strong_hire'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no_hire: 'Strong no hire',
  no_hire: 'No hire',
  hire: 'Hire',
  strong_hire: 'Strong hire',
};

export const REVIEW_LIMITS = { summary: 5_000, comment: 2_000, comments: 200, scores: 20 } as const;

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 4;

export const rubricScoreInputSchema = z
  .object({
    dimension: z.string().trim().min(1).max(60),
    level: z.number().int().min(MIN_LEVEL, 'level must be 1 to 4').max(MAX_LEVEL, 'level must be 1 to 4'),
    comment: z.string().trim().max(REVIEW_LIMITS.comment).default(''),
  })
  .strict();
export type RubricScoreInput = z.infer<typeof rubricScoreInputSchema>;

export const reviewCommentInputSchema = z
  .object({
    targetType: z.enum(['node', 'edge']),
    targetId: z.string().trim().min(1).max(100),
    body: z.string().trim().min(1, 'A comment needs text').max(REVIEW_LIMITS.comment),
  })
  .strict();
export type ReviewCommentInput = z.infer<typeof reviewCommentInputSchema>;

/**
 * Body of `PATCH /api/sessions/{id}/reviews/{reviewId}`: a draft's autosave. Each field present replaces
 * that part of the draft (scores and comments as whole lists), so a retried save is harmless.
 */
export const updateReviewSchema = z
  .object({
    scores: z
      .array(rubricScoreInputSchema)
      .max(REVIEW_LIMITS.scores)
      .refine((s) => new Set(s.map((x) => x.dimension)).size === s.length, 'Each dimension can be scored once')
      .optional(),
    recommendation: z.enum(RECOMMENDATIONS).nullable().optional(),
    summary: z.string().trim().max(REVIEW_LIMITS.summary).optional(),
    comments: z.array(reviewCommentInputSchema).max(REVIEW_LIMITS.comments).optional(),
  })
  .strict();
export type UpdateReviewInput = z.infer<typeof updateReviewSchema>;

/** Body of `POST /api/sessions/{id}/reviews`: `{}` claims for oneself; an admin may name the reviewer. */
export const createReviewSchema = z.object({ reviewerId: z.string().trim().min(1).max(64).optional() }).strict();
export type CreateReviewInput = z.infer<typeof createReviewSchema>;

export const reviewParamsSchema = z.object({ id: z.string().min(1).max(64), reviewId: z.string().min(1).max(64) });

export const QUEUE_STATUSES = ['waiting', 'in_review', 'reviewed'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_STATUS_LABELS: Record<QueueStatus, string> = { waiting: 'Waiting', in_review: 'In review', reviewed: 'Reviewed' };

/** The queue's filters, from the URL; an empty select means "any". */
export const reviewQueueQuerySchema = z.object({
  problem: z.string().trim().max(100).optional().transform((v) => v || undefined),
  status: z
    .union([z.enum(QUEUE_STATUSES), z.literal('')])
    .optional()
    .transform((v) => v || undefined),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
