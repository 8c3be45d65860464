import { ConflictError } from '@/lib/errors';
import { PHASES } from '@/lib/sessions/phases';
import type { ControlAction, InterviewStatus } from './schema';

/**
 * The interview's shared clock and phase, held in the database and changed only by the interviewer
 * through the API. The server's clock decides; browsers only display what these facts imply.
 */
export interface InterviewClock {
  status: InterviewStatus;
  currentPhase: number;
  timerStartedAt: Date | null;
  timerPausedAt: Date | null;
  pausedSeconds: number;
}

export const LAST_PHASE = PHASES.length;

/** Seconds the clock has run (paused time excluded); 0 before it starts. */
export function clockElapsedSeconds(clock: Pick<InterviewClock, 'timerStartedAt' | 'timerPausedAt' | 'pausedSeconds'>, now: Date): number {
  if (!clock.timerStartedAt) return 0;
  const end = clock.timerPausedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - clock.timerStartedAt.getTime()) / 1000 - clock.pausedSeconds));
}

function pausedFor(since: Date, now: Date): number {
  return Math.max(0, Math.round((now.getTime() - since.getTime()) / 1000));
}

/**
 * The change one control action makes, or a ConflictError when it does not apply now (pausing a clock
 * that is not running, moving past the last phase, anything after the interview ended).
 */
export function applyControlAction(clock: InterviewClock, action: ControlAction, now: Date): Partial<InterviewClock> {
  if (clock.status === 'ended' || clock.status === 'cancelled') throw new ConflictError(`This interview has ${clock.status === 'ended' ? 'ended' : 'been cancelled'}`);
  const isRunning = clock.timerStartedAt !== null && clock.timerPausedAt === null;
  switch (action) {
    case 'start':
      if (clock.timerStartedAt) throw new ConflictError('The clock has already started');
      return { status: 'live', timerStartedAt: now, timerPausedAt: null, pausedSeconds: 0 };
    case 'pause':
      if (!isRunning) throw new ConflictError('The clock is not running');
      return { timerPausedAt: now };
    case 'resume':
      if (!clock.timerPausedAt) throw new ConflictError('The clock is not paused');
      return { timerPausedAt: null, pausedSeconds: clock.pausedSeconds + pausedFor(clock.timerPausedAt, now) };
    case 'next-phase':
      if (clock.currentPhase >= LAST_PHASE) throw new ConflictError('This is the last phase');
      return { currentPhase: clock.currentPhase + 1, ...(clock.status === 'scheduled' ? { status: 'live' as const } : {}) };
    case 'previous-phase':
      if (clock.currentPhase <= 1) throw new ConflictError('This is the first phase');
      return { currentPhase: clock.currentPhase - 1 };
  }
}
