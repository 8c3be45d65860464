// PUT /api/interviews/{id}/notes – saves the interviewer's private notes (never sent to the candidate).
import { savePrivateNotes } from '@/lib/db/interviews';
import { apiRoute } from '@/lib/http/api-route';
import { interviewIdParamsSchema, privateNotesSchema } from '@/lib/interviews/schema';

export const PUT = apiRoute({ params: interviewIdParamsSchema, body: privateNotesSchema }, async ({ user, params, body }) => {
  await savePrivateNotes({ actor: user, interviewId: params.id, notes: body.notes });
});
