// GET /api/interviews – the mock interviews the caller runs or attends, soonest first.
// POST /api/interviews – an interviewer schedules one: 201 with the interview and its invite link (shown once).
import { createInterview, findInterviews } from '@/lib/db/interviews';
import { ValidationError } from '@/lib/errors';
import { apiRoute, created } from '@/lib/http/api-route';
import { toInterviewDto } from '@/lib/interviews/dto';
import { createInterviewSchema } from '@/lib/interviews/schema';
import { generateInviteToken, inviteUrl } from '@/lib/interviews/token';
import { getProblem } from '@/lib/problems/library';

export const GET = apiRoute({}, async ({ user }) => {
  const rows = await findInterviews({ userId: user.id });
  return { interviews: rows.map((row) => toInterviewDto(row, user.id)) };
});

export const POST = apiRoute({ body: createInterviewSchema }, async ({ user, body, req }) => {
  if (!getProblem(body.problemSlug)) throw new ValidationError('Unknown problem', { problemSlug: `No problem "${body.problemSlug}"` });
  const { token, hash } = generateInviteToken();
  const row = await createInterview({ actor: user, ...body, inviteTokenHash: hash });
  return created({ ...toInterviewDto(row, user.id), inviteUrl: inviteUrl(token, req.headers, req.url) });
});
