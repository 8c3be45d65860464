import { describe, expect, it } from 'vitest';
import { remainingOnClock, toControlState, type ControlFacts } from './control';

const t0 = new Date('2026-01-01T10:00:00Z');
const facts: ControlFacts = {
  status: 'live',
  currentPhase: 1,
  durationMinutes: 45,
  timerStartedAt: t0,
  timerPausedAt: null,
  pausedSeconds: 0,
  sessionId: 'session-1',
  endedAt: null,
};

describe('control state', () => {
  it('shows the full time before the clock starts and counts down after', () => {
    const notStarted = toControlState({ ...facts, timerStartedAt: null }, [], t0);
    expect(remainingOnClock(notStarted, t0.getTime(), 0)).toBe(2700);
    const running = toControlState(facts, [], t0);
    expect(remainingOnClock(running, t0.getTime() + 60_000, 0)).toBe(2640);
  });

  it('corrects for the browser clock’s offset and stops while paused', () => {
    const running = toControlState(facts, [], t0);
    // The browser's clock is 10 s behind the server's.
    expect(remainingOnClock(running, t0.getTime() + 50_000, 10_000)).toBe(2640);
    const paused = toControlState({ ...facts, timerPausedAt: new Date(t0.getTime() + 30_000) }, [], t0);
    expect(remainingOnClock(paused, t0.getTime() + 600_000, 0)).toBe(2670);
  });

  it('reveals the session only once the interview has ended, and freezes the clock at the end', () => {
    expect(toControlState(facts, [], t0).sessionId).toBeNull();
    const ended = toControlState({ ...facts, status: 'ended', endedAt: new Date(t0.getTime() + 120_000) }, [], t0);
    expect(ended.sessionId).toBe('session-1');
    expect(remainingOnClock(ended, t0.getTime() + 999_000, 0)).toBe(2580);
  });
});
