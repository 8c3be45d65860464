// POST /api/sessions/{id}/review-request – puts the caller's submitted session in the reviewers' queue
// (reviewStatus "waiting"); before submit 409; asking again is a no-op.
import { requestReview, toSessionDto } from '@/lib/db/sessions';
import { apiRoute } from '@/lib/http/api-route';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const POST = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) =>
  toSessionDto(await requestReview({ actor: user, sessionId: params.id })),
);
