import 'server-only';
import { getDb } from './client';

export interface ReviewerScoreRow {
  sessionId: string;
  dimension: string;
  level: number;
  submittedAt: Date | null;
}

/**
 * Scores from submitted reviews of the user's own sessions (drafts are the reviewer's business until
 * submitted). Optionally limited to some sessions, for the history list.
 */
export async function findReviewerScores(options: { userId: string; sessionIds?: string[] }): Promise<ReviewerScoreRow[]> {
  const db = await getDb();
  const rows = await db.rubricScore.findMany({
    where: {
      review: {
        status: 'submitted',
        session: { userId: options.userId, ...(options.sessionIds ? { id: { in: options.sessionIds } } : {}) },
      },
    },
    select: { dimension: true, level: true, review: { select: { sessionId: true, submittedAt: true } } },
  });
  return rows.map((r) => ({ sessionId: r.review.sessionId, dimension: r.dimension, level: r.level, submittedAt: r.review.submittedAt }));
}

/** All of the user's practice sessions, oldest first, with what progress is computed from. */
export async function findProgressSessions(options: { userId: string }) {
  const db = await getDb();
  return db.practiceSession.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: 'asc' },
    take: 1_000,
    select: {
      id: true,
      problemSlug: true,
      mode: true,
      status: true,
      durationMinutes: true,
      timeLimitSeconds: true,
      createdAt: true,
      submittedAt: true,
      selfRatings: true,
      phaseSeconds: true,
    },
  });
}
