import { describe, expect, it } from 'vitest';
import { createConnectionLimiter, createTokenBucket } from './limits';

describe('token bucket', () => {
  it('allows a burst, refuses beyond it, and refills over time', () => {
    const bucket = createTokenBucket(3, 1, 0);
    expect([1, 2, 3, 4].map(() => bucket.take(1, 0))).toEqual([true, true, true, false]);
    expect(bucket.take(1, 500)).toBe(false);
    expect(bucket.take(1, 1000)).toBe(true);
  });

  it('limits messages and bytes per connection', () => {
    const limiter = createConnectionLimiter(0, { maxMessageBytes: 100, messagesPerSecond: 10, burstMessages: 5, bytesPerSecond: 1000, burstBytes: 1000 });
    expect(limiter.allow(2000, 0)).toBe(false);
    const results = Array.from({ length: 6 }, () => limiter.allow(10, 0));
    expect(results.filter(Boolean)).toHaveLength(4);
  });
});
