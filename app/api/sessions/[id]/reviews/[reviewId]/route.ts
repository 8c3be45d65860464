// PATCH /api/sessions/{id}/reviews/{reviewId} – autosaves the caller's draft (scores, recommendation, summary, comments).
import { updateReviewDraft } from '@/lib/db/reviews';
import { apiRoute } from '@/lib/http/api-route';
import { reviewParamsSchema, updateReviewSchema } from '@/lib/reviews/schema';

export const PATCH = apiRoute({ params: reviewParamsSchema, body: updateReviewSchema }, ({ user, params, body }) =>
  updateReviewDraft({ actor: user, sessionId: params.id, reviewId: params.reviewId, input: body }),
);
