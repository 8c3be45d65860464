// POST /api/sessions/{id}/pause – pauses an untimed session's clock (timed sessions: 409).
import { pauseSession, toSessionDto } from '@/lib/db/sessions';
import { apiRoute } from '@/lib/http/api-route';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const POST = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) =>
  toSessionDto(await pauseSession({ actor: user, sessionId: params.id })),
);
