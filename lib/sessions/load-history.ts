import 'server-only';
import type { Actor } from '@/lib/auth/access';
import { getSessionDiagram } from '@/lib/db/diagrams';
import { getSessionEstimate } from '@/lib/db/estimates';
import { findHintUses } from '@/lib/db/hints';
import { findReviewerScores } from '@/lib/db/progress';
import { findSessions, getSessionForActor, toSessionDto } from '@/lib/db/sessions';
import { compareFigures, referenceMetricsOf } from '@/lib/estimator/compare';
import { candidateFigures } from '@/lib/estimator/session-estimate';
import { getProblem } from '@/lib/problems/library';
import { reviewerMeans } from '@/lib/progress/aggregate';
import { storedNotesSchema } from './notes';
import { phaseBudgets } from './phases';

export const HISTORY_PAGE_SIZE = 20;

const average = (values: number[]) => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** One page of the user's sessions for /sessions, with mean self and reviewer scores. */
export async function loadHistory(options: { userId: string; page: number }) {
  const { items, total } = await findSessions({ userId: options.userId, page: options.page, pageSize: HISTORY_PAGE_SIZE });
  const reviewer = reviewerMeans(await findReviewerScores({ userId: options.userId, sessionIds: items.map((s) => s.id) }));
  const rows = items.map((row) => {
    const dto = toSessionDto(row);
    return {
      ...dto,
      problemTitle: getProblem(row.problemSlug)?.title ?? row.problemSlug,
      selfAverage: average(Object.values(dto.selfRatings ?? {})),
      reviewerAverage: average(Object.values(reviewer.get(row.id) ?? {}).filter((v): v is number => v !== undefined)),
    };
  });
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}
export type HistoryRow = Awaited<ReturnType<typeof loadHistory>>['rows'][number];

/** Everything a session's record page shows, for anyone who may read the session (404 otherwise). */
export async function loadSessionRecord(options: { actor: Actor; sessionId: string }) {
  const { session: row, permissions } = await getSessionForActor(options);
  const session = toSessionDto(row);
  const problem = getProblem(row.problemSlug);
  const [{ version: _v, ...diagram }, estimate, hintUses] = await Promise.all([
    getSessionDiagram(options),
    getSessionEstimate(options),
    findHintUses(options),
  ]);
  const isSubmitted = session.status === 'submitted';
  return {
    session,
    isOwner: permissions.canEditWork,
    problemTitle: problem?.title ?? row.problemSlug,
    notes: storedNotesSchema.parse(row.notes),
    diagram,
    estimate,
    // Figures are compared only once the work is frozen: never during a timed session.
    comparison: isSubmitted && problem ? compareFigures(candidateFigures(estimate), referenceMetricsOf(problem.figures)) : [],
    hints: hintUses.map((u) => ({
      hintIndex: u.hintIndex,
      text: problem?.hints[u.hintIndex] ?? '',
      source: u.source,
      secondsIn: Math.max(0, Math.round((u.openedAt.getTime() - row.startedAt.getTime()) / 1000)),
    })),
    budgets: phaseBudgets(row.timeLimitSeconds ?? (row.durationMinutes ?? problem?.timeMinutes ?? 45) * 60),
  };
}
export type SessionRecord = Awaited<ReturnType<typeof loadSessionRecord>>;
