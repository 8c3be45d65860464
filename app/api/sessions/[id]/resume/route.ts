// POST /api/sessions/{id}/resume – restarts a paused session's clock; paused time is not counted.
import { resumeSession, toSessionDto } from '@/lib/db/sessions';
import { apiRoute } from '@/lib/http/api-route';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const POST = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) =>
  toSessionDto(await resumeSession({ actor: user, sessionId: params.id })),
);
