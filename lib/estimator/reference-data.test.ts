import { describe, expect, it } from 'vitest';
import { evaluateToUnit } from './calculator';
import { LATENCY_NUMBERS, POWERS_OF_TWO, SECONDS_PER_PERIOD } from './reference-data';

describe('reference tables', () => {
  it.each(LATENCY_NUMBERS.map((r) => [r.operation, r.insert, r.seconds] as const))('%s: %s inserts the tabulated latency', (_, insert, seconds) => {
    expect(evaluateToUnit(insert, 's')).toBeCloseTo(seconds, 15);
  });

  it.each(POWERS_OF_TWO.map((r) => [r.insert, r.exact] as const))('%s is the tabulated power of two in bytes', (insert, exact) => {
    expect(evaluateToUnit(insert, 'B')).toBe(exact);
  });

  it.each(SECONDS_PER_PERIOD.map((r) => [r.insert, r.seconds] as const))('%s lasts the tabulated seconds', (insert, seconds) => {
    expect(evaluateToUnit(insert, 's')).toBe(seconds);
  });

  it('keeps the latency table in ascending order', () => {
    const seconds = LATENCY_NUMBERS.map((r) => r.seconds);
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
  });
});
