import { describe, expect, it } from 'vitest';
import { evaluateLines, evaluateToUnit, type LineResult } from './calculator';

function one(expression: string): LineResult {
  const [result] = evaluateLines([{ expression }]);
  if (!result) throw new Error('no result');
  return result;
}

function okValue(expression: string): number {
  const result = one(expression);
  if (!result.ok) throw new Error(`expected ${expression} to evaluate: ${result.error}`);
  return result.value;
}

describe('units', () => {
  it('keeps decimal and binary byte units distinct', () => {
    expect(okValue('1 KB to B')).toBe(1000);
    expect(okValue('1 kB to B')).toBe(1000);
    expect(okValue('1 KiB to B')).toBe(1024);
    expect(okValue('1 MiB to B')).toBe(1_048_576);
    expect(okValue('1 TB to GB')).toBe(1000);
  });

  it('converts a daily volume to a byte rate', () => {
    const result = one('100M * 500 B / day to MB/s');
    expect(result).toMatchObject({ ok: true, unit: 'MB/s', display: '0.579 MB/s' });
    expect(okValue('100M * 500 B / day to MB/s')).toBeCloseTo(0.5787, 4);
  });

  it('counts a year as 365 days and a month as 30', () => {
    expect(okValue('1 year to day')).toBe(365);
    expect(okValue('1 month to s')).toBe(2_592_000);
    expect(okValue('5 years * 2 TB/day to TB')).toBeCloseTo(3650, 9);
    expect(one('5 * 365 days * 2 TB/day')).toMatchObject({ ok: true, unit: 'B', display: '3.65 PB' });
  });

  it('reads count suffixes and nouns as plain numbers', () => {
    expect(okValue('100M')).toBe(1e8);
    expect(okValue('2K')).toBe(2000);
    expect(okValue('3 Bn')).toBe(3e9);
    expect(okValue('2 million')).toBe(2e6);
    expect(okValue('2K req/s * 1 hour')).toBe(7_200_000);
  });
});

describe('display', () => {
  it('shows results in human units of their kind', () => {
    expect(one('100M / day')).toMatchObject({ ok: true, unit: '1/s', display: '1.16 K/s' });
    expect(one('100M * 100 B * 365 day / day * 10')).toMatchObject({ ok: true, unit: 'B', display: '36.5 TB' });
    expect(one('9.6 MB / s')).toMatchObject({ ok: true, unit: 'B/s', display: '9.6 MB/s' });
    expect(one('2 + 2')).toMatchObject({ ok: true, value: 4, unit: null, display: '4' });
  });
});

describe('line references', () => {
  it('lets later lines use earlier results by name', () => {
    const results = evaluateLines([
      { name: 'daily', expression: '100M * 500 B' },
      { name: 'perSecond', expression: 'daily / day' },
      { expression: 'perSecond * 1 day to GB' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(results[2]).toMatchObject({ value: 50, unit: 'GB' });
  });

  it('reports unknown names and names of failed lines on the referring line only', () => {
    const results = evaluateLines([
      { name: 'broken', expression: '1 B + 1 s' },
      { expression: 'broken * 2' },
      { expression: 'nothing * 2' },
      { expression: '3 * 2' },
    ]);
    expect(results[1]).toEqual({ ok: false, error: '“broken” refers to a line with an error' });
    expect(results[2]).toEqual({ ok: false, error: 'Unknown name or unit “nothing”' });
    expect(results[3]).toMatchObject({ ok: true, value: 6 });
  });

  it('refuses names that are units, count words or taken', () => {
    const results = evaluateLines([
      { name: 'B', expression: '1' },
      { name: 'M', expression: '1' },
      { name: 'x', expression: '1' },
      { name: 'x', expression: '2' },
      { name: '2x', expression: '2' },
    ]);
    expect(results.map((r) => r.ok)).toEqual([false, false, true, false, false]);
    expect(one('1 B to B')).toMatchObject({ ok: true, value: 1 });
  });

  it('keeps an assignment inside a line from leaking into later lines', () => {
    const results = evaluateLines([{ expression: 'y = 3' }, { expression: 'y * 2' }]);
    expect(results[0]).toMatchObject({ ok: true, value: 3 });
    expect(results[1]).toMatchObject({ ok: false });
  });
});

describe('errors never throw', () => {
  it.each([
    ['1 B + 1 s', /Units do not match/],
    ['1 B to s', /Units do not match/],
    ['1 +', /Unexpected end/],
    ['1/0', /not a finite number/],
    ['0/0', /not a finite number/],
    ['f(x) = x^2', /number or a quantity/],
    ['[1, 2]', /number or a quantity/],
    ['"text"', /number or a quantity/],
    ['TB', /needs a number/],
    ['1 min', /write minute, not min/],
    ['5 years * 300 days * 2 TB/day', /Time is counted twice/],
    ['', /Enter an expression/],
  ])('%s gives an inline error', (expression, message) => {
    const result = one(expression);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses an overlong line', () => {
    expect(one('1'.repeat(501))).toEqual({ ok: false, error: 'Keep a line under 500 characters' });
  });

  it.each([
    'import({x: 1}, {override: true})',
    'createUnit("foo", "1 B")',
    'evaluate("1 + 1")',
    'parse("1 + 1")',
    'simplify("x + x")',
    'derivative("x^2", "x")',
  ])('refuses the dangerous function in %s', (expression) => {
    expect(one(expression)).toEqual({ ok: false, error: expect.stringMatching(/is disabled/) });
    expect(okValue('1 KB to B')).toBe(1000);
  });
});

describe('evaluateToUnit', () => {
  it('converts to the unit asked for', () => {
    expect(evaluateToUnit('100M * 500 B / day', 'MB/s')).toBeCloseTo(0.5787037, 6);
    expect(evaluateToUnit('10 years * 100M * 100 B / day', 'TB')).toBeCloseTo(36.5, 9);
    expect(evaluateToUnit('100M / day', '1/s')).toBeCloseTo(1157.407, 3);
    expect(evaluateToUnit('1 GiB', 'B')).toBe(1_073_741_824);
    expect(evaluateToUnit('2K * 3', 'count')).toBe(6000);
  });

  it('throws a clear error on a mismatch', () => {
    expect(() => evaluateToUnit('1 GB', 's')).toThrow('Cannot express “1 GB” in s: its unit is GB');
    expect(() => evaluateToUnit('1 GB', 'count')).toThrow(/it has units/);
    expect(() => evaluateToUnit('5', 'TB')).toThrow(/plain number/);
    expect(() => evaluateToUnit('1 GB', 'furlongs')).toThrow(/unknown unit/);
    expect(() => evaluateToUnit('1 +', 'B')).toThrow(/Unexpected end/);
  });
});
