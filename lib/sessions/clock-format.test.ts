import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, timeWarning } from './clock-format';

describe('clock text', () => {
  it('formats the countdown', () => {
    expect(formatClock(45 * 60)).toBe('45:00');
    expect(formatClock(59)).toBe('0:59');
    expect(formatClock(3723)).toBe('1:02:03');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('formats durations for tables', () => {
    expect(formatDuration(42)).toBe('42 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(3900)).toBe('1 h 5 min');
  });

  it('warns at 5 minutes and at 1 minute, not after the end', () => {
    expect(timeWarning(301)).toBe('');
    expect(timeWarning(300)).toBe('5 minutes left');
    expect(timeWarning(60)).toBe('1 minute left');
    expect(timeWarning(0)).toBe('');
    expect(timeWarning(null)).toBe('');
  });
});
