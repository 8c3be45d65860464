// POST /api/interviews/{id}/end – the interviewer ends it: the room's work is frozen into the candidate's
// `mock` session, the room turns read-only, the interviewer's review draft is started, and the answer
// says where to score it against the rubric.
import { endInterview, getConductedInterview } from '@/lib/db/interviews';
import { createReview } from '@/lib/db/reviews';
import { loadRoomState } from '@/lib/db/rooms';
import { ConflictError } from '@/lib/errors';
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
  if (!sessionId) return { sessionId, reviewUrl: null };
  // The interviewer lands on their own draft; one already started (a retried request) is fine.
  await createReview({ actor: user, sessionId }).catch((error: unknown) => {
    if (!(error instanceof ConflictError)) throw error;
  });
  return { sessionId, reviewUrl: reviewScoringPath(sessionId) };
});
