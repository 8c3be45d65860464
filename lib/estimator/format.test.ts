import { describe, expect, it } from 'vitest';
import { formatByteRate, formatBytes, formatCount, formatDuration, formatFigure, formatNumber, formatRate } from './format';

describe('formatRate', () => {
  it.each([
    [1157.4, '1.16 K/s'],
    [12, '12/s'],
    [0.5, '0.5/s'],
    [999.6, '1 K/s'],
    [2.5e6, '2.5 M/s'],
    [0, '0/s'],
  ])('%d -> %s', (value, text) => expect(formatRate(value)).toBe(text));
});

describe('formatBytes', () => {
  it('uses decimal prefixes by default', () => {
    expect(formatBytes(36.5e12)).toBe('36.5 TB');
    expect(formatBytes(1024)).toBe('1.02 KB');
    expect(formatBytes(500)).toBe('500 B');
    expect(formatBytes(1.2e15)).toBe('1.2 PB');
  });

  it('uses binary prefixes when asked', () => {
    expect(formatBytes(1024, { binary: true })).toBe('1 KiB');
    expect(formatBytes(2 ** 30 * 1.5, { binary: true })).toBe('1.5 GiB');
    expect(formatBytes(1000, { binary: true })).toBe('0.977 KiB');
  });
});

describe('other formats', () => {
  it('formats byte rates, counts, durations and plain numbers', () => {
    expect(formatByteRate(9.6e6)).toBe('9.6 MB/s');
    expect(formatCount(1e8)).toBe('100 M');
    expect(formatCount(250)).toBe('250');
    expect(formatDuration(0.0005)).toBe('500 µs');
    expect(formatDuration(172_800)).toBe('2 days');
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(63_072_000)).toBe('2 years');
    expect(formatNumber(100_000_000)).toBe('100,000,000');
    expect(formatNumber(1157.4074)).toBe('1,157.41');
    expect(formatNumber(0.2)).toBe('0.2');
  });

  it('never shows NaN or Infinity', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect([formatRate(bad), formatBytes(bad), formatByteRate(bad), formatCount(bad), formatDuration(bad), formatNumber(bad)]).toEqual(
        Array(6).fill('—'),
      );
    }
  });

  it('picks the format by unit', () => {
    expect(formatFigure(1157.4, '1/s')).toBe('1.16 K/s');
    expect(formatFigure(36.5e12, 'B')).toBe('36.5 TB');
    expect(formatFigure(9.6e6, 'B/s')).toBe('9.6 MB/s');
    expect(formatFigure(1, 'servers')).toBe('1 server');
    expect(formatFigure(12, 'servers')).toBe('12 servers');
  });
});
