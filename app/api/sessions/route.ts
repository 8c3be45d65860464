// GET /api/sessions – the caller's sessions, newest first, paginated.
// POST /api/sessions – starts a practice session on a problem: 201 with the session.
import { createSession, findSessions, toSessionDto } from '@/lib/db/sessions';
import { ValidationError } from '@/lib/errors';
import { apiRoute, created } from '@/lib/http/api-route';
import { getProblem } from '@/lib/problems/library';
import { createSessionSchema, listSessionsQuerySchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ query: listSessionsQuerySchema }, async ({ user, query }) => {
  const { items, total } = await findSessions({ userId: user.id, ...query });
  return { sessions: items.map((s) => toSessionDto(s)), page: query.page, pageSize: query.pageSize, total };
});

export const POST = apiRoute({ body: createSessionSchema }, async ({ user, body }) => {
  const problem = getProblem(body.problemSlug);
  if (!problem) throw new ValidationError('Unknown problem', { problemSlug: `No problem "${body.problemSlug}"` });
  const durationMinutes = body.mode === 'timed' ? (body.durationMinutes ?? problem.timeMinutes) : null;
  const session = await createSession({
    userId: user.id,
    problemSlug: problem.slug,
    mode: body.mode,
    durationMinutes,
    timeLimitSeconds: body.testDurationSeconds,
  });
  return created(toSessionDto(session));
});
