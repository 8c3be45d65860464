// POST /api/analyze – analyses a diagram as a system: findings, per-node utilization, availability and
// latency. Public and pure (no persistence); with a problemSlug, the problem's targets are checked too.
import { analyzeDesign } from '@/lib/analysis/analyze-design';
import { analyzeRequestSchema, type AnalysisTargets } from '@/lib/analysis/schema';
import { ValidationError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { getProblem } from '@/lib/problems/library';

function targetsOf(problemSlug: string): AnalysisTargets {
  const problem = getProblem(problemSlug);
  if (!problem) throw new ValidationError('Unknown problem', { problemSlug: `No problem "${problemSlug}"` });
  return problem.targets;
}

export const POST = apiRoute({ auth: 'public', body: analyzeRequestSchema, maxBodyBytes: 1_100_000 }, async ({ body }) => {
  const { nodes, edges, estimate, problemSlug } = body;
  const targets = problemSlug === undefined ? undefined : targetsOf(problemSlug);
  return analyzeDesign({ diagram: { nodes, edges }, estimate, targets });
});
