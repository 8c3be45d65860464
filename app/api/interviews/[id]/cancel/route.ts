// POST /api/interviews/{id}/cancel – the interviewer cancels it; its room and invite stop admitting anyone.
import { cancelInterview } from '@/lib/db/interviews';
import { apiRoute } from '@/lib/http/api-route';
import { toInterviewDto } from '@/lib/interviews/dto';
import { interviewIdParamsSchema } from '@/lib/interviews/schema';
import { publishControlState } from '@/lib/realtime/publish';

export const POST = apiRoute({ params: interviewIdParamsSchema }, async ({ user, params }) => {
  const interview = await cancelInterview({ actor: user, interviewId: params.id });
  await publishControlState(interview.id); // anyone still in the room sees it and stops editing
  return toInterviewDto(interview, user.id);
});
