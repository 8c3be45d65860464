import { phaseSecondsAt, phaseSecondsSchema } from './phase-time';
import { storedRatingsSchema } from './self-rating';
import { elapsedSeconds, remainingSeconds } from './timer';

/** The columns of a practice session the API's view is built from (a Prisma row fits). */
export interface SessionFields {
  id: string;
  problemSlug: string;
  mode: 'timed' | 'untimed' | 'mock';
  durationMinutes: number | null;
  timeLimitSeconds: number | null;
  status: 'in_progress' | 'submitted';
  startedAt: Date;
  pausedAt: Date | null;
  pausedSeconds: number;
  submittedAt: Date | null;
  currentPhase: number;
  phaseStartedAt: Date | null;
  phaseSeconds: unknown;
  selfRatings: unknown;
  reviewStatus: 'none' | 'waiting' | 'in_review' | 'reviewed';
  reviewRequestedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The API's view of a session. `remainingSeconds` (timed, in progress) and `elapsedSeconds` come from the
 * server's clock, so every tab shows the same time; `phaseSeconds` includes the running phase.
 */
export function toSessionDto(session: SessionFields, now = new Date()) {
  const isOpen = session.status === 'in_progress';
  const clock = { ...session, phaseSeconds: phaseSecondsSchema.parse(session.phaseSeconds ?? {}) };
  const end = session.submittedAt ?? now;
  return {
    id: session.id,
    problemSlug: session.problemSlug,
    mode: session.mode,
    durationMinutes: session.durationMinutes,
    timeLimitSeconds: session.timeLimitSeconds,
    status: session.status,
    startedAt: session.startedAt.toISOString(),
    submittedAt: session.submittedAt?.toISOString() ?? null,
    isPaused: session.pausedAt !== null,
    remainingSeconds: isOpen ? remainingSeconds(session, now) : null,
    elapsedSeconds: elapsedSeconds(session, end),
    currentPhase: session.currentPhase,
    phaseSeconds: phaseSecondsAt(clock, end, isOpen),
    selfRatings: session.selfRatings === null ? null : storedRatingsSchema.parse(session.selfRatings),
    reviewStatus: session.reviewStatus,
    reviewRequestedAt: session.reviewRequestedAt?.toISOString() ?? null,
    createdAt: session.createdAt.toISOString(),
    updatedAt: session.updatedAt.toISOString(),
  };
}
export type SessionDto = ReturnType<typeof toSessionDto>;
