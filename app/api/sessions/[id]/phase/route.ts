// PUT /api/sessions/{id}/phase – moves to another interview phase {phase: 1-6}; time per phase is recorded.
import { changePhase, toSessionDto } from '@/lib/db/sessions';
import { apiRoute } from '@/lib/http/api-route';
import { changePhaseSchema } from '@/lib/sessions/notes';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const PUT = apiRoute({ params: sessionIdParamsSchema, body: changePhaseSchema }, async ({ user, params, body }) =>
  toSessionDto(await changePhase({ actor: user, sessionId: params.id, phase: body.phase })),
);
