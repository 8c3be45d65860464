import { describe, expect, it } from 'vitest';
import { elapsedSeconds, isTimeUp, remainingSeconds } from './timer';

const start = new Date('2026-01-01T10:00:00Z');
const after = (s: number) => new Date(start.getTime() + s * 1000);

describe('session clock', () => {
  it('counts down a timed session from its duration', () => {
    const facts = { startedAt: start, timeLimitSeconds: 45 * 60, pausedAt: null, pausedSeconds: 0 };
    expect(remainingSeconds(facts, after(600))).toBe(35 * 60);
    expect(isTimeUp(facts, after(45 * 60 - 1))).toBe(false);
    expect(isTimeUp(facts, after(45 * 60))).toBe(true);
    expect(remainingSeconds(facts, after(99_999))).toBe(0);
  });

  it('excludes paused time, and freezes while paused', () => {
    const facts = { startedAt: start, timeLimitSeconds: null, pausedAt: after(300), pausedSeconds: 60 };
    expect(elapsedSeconds(facts, after(10_000))).toBe(240);
    expect(remainingSeconds(facts, after(10_000))).toBeNull();
  });
});
