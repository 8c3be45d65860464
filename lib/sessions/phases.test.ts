import { describe, expect, it } from 'vitest';
import { accruePhaseTime, phaseSecondsSchema } from './phase-time';
import { PHASES, isPhaseId, phaseBudgets } from './phases';

const start = new Date('2026-01-01T10:00:00Z');
const after = (s: number) => new Date(start.getTime() + s * 1000);

describe('phases', () => {
  it('has six phases whose shares add up to the whole', () => {
    expect(PHASES.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(PHASES.reduce((sum, p) => sum + p.share, 0)).toBeCloseTo(1);
  });

  it('splits a 45-minute session into budgets', () => {
    const budgets = phaseBudgets(45 * 60);
    expect(budgets[1]).toBe(270);
    expect(budgets[4]).toBe(810);
    expect(isPhaseId(7)).toBe(false);
  });
});

describe('time per phase', () => {
  const clock = { currentPhase: 1, phaseStartedAt: null, startedAt: start, pausedAt: null, phaseSeconds: {} };

  it('accrues from the session start when the phase never changed', () => {
    expect(accruePhaseTime(clock, after(90))).toEqual({ 1: 90 });
  });

  it('adds to earlier time in the same phase and stops at a pause', () => {
    const paused = { ...clock, currentPhase: 2, phaseStartedAt: after(100), pausedAt: after(160), phaseSeconds: { 1: 100, 2: 30 } };
    expect(accruePhaseTime(paused, after(1_000))).toEqual({ 1: 100, 2: 90 });
  });

  it('ignores a clock that went backwards', () => {
    expect(accruePhaseTime({ ...clock, phaseStartedAt: after(50) }, after(10))).toEqual({});
  });

  it('parses stored JSON, dropping unknown phases and bad values', () => {
    expect(phaseSecondsSchema.parse({ '1': 12.7, '2': -3, '9': 5, x: 'y' })).toEqual({ 1: 12 });
  });
});
