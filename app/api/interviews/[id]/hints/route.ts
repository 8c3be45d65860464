// POST /api/interviews/{id}/hints – the interviewer sends one of the problem's hints to the candidate;
// it is recorded on the candidate's session and appears in the room.
import { getConductedInterview, recordSentHint } from '@/lib/db/interviews';
import { ValidationError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { interviewIdParamsSchema, sendHintSchema } from '@/lib/interviews/schema';
import { getProblem } from '@/lib/problems/library';
import { publishControlState } from '@/lib/realtime/publish';

export const POST = apiRoute({ params: interviewIdParamsSchema, body: sendHintSchema }, async ({ user, params, body }) => {
  const interview = await getConductedInterview({ actor: user, interviewId: params.id });
  const hints = getProblem(interview.problemSlug)?.hints ?? [];
  if (body.hintIndex >= hints.length) throw new ValidationError('Unknown hint', { hintIndex: `This problem has ${hints.length} hints` });
  await recordSentHint({ actor: user, interviewId: interview.id, hintIndex: body.hintIndex });
  await publishControlState(interview.id);
});
