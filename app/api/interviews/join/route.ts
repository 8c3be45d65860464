// POST /api/interviews/join – claims an invite link: the first signed-in person becomes the candidate.
import { claimInvite } from '@/lib/db/interviews';
import { apiRoute } from '@/lib/http/api-route';
import { joinInterviewSchema } from '@/lib/interviews/schema';
import { hashInviteToken } from '@/lib/interviews/token';

export const POST = apiRoute({ body: joinInterviewSchema }, async ({ user, body }) => {
  const interviewId = await claimInvite({ actor: user, inviteTokenHash: hashInviteToken(body.token) });
  return { id: interviewId, roomUrl: `/interviews/${interviewId}` };
});
