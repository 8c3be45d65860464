/**
 * The session clock. The server's clock decides: remaining time is derived from when the session started,
 * how long it has been paused, and now, so a reload or a second tab shows the same figure.
 */
export interface ClockFacts {
  startedAt: Date;
  /** Seconds allowed; null when untimed. */
  timeLimitSeconds: number | null;
  pausedAt: Date | null;
  pausedSeconds: number;
}

/** Seconds of active work so far (paused time excluded). */
export function elapsedSeconds(facts: ClockFacts, now: Date): number {
  const end = facts.pausedAt ?? now;
  const total = (end.getTime() - facts.startedAt.getTime()) / 1000 - facts.pausedSeconds;
  return Math.max(0, Math.floor(total));
}

/** Seconds left for a timed session (never negative); null when untimed. */
export function remainingSeconds(facts: ClockFacts, now: Date): number | null {
  if (facts.timeLimitSeconds === null) return null;
  return Math.max(0, facts.timeLimitSeconds - elapsedSeconds(facts, now));
}

export function isTimeUp(facts: ClockFacts, now: Date): boolean {
  return remainingSeconds(facts, now) === 0;
}
