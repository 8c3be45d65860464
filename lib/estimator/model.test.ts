import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { computeEstimate } from './model';
import type { EstimateInput } from './schema';

const TEXTBOOK: EstimateInput = {
  dailyActiveUsers: 100_000_000,
  writesPerUserPerDay: 1,
  readsPerWrite: 10,
  bytesPerWrite: 100,
  retentionYears: 10,
};

describe('computeEstimate: textbook cases', () => {
  it('turns 100 M writes a day into about 1,157 writes/s', () => {
    const result = computeEstimate(TEXTBOOK);
    expect(result.writesPerSecond).toBeCloseTo(1157.407, 3);
    expect(result.readsPerSecond).toBeCloseTo(11_574.07, 2);
  });

  it('stores 10 years of 100 M records of 100 B in 36.5 TB', () => {
    const result = computeEstimate(TEXTBOOK);
    expect(result.storageBytesPerDay).toBe(1e10);
    expect(result.storageBytesTotal).toBe(36.5e12);
  });

  it('applies defaults: replication 1, peak 1, 20% of a day of reads hot', () => {
    const result = computeEstimate(TEXTBOOK);
    expect(result.peakWritesPerSecond).toBe(result.writesPerSecond);
    expect(result.cacheBytes).toBeCloseTo(2e10, 0);
    expect(result).not.toHaveProperty('servers');
  });

  it('scales by replication and peak factor, and sizes the fleet', () => {
    const result = computeEstimate({ ...TEXTBOOK, replicationFactor: 3, peakToAverage: 2, capacityPerServer: 1000 });
    expect(result.storageBytesTotal).toBe(109.5e12);
    expect(result.peakReadsPerSecond).toBeCloseTo(23_148.15, 2);
    // (2,314.8 + 23,148.1) / 1,000 = 25.46 -> 26 servers
    expect(result.servers).toBe(26);
    expect(result.ingressBytesPerSecond).toBeCloseTo(115_740.7, 1);
    expect(result.egressBytesPerSecond).toBeCloseTo(1_157_407.4, 1);
  });

  it('answers exactly the API keys', () => {
    expect(Object.keys(computeEstimate(TEXTBOOK)).sort()).toEqual(
      [
        'writesPerSecond', 'readsPerSecond', 'peakWritesPerSecond', 'peakReadsPerSecond', 'storageBytesPerDay',
        'storageBytesTotal', 'ingressBytesPerSecond', 'egressBytesPerSecond', 'cacheBytes', 'steps',
      ].sort(),
    );
  });
});

describe('computeEstimate: steps', () => {
  it('shows each formula with the numbers put in', () => {
    const { steps } = computeEstimate({ ...TEXTBOOK, capacityPerServer: 1000 });
    expect(steps).toHaveLength(10);
    expect(steps[0]).toEqual({
      label: 'Writes/s = users × writes per user ÷ 86,400',
      formula: '100,000,000 × 1 ÷ 86,400',
      value: 100_000_000 / 86_400,
      unit: '1/s',
    });
    expect(steps[5]).toMatchObject({ formula: '10,000,000,000 B × 365 × 10 × 1', value: 36.5e12, unit: 'B' });
    expect(steps[9]).toMatchObject({ formula: 'ceil((1,157.41 + 11,574.07) ÷ 1,000)', value: 13, unit: 'servers' });
  });

  it('keeps every value finite even at the schema bounds', () => {
    const huge = { dailyActiveUsers: 1e11, writesPerUserPerDay: 1e7, readsPerWrite: 1e7, bytesPerWrite: 1e13, retentionYears: 1000, replicationFactor: 100, peakToAverage: 1000 };
    const { steps, ...figures } = computeEstimate(huge);
    expect(Object.values(figures).every(Number.isFinite)).toBe(true);
    expect(steps.every((s) => Number.isFinite(s.value))).toBe(true);
  });
});

describe('computeEstimate: rejections', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['a negative count', { ...TEXTBOOK, dailyActiveUsers: -1 }, 'dailyActiveUsers'],
    ['a string', { ...TEXTBOOK, bytesPerWrite: '100' }, 'bytesPerWrite'],
    ['NaN', { ...TEXTBOOK, readsPerWrite: Number.NaN }, 'readsPerWrite'],
    ['Infinity', { ...TEXTBOOK, retentionYears: Number.POSITIVE_INFINITY }, 'retentionYears'],
    ['replication below 1', { ...TEXTBOOK, replicationFactor: 0.5 }, 'replicationFactor'],
    ['hot share above 1', { ...TEXTBOOK, cacheHotFraction: 1.5 }, 'cacheHotFraction'],
    ['hot share below 0', { ...TEXTBOOK, cacheHotFraction: -0.1 }, 'cacheHotFraction'],
    ['a missing field', { ...TEXTBOOK, writesPerUserPerDay: undefined }, 'writesPerUserPerDay'],
    ['zero server capacity', { ...TEXTBOOK, capacityPerServer: 0 }, 'capacityPerServer'],
  ];

  it.each(cases)('rejects %s, naming the field', (_, input, field) => {
    let caught: unknown;
    try {
      computeEstimate(input as EstimateInput);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ZodError);
    expect((caught as ZodError).issues.map((i) => i.path[0])).toEqual([field]);
  });
});
