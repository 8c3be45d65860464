import { describe, expect, it } from 'vitest';
import { displayFigure } from './figure-display';

describe('displayFigure', () => {
  it('formats metric figures in the estimator’s units', () => {
    expect(displayFigure({ metric: 'peakReadsPerSecond', value: 347222.2, unit: '1/s' })).toBe('347 K/s');
    expect(displayFigure({ metric: 'storageBytesTotal', value: 273750000000000, unit: 'B' })).toBe('274 TB');
    expect(displayFigure({ metric: 'servers', value: 18, unit: 'count' })).toBe('18 servers');
  });

  it('formats expression figures in the unit the content chose', () => {
    expect(displayFigure({ value: 10, unit: 'GB' })).toBe('10 GB');
    expect(displayFigure({ value: 3521614606208, unit: 'count' })).toBe('3.52 T');
    expect(displayFigure({ value: 96.4, unit: 'year' })).toBe('96.4 years');
    expect(displayFigure({ value: 1, unit: 'minute' })).toBe('1 minute');
  });
});
