// POST /api/interviews/{id}/control – the interviewer starts, pauses or resumes the clock or changes phase;
// everyone in the room sees the new state at once.
import { controlInterview } from '@/lib/db/interviews';
import { apiRoute } from '@/lib/http/api-route';
import { toInterviewDto } from '@/lib/interviews/dto';
import { controlInterviewSchema, interviewIdParamsSchema } from '@/lib/interviews/schema';
import { publishControlState } from '@/lib/realtime/publish';

export const POST = apiRoute({ params: interviewIdParamsSchema, body: controlInterviewSchema }, async ({ user, params, body }) => {
  const interview = await controlInterview({ actor: user, interviewId: params.id, action: body.action, now: new Date() });
  await publishControlState(interview.id);
  return toInterviewDto(interview, user.id);
});
