// GET /api/sessions/{id}/diagram/revisions – saved revisions, oldest first (history, restore, replay).
import { findDiagramRevisions } from '@/lib/db/diagrams';
import { apiRoute } from '@/lib/http/api-route';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) => ({
  revisions: await findDiagramRevisions({ actor: user, sessionId: params.id }),
}));
