// POST /api/interviews/{id}/end – the interviewer ends it: the room's work is frozen into the candidate's
// `mock` session, the room turns read-only, and the answer says where to score it against the rubric.
import { endInterview, getConductedInterview } from '@/lib/db/interviews';
import { loadRoomState } from '@/lib/db/rooms';
import { apiRoute } from '@/lib/http/api-route';
import { reviewScoringPath } from '@/lib/interviews/dto';
import { decodeRoomWork } from '@/lib/interviews/room-content';
import { interviewIdParamsSchema } from '@/lib/interviews/schema';
import { flushRoom } from '@/lib/realtime/bus';
import { publishControlState } from '@/lib/realtime/publish';

export const POST = apiRoute({ params: interviewIdParamsSchema }, async ({ user, params }) => {
  const interview = await getConductedInterview({ actor: user, interviewId: params.id });
  await flushRoom(interview.id);
  const work = decodeRoomWork(await loadRoomState({ interviewId: interview.id }));
  const sessionId = await endInterview({ actor: user, interviewId: interview.id, work, now: new Date() });
  await publishControlState(interview.id);
  return { sessionId, reviewUrl: sessionId ? reviewScoringPath(sessionId) : null };
});
