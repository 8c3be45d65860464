// GET /api/problems/{slug} – one problem's statement and rubric; its solution only for callers allowed to see it.
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { toProblemDetail } from '@/lib/problems/dto';
import { getProblem } from '@/lib/problems/library';
import { canActorSeeSolution } from '@/lib/problems/solution-access';

const paramsSchema = z.object({ slug: z.string().min(1).max(100) });

export const GET = apiRoute({ auth: 'public', params: paramsSchema }, async ({ user, params }) => {
  const problem = getProblem(params.slug);
  if (!problem) throw new NotFoundError('Problem not found');
  const includeSolution = await canActorSeeSolution(user, problem.slug);
  // The answer differs per caller: keep shared caches from handing one caller's solution to another.
  return Response.json(toProblemDetail(problem, { includeSolution }), { headers: { 'Cache-Control': 'private, no-store' } });
});
