import { describe, expect, it } from 'vitest';
import { countAttempt } from './fixed-window';

const policy = { limit: 3, windowMs: 60_000 };
const t0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('countAttempt', () => {
  it('starts a window on the first attempt', () => {
    const d = countAttempt(null, policy, t0);
    expect(d).toEqual({ isAllowed: true, next: { windowStart: t0, count: 1 }, retryAfterSeconds: 60 });
  });

  it('refuses the attempt after the limit, telling when to retry', () => {
    let counter = countAttempt(null, policy, t0).next;
    counter = countAttempt(counter, policy, at(1_000)).next;
    counter = countAttempt(counter, policy, at(2_000)).next;
    const fourth = countAttempt(counter, policy, at(15_000));
    expect(fourth.isAllowed).toBe(false);
    expect(fourth.next.count).toBe(4);
    expect(fourth.retryAfterSeconds).toBe(45);
  });

  it('starts over once the window has passed', () => {
    const full = { windowStart: t0, count: 10 };
    const d = countAttempt(full, policy, at(60_000));
    expect(d.isAllowed).toBe(true);
    expect(d.next).toEqual({ windowStart: at(60_000), count: 1 });
  });
});
