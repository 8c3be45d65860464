// POST /api/sessions/{id}/submit – submits the caller's session and freezes its work (later writes: 409).
import { submitSession, toSessionDto } from '@/lib/db/sessions';
import { apiRoute } from '@/lib/http/api-route';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const POST = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) =>
  toSessionDto(await submitSession({ actor: user, sessionId: params.id })),
);
