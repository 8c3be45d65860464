import 'server-only';
import { sessionPermissions, type Actor, type SessionPermissions } from '@/lib/auth/access';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { storedNotesSchema } from '@/lib/sessions/notes';
import { accruePhaseTime, phaseSecondsSchema } from '@/lib/sessions/phase-time';
import { isTimeUp } from '@/lib/sessions/timer';
import { getDb } from './client';
import type { Prisma } from './generated/client.ts';

export { toSessionDto, type SessionDto } from '@/lib/sessions/dto';

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
  const now = new Date();
  return db.practiceSession.create({
    data: {
      userId: options.userId,
      problemSlug: options.problemSlug,
      mode: options.mode,
      durationMinutes: options.mode === 'timed' ? options.durationMinutes : null,
      timeLimitSeconds:
        options.mode === 'timed' ? (options.timeLimitSeconds ?? (options.durationMinutes ?? 0) * 60) : null,
      startedAt: now,
      phaseStartedAt: now,
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

/** When a timed session's clock reaches zero (pauses included, though timed sessions cannot pause). */
function timedEnd(session: SessionRow): Date {
  return new Date(session.startedAt.getTime() + ((session.timeLimitSeconds ?? 0) + session.pausedSeconds) * 1000);
}

async function submitIfExpired(session: SessionRow): Promise<SessionRow> {
  const graceEnd = new Date(Date.now() - FINAL_SAVE_GRACE_SECONDS * 1000);
  if (session.status !== 'in_progress' || session.mode !== 'timed' || !isTimeUp(session, graceEnd)) return session;
  const db = await getDb();
  const endsAt = timedEnd(session);
  await db.practiceSession.updateMany({
    where: { id: session.id, status: 'in_progress' },
    data: { status: 'submitted', submittedAt: endsAt, ...closePhase(session, endsAt) },
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

/** The actor's own session in any state (self-rating and review requests come after submit). */
export async function getOwnSession(options: { actor: Actor; sessionId: string }): Promise<SessionRow> {
  const { session, permissions } = await getSessionForActor(options);
  if (!permissions.canEditWork) throw new NotFoundError('Session not found');
  return session;
}

export async function deleteSession(options: { actor: Actor; sessionId: string }): Promise<void> {
  await getOwnSession(options);
  const db = await getDb();
  await db.practiceSession.delete({ where: { id: options.sessionId } });
}

/** The time-per-phase columns after closing the running phase at `at`. */
function closePhase(session: SessionRow, at: Date) {
  const phaseSeconds = accruePhaseTime({ ...session, phaseSeconds: phaseSecondsSchema.parse(session.phaseSeconds) }, at);
  return { phaseSeconds, phaseStartedAt: at };
}

/**
 * Applies `change` to the actor's in-progress session with compare-and-swap on `updatedAt`, so two tabs
 * changing phase or notes at once never lose each other's write (the loser re-reads and re-applies).
 */
export async function updateEditableSession(
  options: { actor: Actor; sessionId: string },
  change: (session: SessionRow, now: Date) => Prisma.PracticeSessionUpdateManyMutationInput,
): Promise<SessionRow> {
  const db = await getDb();
  for (let attempt = 0; attempt < 5; attempt++) {
    const session = await getEditableSession(options);
    const now = new Date();
    const data = change(session, now);
    if (Object.keys(data).length === 0) return session;
    const { count } = await db.practiceSession.updateMany({
      where: { id: session.id, status: 'in_progress', updatedAt: session.updatedAt },
      data,
    });
    if (count === 1) return db.practiceSession.findUniqueOrThrow({ where: { id: session.id } });
  }
  throw new ConflictError('The session is changing too quickly; try again');
}

/** Moves to another phase, adding the time spent in the one being left. */
export function changePhase(options: { actor: Actor; sessionId: string; phase: number }) {
  return updateEditableSession(options, (session, now) =>
    session.currentPhase === options.phase ? {} : { ...closePhase(session, now), currentPhase: options.phase },
  );
}

/** Pauses an untimed session (timed ones run like the real interview: 409). Pausing twice is a no-op. */
export function pauseSession(options: { actor: Actor; sessionId: string }) {
  return updateEditableSession(options, (session, now) => {
    if (session.mode !== 'untimed') throw new ConflictError('Only untimed sessions can be paused');
    if (session.pausedAt) return {};
    return { ...closePhase(session, now), pausedAt: now };
  });
}

export function resumeSession(options: { actor: Actor; sessionId: string }) {
  return updateEditableSession(options, (session, now) => {
    if (!session.pausedAt) return {};
    const paused = Math.floor((now.getTime() - session.pausedAt.getTime()) / 1000);
    return { pausedAt: null, pausedSeconds: session.pausedSeconds + Math.max(0, paused), phaseStartedAt: now };
  });
}

/**
 * Submits a session and freezes its work: later writes answer 409. A timed session is stamped at the
 * moment its clock ran out when the request comes during the grace period after it.
 */
export function submitSession(options: { actor: Actor; sessionId: string }) {
  return updateEditableSession(options, (session, now) => {
    const end = session.mode === 'timed' && timedEnd(session) < now ? timedEnd(session) : now;
    const unpaused = session.pausedAt ? Math.floor((end.getTime() - session.pausedAt.getTime()) / 1000) : 0;
    return {
      ...closePhase(session, end),
      status: 'submitted',
      submittedAt: end,
      pausedAt: null,
      pausedSeconds: session.pausedSeconds + Math.max(0, unpaused),
    };
  });
}

/** Replaces one phase's notes, leaving the others as they are. */
export async function saveSessionNotes(options: { actor: Actor; sessionId: string; phase: number; markdown: string }) {
  const row = await updateEditableSession(options, (session) => ({
    notes: { ...storedNotesSchema.parse(session.notes), [options.phase]: options.markdown },
  }));
  return { phase: options.phase, savedAt: row.updatedAt.toISOString() };
}

/** Self-ratings after submit (409 before); `ratings` are checked against the problem by the caller. */
export async function saveSelfRatings(options: { actor: Actor; sessionId: string; ratings: Record<string, number> }) {
  const session = await getOwnSession(options);
  if (session.status !== 'submitted') throw new ConflictError('Rate yourself once the session is submitted');
  const db = await getDb();
  return db.practiceSession.update({ where: { id: session.id, userId: options.actor.id }, data: { selfRatings: options.ratings } });
}

/** Puts a submitted session in the reviewers' queue; asking again changes nothing. */
export async function requestReview(options: { actor: Actor; sessionId: string }) {
  const session = await getOwnSession(options);
  if (session.status !== 'submitted') throw new ConflictError('Submit the session before asking for a review');
  if (session.reviewStatus !== 'none') return session;
  const db = await getDb();
  return db.practiceSession.update({
    where: { id: session.id, userId: options.actor.id },
    data: { reviewStatus: 'waiting', reviewRequestedAt: new Date() },
  });
}
