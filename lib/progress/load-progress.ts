import 'server-only';
import { findProgressSessions, findReviewerScores } from '@/lib/db/progress';
import { getProblem } from '@/lib/problems/library';
import { phaseSecondsSchema } from '@/lib/sessions/phase-time';
import { storedRatingsSchema } from '@/lib/sessions/self-rating';
import { phaseAverages, problemCounts, scoreSeries, weakestDimensions, type ProgressSession } from './aggregate';

/** The progress page's figures for one user: their own sessions and the submitted reviews of them. */
export async function loadProgress(options: { userId: string }) {
  const [rows, scores] = await Promise.all([findProgressSessions(options), findReviewerScores(options)]);
  const sessions: ProgressSession[] = rows
    .filter((r) => r.mode !== 'mock')
    .map((r) => ({
      id: r.id,
      problemSlug: r.problemSlug,
      status: r.status,
      submittedAt: r.submittedAt,
      selfRatings: storedRatingsSchema.parse(r.selfRatings),
      phaseSeconds: phaseSecondsSchema.parse(r.phaseSeconds),
      budgetSeconds: r.timeLimitSeconds ?? (r.durationMinutes ?? getProblem(r.problemSlug)?.timeMinutes ?? 45) * 60,
    }));
  const series = scoreSeries(sessions, scores);
  return {
    sessionCount: sessions.length,
    series,
    problems: problemCounts(sessions),
    phases: phaseAverages(sessions),
    weakest: weakestDimensions(series),
    problemTitles: Object.fromEntries(sessions.map((s) => [s.problemSlug, getProblem(s.problemSlug)?.title ?? s.problemSlug])),
  };
}
export type ProgressData = Awaited<ReturnType<typeof loadProgress>>;
