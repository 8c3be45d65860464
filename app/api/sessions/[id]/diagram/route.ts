// GET /api/sessions/{id}/diagram – {version, nodes, edges}; version 0 for a new session.
// PUT /api/sessions/{id}/diagram – autosave with optimistic concurrency: 409 {version} when stale.
import { getSessionDiagram, saveSessionDiagram } from '@/lib/db/diagrams';
import { DIAGRAM_LIMITS } from '@/lib/diagram/kinds';
import { saveDiagramSchema } from '@/lib/diagram/schema';
import { apiRoute } from '@/lib/http/api-route';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ params: sessionIdParamsSchema }, ({ user, params }) =>
  getSessionDiagram({ actor: user, sessionId: params.id }),
);

export const PUT = apiRoute(
  { params: sessionIdParamsSchema, body: saveDiagramSchema, maxBodyBytes: DIAGRAM_LIMITS.maxBytes },
  ({ user, params, body }) => {
    const { baseVersion, ...diagram } = body;
    return saveSessionDiagram({ actor: user, sessionId: params.id, baseVersion, diagram });
  },
);
