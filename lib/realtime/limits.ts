/**
 * Per-connection limits: the largest message accepted (ws refuses bigger frames and closes that socket
 * with 1009) and a token bucket on messages per second. Generous enough for a drag streaming positions at
 * 60 fps plus typing; a flood empties the bucket and that one connection is closed.
 */
export const ROOM_LIMITS = {
  maxMessageBytes: 2 * 1024 * 1024,
  messagesPerSecond: Number(process.env.SCALEBOARD_ROOM_MESSAGES_PER_SECOND ?? 120),
  burstMessages: Number(process.env.SCALEBOARD_ROOM_BURST_MESSAGES ?? 600),
  /** Bytes per second per connection, averaged the same way. */
  bytesPerSecond: 1024 * 1024,
  burstBytes: 8 * 1024 * 1024,
} as const;

export interface TokenBucket {
  take(cost: number, nowMs: number): boolean;
}

/** A bucket holding up to `capacity` tokens, refilled at `perSecond`; `take` fails once it runs dry. */
export function createTokenBucket(capacity: number, perSecond: number, startMs: number): TokenBucket {
  let tokens = capacity;
  let last = startMs;
  return {
    take(cost, nowMs) {
      tokens = Math.min(capacity, tokens + ((nowMs - last) / 1000) * perSecond);
      last = nowMs;
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
  };
}

/** Both limits of one connection: message count and bytes. */
export function createConnectionLimiter(nowMs: number, limits = ROOM_LIMITS) {
  const messages = createTokenBucket(limits.burstMessages, limits.messagesPerSecond, nowMs);
  const bytes = createTokenBucket(limits.burstBytes, limits.bytesPerSecond, nowMs);
  return { allow: (size: number, now: number) => messages.take(1, now) && bytes.take(size, now) };
}
