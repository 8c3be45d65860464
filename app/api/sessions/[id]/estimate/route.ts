// GET /api/sessions/{id}/estimate – {version, inputs, lines, results}; version 0 for a new session.
// PUT /api/sessions/{id}/estimate – autosave with optimistic concurrency: 409 {version} when stale.
import { getSessionEstimate, saveSessionEstimate } from '@/lib/db/estimates';
import { apiRoute } from '@/lib/http/api-route';
import { saveEstimateSchema, sessionIdParamsSchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ params: sessionIdParamsSchema }, ({ user, params }) =>
  getSessionEstimate({ actor: user, sessionId: params.id }),
);

export const PUT = apiRoute({ params: sessionIdParamsSchema, body: saveEstimateSchema }, ({ user, params, body }) => {
  const { baseVersion, ...estimate } = body;
  return saveSessionEstimate({ actor: user, sessionId: params.id, baseVersion, estimate });
});
