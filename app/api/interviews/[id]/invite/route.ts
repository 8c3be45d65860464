// POST /api/interviews/{id}/invite – the interviewer gets a new invite link (the old one stops working).
import { renewInviteToken } from '@/lib/db/interviews';
import { apiRoute } from '@/lib/http/api-route';
import { interviewIdParamsSchema } from '@/lib/interviews/schema';
import { generateInviteToken, inviteUrl } from '@/lib/interviews/token';

export const POST = apiRoute({ params: interviewIdParamsSchema }, async ({ user, params, req }) => {
  const { token, hash } = generateInviteToken();
  await renewInviteToken({ actor: user, interviewId: params.id, inviteTokenHash: hash });
  return { inviteUrl: inviteUrl(token, req.headers, req.url) };
});
