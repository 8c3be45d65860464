import { describe, expect, it } from 'vitest';
import { analysisEstimateOf } from './analysis-input';
import { toSessionDto, type SessionFields } from './dto';

const start = new Date('2026-01-01T10:00:00Z');
const after = (s: number) => new Date(start.getTime() + s * 1000);
const row: SessionFields = {
  id: 's1',
  problemSlug: 'url-shortener',
  mode: 'timed',
  durationMinutes: 45,
  timeLimitSeconds: 45 * 60,
  status: 'in_progress',
  startedAt: start,
  pausedAt: null,
  pausedSeconds: 0,
  submittedAt: null,
  currentPhase: 2,
  phaseStartedAt: after(300),
  phaseSeconds: { '1': 300 },
  selfRatings: null,
  reviewStatus: 'none',
  reviewRequestedAt: null,
  createdAt: start,
  updatedAt: start,
};

describe('session DTO', () => {
  it('derives the clock and the running phase’s time from the server’s now', () => {
    const dto = toSessionDto(row, after(600));
    expect(dto).toMatchObject({ remainingSeconds: 45 * 60 - 600, elapsedSeconds: 600, phaseSeconds: { 1: 300, 2: 300 } });
  });

  it('freezes the figures of a submitted session and parses stored JSON leniently', () => {
    const dto = toSessionDto({ ...row, status: 'submitted', submittedAt: after(900), phaseSeconds: { '1': 300, '2': 600 }, selfRatings: { estimation: 3, bogus: 1 } }, after(5_000));
    expect(dto).toMatchObject({ remainingSeconds: null, elapsedSeconds: 900, phaseSeconds: { 1: 300, 2: 600 }, selfRatings: { estimation: 3 } });
    expect(toSessionDto({ ...row, phaseSeconds: 'garbage' }, after(310)).phaseSeconds).toEqual({ 2: 10 });
  });
});

describe('analysis input from an estimate', () => {
  it('passes the peak rates once the estimate has them', () => {
    expect(analysisEstimateOf({ inputs: {}, lines: [] })).toBeUndefined();
    const estimate = { inputs: { readsPerWrite: 100 }, lines: [], results: { peakReadsPerSecond: 2e5, peakWritesPerSecond: 2e3 } };
    expect(analysisEstimateOf(estimate)).toEqual({ peakReadsPerSecond: 2e5, peakWritesPerSecond: 2e3, readsPerWrite: 100 });
  });
});
