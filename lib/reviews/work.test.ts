import { describe, expect, it } from 'vitest';
import { formatDuration, minutesInto, phaseWork } from './work';

describe('phaseWork', () => {
  it('lists every phase with its notes and seconds', () => {
    const work = phaseWork({ '1': '# Scope', '4': 'LB → API' }, { '1': 120.4, '4': 600 });
    expect(work).toHaveLength(6);
    expect(work[0]).toEqual({ phase: 1, title: 'Requirements', notes: '# Scope', seconds: 120 });
    expect(work[3]).toMatchObject({ phase: 4, notes: 'LB → API', seconds: 600 });
    expect(work[5]).toMatchObject({ phase: 6, title: 'Wrap-up', notes: '', seconds: 0 });
  });
  it('reads malformed JSON as empty rather than failing', () => {
    expect(phaseWork(['nope'], { '1': 'ten' }).every((p) => p.notes === '' && p.seconds === 0)).toBe(true);
  });
});

describe('formatDuration and minutesInto', () => {
  it('formats seconds for people', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(725)).toBe('12 min 5 s');
  });
  it('counts whole minutes from the start, never negative', () => {
    const start = new Date('2026-01-01T10:00:00Z');
    expect(minutesInto(start, new Date('2026-01-01T10:14:20Z'))).toBe(14);
    expect(minutesInto(start, new Date('2026-01-01T09:59:00Z'))).toBe(0);
  });
});
