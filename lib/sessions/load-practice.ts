import 'server-only';
import type { Actor } from '@/lib/auth/access';
import { getSessionDiagram } from '@/lib/db/diagrams';
import { getSessionEstimate } from '@/lib/db/estimates';
import { findHintUses } from '@/lib/db/hints';
import { getOwnSession, toSessionDto } from '@/lib/db/sessions';
import { NotFoundError } from '@/lib/errors';
import { compareFigures, referenceMetricsOf } from '@/lib/estimator/compare';
import { candidateFigures } from '@/lib/estimator/session-estimate';
import { getProblem } from '@/lib/problems/library';
import { RUBRIC_DIMENSIONS } from '@/lib/problems/catalogue';
import { storedNotesSchema } from './notes';

/** Everything the practice page needs, for the owner only (others get NotFoundError, i.e. a 404 page). */
export async function loadPractice(options: { actor: Actor; sessionId: string }) {
  const row = await getOwnSession(options);
  const problem = getProblem(row.problemSlug);
  if (!problem) throw new NotFoundError('Problem not found');
  const session = toSessionDto(row);
  const [estimate, hintUses] = await Promise.all([getSessionEstimate(options), findHintUses(options)]);
  const hints = hintUses.map((u) => ({ hintIndex: u.hintIndex, text: problem.hints[u.hintIndex] ?? '', openedAt: u.openedAt.toISOString() }));
  return { row, session, problem, estimate, hints, notes: storedNotesSchema.parse(row.notes) };
}

/** After submit: the candidate's diagram beside the reference, figure comparison and rubric to rate. */
export async function loadSubmittedExtras(options: { actor: Actor; sessionId: string }, data: Awaited<ReturnType<typeof loadPractice>>) {
  const { version: _version, ...diagram } = await getSessionDiagram(options);
  const comparison = compareFigures(candidateFigures(data.estimate), referenceMetricsOf(data.problem.figures));
  const dimensions = data.problem.rubric.map((entry) => ({
    dimension: entry.dimension,
    title: RUBRIC_DIMENSIONS[entry.dimension as keyof typeof RUBRIC_DIMENSIONS]?.title ?? entry.dimension,
    levels: entry.levels,
  }));
  return { diagram, comparison, dimensions };
}
