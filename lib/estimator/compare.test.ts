import { describe, expect, it } from 'vitest';
import { compareFigures, referenceMetricsOf, type ReferenceMetric } from './compare';

const ref = (metric: ReferenceMetric['metric'], value: number): ReferenceMetric => ({
  metric,
  value,
  label: metric,
  working: '100 M users × 1 write ÷ 86,400',
});

describe('compareFigures', () => {
  it('counts anything within 2× either way as on track', () => {
    const rows = compareFigures({ writesPerSecond: 2000, readsPerSecond: 5000 }, [ref('writesPerSecond', 1000), ref('readsPerSecond', 10_000)]);
    expect(rows.map((r) => [r.status, r.ratio, r.timesOff])).toEqual([
      ['on-track', 2, 2],
      ['on-track', 0.5, 2],
    ]);
  });

  it('says how many times too high or too low beyond 2×', () => {
    const rows = compareFigures({ storageBytesTotal: 365e12, cacheBytes: 1e9 }, [ref('storageBytesTotal', 36.5e12), ref('cacheBytes', 4e9)]);
    expect(rows[0]).toMatchObject({ status: 'too-high', timesOff: 10, candidate: 365e12, reference: 36.5e12 });
    expect(rows[1]).toMatchObject({ status: 'too-low', timesOff: 4, ratio: 0.25 });
  });

  it('marks figures the candidate did not produce as missing and keeps the working', () => {
    const [row] = compareFigures({ writesPerSecond: Number.NaN }, [ref('writesPerSecond', 1157)]);
    expect(row).toEqual({
      metric: 'writesPerSecond',
      label: 'writesPerSecond',
      candidate: null,
      reference: 1157,
      ratio: null,
      timesOff: null,
      status: 'missing',
      working: '100 M users × 1 write ÷ 86,400',
    });
  });

  it('handles zero without dividing by it', () => {
    const rows = compareFigures({ servers: 0, cacheBytes: 5 }, [ref('servers', 0), ref('cacheBytes', 0)]);
    expect(rows.map((r) => [r.status, r.timesOff])).toEqual([
      ['on-track', 1],
      ['too-high', null],
    ]);
  });
});

describe('referenceMetricsOf', () => {
  const working = 'Ten years of 100 M records of 100 B';
  it('keeps metric figures, converting their unit into the model\'s', () => {
    const metrics = referenceMetricsOf([
      { label: 'Total storage', metric: 'storageBytesTotal', value: 36.5, unit: 'TB', working },
      { label: 'Writes', metric: 'writesPerSecond', value: 1157, unit: '1/s', working },
      { label: 'Egress', metric: 'egressBytesPerSecond', value: 9.6, unit: 'MB/s', working },
      { label: 'Fleet', metric: 'servers', value: 12, unit: 'servers', working },
      { label: 'Per day', expression: '100M * 100 B', value: 10, unit: 'GB', working },
    ]);
    expect(metrics.map((m) => [m.metric, m.value])).toEqual([
      ['storageBytesTotal', 36.5e12],
      ['writesPerSecond', 1157],
      ['egressBytesPerSecond', 9.6e6],
      ['servers', 12],
    ]);
  });

  it('throws when a figure\'s unit does not fit its metric', () => {
    expect(() => referenceMetricsOf([{ label: 'Bad', metric: 'cacheBytes', value: 1, unit: 's', working }])).toThrow(/Cannot express/);
  });
});
