import { describe, expect, it } from 'vitest';
import {
  EMPTY_SESSION_ESTIMATE,
  EXAMPLE_SESSION_ESTIMATE,
  candidateFigures,
  withResults,
  estimateFromInputs,
  sessionEstimateSchema,
} from './session-estimate';

describe('sessionEstimateSchema', () => {
  it('accepts the starting values and blank (null) inputs', () => {
    expect(sessionEstimateSchema.parse(EMPTY_SESSION_ESTIMATE)).toEqual(EMPTY_SESSION_ESTIMATE);
    expect(sessionEstimateSchema.parse(EXAMPLE_SESSION_ESTIMATE)).toEqual(EXAMPLE_SESSION_ESTIMATE);
    expect(sessionEstimateSchema.safeParse({ inputs: { dailyActiveUsers: null }, lines: [] }).success).toBe(true);
  });

  it('rejects unknown fields, non-finite numbers and oversized pads', () => {
    const line = { id: 'a', expression: '1' };
    expect(sessionEstimateSchema.safeParse({ inputs: { users: 1 }, lines: [] }).success).toBe(false);
    expect(sessionEstimateSchema.safeParse({ inputs: { dailyActiveUsers: Infinity }, lines: [] }).success).toBe(false);
    expect(sessionEstimateSchema.safeParse({ inputs: {}, lines: Array(201).fill(line) }).success).toBe(false);
    expect(sessionEstimateSchema.safeParse({ inputs: {}, lines: [{ id: 'a', expression: 'x'.repeat(501) }] }).success).toBe(false);
    expect(sessionEstimateSchema.safeParse({ inputs: {}, lines: [{ expression: '1' }] }).success).toBe(false);
  });
});

describe('estimateFromInputs', () => {
  it('computes when every required input is present', () => {
    const outcome = estimateFromInputs(EXAMPLE_SESSION_ESTIMATE.inputs);
    expect(outcome.ok && outcome.result.storageBytesTotal).toBe(36.5e12);
  });

  it('names each blank or invalid field without throwing', () => {
    const outcome = estimateFromInputs({ dailyActiveUsers: -5, writesPerUserPerDay: null, readsPerWrite: 1, bytesPerWrite: 1, retentionYears: 1, cacheHotFraction: 2 });
    expect(outcome).toEqual({
      ok: false,
      fieldErrors: {
        dailyActiveUsers: 'dailyActiveUsers must not be negative',
        writesPerUserPerDay: 'Required',
        cacheHotFraction: 'cacheHotFraction must be between 0 and 1',
      },
    });
  });
});

describe('candidateFigures', () => {
  it('prefers the saved snapshot, else recomputes, else is empty', () => {
    expect(candidateFigures({ inputs: {}, lines: [], results: { writesPerSecond: 5 } })).toEqual({ writesPerSecond: 5 });
    expect(candidateFigures(EXAMPLE_SESSION_ESTIMATE).writesPerSecond).toBeCloseTo(1157.407, 3);
    expect(candidateFigures(EMPTY_SESSION_ESTIMATE)).toEqual({});
  });
});

describe('withResults', () => {
  it('snapshots the figures of valid inputs and drops a stale snapshot otherwise', () => {
    const fresh = withResults(EXAMPLE_SESSION_ESTIMATE);
    expect(fresh.results?.storageBytesTotal).toBe(36.5e12);
    expect(fresh.lines).toBe(EXAMPLE_SESSION_ESTIMATE.lines);
    const invalid = withResults({ ...fresh, inputs: { ...fresh.inputs, bytesPerWrite: -1 } });
    expect(invalid).not.toHaveProperty('results');
  });
});
