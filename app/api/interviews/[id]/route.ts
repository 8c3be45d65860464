// GET /api/interviews/{id} – one interview for its interviewer (with private notes) or its candidate.
// PATCH /api/interviews/{id} – the interviewer reschedules it (time and/or length) before it starts.
import { getInterviewForActor, rescheduleInterview } from '@/lib/db/interviews';
import { apiRoute } from '@/lib/http/api-route';
import { toInterviewDto } from '@/lib/interviews/dto';
import { interviewIdParamsSchema, rescheduleInterviewSchema } from '@/lib/interviews/schema';

export const GET = apiRoute({ params: interviewIdParamsSchema }, async ({ user, params }) => {
  const { interview } = await getInterviewForActor({ actor: user, interviewId: params.id });
  return toInterviewDto(interview, user.id, { withNotes: true });
});

export const PATCH = apiRoute({ params: interviewIdParamsSchema, body: rescheduleInterviewSchema }, async ({ user, params, body }) => {
  const interview = await rescheduleInterview({ actor: user, interviewId: params.id, ...body });
  return toInterviewDto(interview, user.id);
});
