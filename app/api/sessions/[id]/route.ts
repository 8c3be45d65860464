// GET /api/sessions/{id} – one session the caller may read (404 otherwise).
// DELETE /api/sessions/{id} – the owner deletes their session.
import { deleteSession, getSessionForActor, toSessionDto } from '@/lib/db/sessions';
import { apiRoute } from '@/lib/http/api-route';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) => {
  const { session } = await getSessionForActor({ actor: user, sessionId: params.id });
  return toSessionDto(session);
});

export const DELETE = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) => {
  await deleteSession({ actor: user, sessionId: params.id });
});
