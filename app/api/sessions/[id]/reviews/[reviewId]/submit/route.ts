// POST /api/sessions/{id}/reviews/{reviewId}/submit – makes the caller's complete draft final (400 when incomplete, 409 when already final).
import { submitReview } from '@/lib/db/reviews';
import { apiRoute } from '@/lib/http/api-route';
import { reviewParamsSchema } from '@/lib/reviews/schema';

export const POST = apiRoute({ params: reviewParamsSchema }, ({ user, params }) =>
  submitReview({ actor: user, sessionId: params.id, reviewId: params.reviewId }),
);
