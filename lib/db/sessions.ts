import 'server-only';
import { sessionPermissions, type Actor, type SessionPermissions } from '@/lib/auth/access';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { remainingSeconds, isTimeUp } from '@/lib/sessions/timer';
import { getDb } from './client';

/** Seconds after a timed session's end during which its last autosave is still accepted. */
export const FINAL_SAVE_GRACE_SECONDS = 30;

const sessionInclude = {
  mockInterview: { select: { interviewerId: true } },
  reviews: { select: { reviewerId: true } },
} as const;

export async function createSession(options: {
  userId: string;
  problemSlug: string;
  mode: 'timed' | 'untimed';
  durationMinutes: number | null;
  /** Overrides durationMinutes × 60 (test deployments only; see lib/sessions/schema.ts). */
  timeLimitSeconds?: number;
}) {
  const db = await getDb();
  return db.practiceSession.create({
    data: {
      userId: options.userId,
      problemSlug: options.problemSlug,
      mode: options.mode,
      durationMinutes: options.mode === 'timed' ? options.durationMinutes : null,
      timeLimitSeconds:
        options.mode === 'timed' ? (options.timeLimitSeconds ?? (options.durationMinutes ?? 0) * 60) : null,
      diagram: { create: {} },
      estimate: { create: {} },
    },
  });
}

export type SessionRow = Awaited<ReturnType<typeof createSession>>;

/** The caller's own sessions, newest first. */
export async function findSessions(options: { userId: string; page: number; pageSize: number }) {
  const db = await getDb();
  const where = { userId: options.userId };
  const [items, total] = await Promise.all([
    db.practiceSession.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
    }),
    db.practiceSession.count({ where }),
  ]);
  return { items, total };
}

/**
 * Loads a session the actor may read, with what they may do to it. Anything else (missing, or someone
 * else's) throws NotFoundError. A timed session whose time ran out is submitted here, so every reader sees
 * the same state however the candidate left.
 */
export async function getSessionForActor(options: { actor: Actor; sessionId: string }): Promise<{
  session: SessionRow;
  permissions: SessionPermissions;
}> {
  const db = await getDb();
  const row = await db.practiceSession.findUnique({ where: { id: options.sessionId }, include: sessionInclude });
  if (!row) throw new NotFoundError('Session not found');
  const permissions = sessionPermissions(options.actor, {
    ownerId: row.userId,
    isReviewRequested: row.reviewStatus !== 'none',
    interviewerId: row.mockInterview?.interviewerId ?? null,
    reviewerIds: row.reviews.map((r) => r.reviewerId),
  });
  if (!permissions.canRead) throw new NotFoundError('Session not found');
  const { mockInterview: _m, reviews: _r, ...session } = row;
  return { session: await submitIfExpired(session), permissions };
}

async function submitIfExpired(session: SessionRow): Promise<SessionRow> {
  const graceEnd = new Date(Date.now() - FINAL_SAVE_GRACE_SECONDS * 1000);
  if (session.status !== 'in_progress' || session.mode !== 'timed' || !isTimeUp(session, graceEnd)) return session;
  const db = await getDb();
  const endsAt = new Date(session.startedAt.getTime() + ((session.timeLimitSeconds ?? 0) + session.pausedSeconds) * 1000);
  await db.practiceSession.updateMany({
    where: { id: session.id, status: 'in_progress' },
    data: { status: 'submitted', submittedAt: endsAt },
  });
  return (await db.practiceSession.findUnique({ where: { id: session.id } })) ?? session;
}

/** A session whose work the actor may change now: their own, still in progress. */
export async function getEditableSession(options: { actor: Actor; sessionId: string }): Promise<SessionRow> {
  const { session, permissions } = await getSessionForActor(options);
  if (!permissions.canEditWork) throw new NotFoundError('Session not found');
  if (session.status !== 'in_progress') throw new ConflictError('This session has been submitted; its work is frozen');
  return session;
}

export async function deleteSession(options: { actor: Actor; sessionId: string }): Promise<void> {
  const { permissions } = await getSessionForActor(options);
  if (!permissions.canEditWork) throw new NotFoundError('Session not found');
  const db = await getDb();
  await db.practiceSession.delete({ where: { id: options.sessionId } });
}

/** The API's view of a session. */
export function toSessionDto(session: SessionRow, now = new Date()) {
  return {
    id: session.id,
    problemSlug: session.problemSlug,
    mode: session.mode,
    durationMinutes: session.durationMinutes,
    status: session.status,
    startedAt: session.startedAt.toISOString(),
    submittedAt: session.submittedAt?.toISOString() ?? null,
    isPaused: session.pausedAt !== null,
    remainingSeconds: session.status === 'in_progress' ? remainingSeconds(session, now) : null,
    currentPhase: session.currentPhase,
    reviewStatus: session.reviewStatus,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
export type SessionDto = ReturnType<typeof toSessionDto>;
