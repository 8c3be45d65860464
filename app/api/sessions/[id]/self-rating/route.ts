// PUT /api/sessions/{id}/self-rating – after submit, the candidate's level (1-4) per rubric dimension of the
// problem {ratings: {dimension: level}}; unknown or missing dimensions answer 400, before submit 409.
import { getOwnSession, saveSelfRatings, toSessionDto } from '@/lib/db/sessions';
import { ValidationError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { getProblem } from '@/lib/problems/library';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';
import { ratingErrors, selfRatingSchema } from '@/lib/sessions/self-rating';

export const PUT = apiRoute({ params: sessionIdParamsSchema, body: selfRatingSchema }, async ({ user, params, body }) => {
  const session = await getOwnSession({ actor: user, sessionId: params.id });
  const dimensions = getProblem(session.problemSlug)?.rubric.map((r) => r.dimension) ?? [];
  const errors = ratingErrors(body.ratings, dimensions);
  if (Object.keys(errors).length > 0) throw new ValidationError(Object.values(errors)[0] ?? 'Invalid ratings', errors);
  return toSessionDto(await saveSelfRatings({ actor: user, sessionId: params.id, ratings: body.ratings }));
});
