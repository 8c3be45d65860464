// GET /api/sessions/{id}/reviews – the reviews the caller may see: submitted ones, plus their own draft.
// POST /api/sessions/{id}/reviews – claims the session (a draft for the caller), or with {reviewerId} an admin assigns it: 201.
import { createReview, findSessionReviews } from '@/lib/db/reviews';
import { apiRoute, created } from '@/lib/http/api-route';
import { createReviewSchema } from '@/lib/reviews/schema';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) => ({
  reviews: await findSessionReviews({ actor: user, sessionId: params.id }),
}));

export const POST = apiRoute({ params: sessionIdParamsSchema, body: createReviewSchema }, async ({ user, params, body }) =>
  created(await createReview({ actor: user, sessionId: params.id, reviewerId: body.reviewerId })),
);
