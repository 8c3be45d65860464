// GET /api/sessions/{id}/notes – {notes: {"1": markdown, …}} per phase.
// PUT /api/sessions/{id}/notes – autosaves one phase's Markdown {phase, markdown} → {phase, savedAt}.
import { getSessionForActor, saveSessionNotes } from '@/lib/db/sessions';
import { apiRoute } from '@/lib/http/api-route';
import { saveNotesSchema, storedNotesSchema } from '@/lib/sessions/notes';
import { sessionIdParamsSchema } from '@/lib/sessions/schema';

export const GET = apiRoute({ params: sessionIdParamsSchema }, async ({ user, params }) => {
  const { session } = await getSessionForActor({ actor: user, sessionId: params.id });
  return { notes: storedNotesSchema.parse(session.notes) };
});

export const PUT = apiRoute({ params: sessionIdParamsSchema, body: saveNotesSchema }, ({ user, params, body }) =>
  saveSessionNotes({ actor: user, sessionId: params.id, ...body }),
);
