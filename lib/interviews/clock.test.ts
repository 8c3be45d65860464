import { describe, expect, it } from 'vitest';
import { applyControlAction, clockElapsedSeconds, LAST_PHASE, type InterviewClock } from './clock';

const t0 = new Date('2026-01-01T10:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const fresh: InterviewClock = { status: 'scheduled', currentPhase: 1, timerStartedAt: null, timerPausedAt: null, pausedSeconds: 0 };

function run(clock: InterviewClock, steps: [Parameters<typeof applyControlAction>[1], number][]): InterviewClock {
  return steps.reduce((c, [action, s]) => ({ ...c, ...applyControlAction(c, action, at(s)) }), clock);
}

describe('interview clock', () => {
  it('reads 0 before the start and counts from the start', () => {
    expect(clockElapsedSeconds(fresh, at(100))).toBe(0);
    const started = run(fresh, [['start', 10]]);
    expect(started.status).toBe('live');
    expect(clockElapsedSeconds(started, at(70))).toBe(60);
  });

  it('stands still while paused and excludes the pause after resuming', () => {
    const paused = run(fresh, [['start', 0], ['pause', 30]]);
    expect(clockElapsedSeconds(paused, at(500))).toBe(30);
    const resumed = run(paused, [['resume', 90]]);
    expect(resumed.pausedSeconds).toBe(60);
    expect(clockElapsedSeconds(resumed, at(100))).toBe(40);
  });

  it('refuses actions that do not apply', () => {
    expect(() => applyControlAction(fresh, 'pause', t0)).toThrow('not running');
    expect(() => applyControlAction(fresh, 'resume', t0)).toThrow('not paused');
    expect(() => run(fresh, [['start', 0], ['start', 1]])).toThrow('already started');
    expect(() => applyControlAction(fresh, 'previous-phase', t0)).toThrow('first phase');
    expect(() => applyControlAction({ ...fresh, currentPhase: LAST_PHASE }, 'next-phase', t0)).toThrow('last phase');
    expect(() => applyControlAction({ ...fresh, status: 'ended' }, 'start', t0)).toThrow('ended');
  });

  it('moves between phases and goes live on the first move', () => {
    const next = run(fresh, [['next-phase', 0], ['next-phase', 1], ['previous-phase', 2]]);
    expect(next).toMatchObject({ currentPhase: 2, status: 'live' });
  });
});
