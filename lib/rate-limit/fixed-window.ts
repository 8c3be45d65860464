/** One counter of a fixed-window limit, as stored. */
export interface WindowCounter {
  windowStart: Date;
  count: number;
}

export interface WindowPolicy {
  limit: number;
  windowMs: number;
}

export interface WindowDecision {
  isAllowed: boolean;
  next: WindowCounter;
  retryAfterSeconds: number;
}

/**
 * Counts one attempt against a fixed window. A counter whose window has passed starts over. Pure: the
 * caller stores `next` and passes `now` in.
 */
export function countAttempt(current: WindowCounter | null, policy: WindowPolicy, now: Date): WindowDecision {
  const isExpired = !current || now.getTime() - current.windowStart.getTime() >= policy.windowMs;
  const next: WindowCounter = isExpired
    ? { windowStart: now, count: 1 }
    : { windowStart: current.windowStart, count: current.count + 1 };
  const windowEnds = next.windowStart.getTime() + policy.windowMs;
  return {
    isAllowed: next.count <= policy.limit,
    next,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)),
  };
}
