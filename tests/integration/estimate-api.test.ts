import { describe, expect, it } from 'vitest';
import { actAs, call } from './support/as-user';
import { POST } from '@/app/api/estimate/route';

const valid = { dailyActiveUsers: 100_000_000, writesPerUserPerDay: 1, readsPerWrite: 10, bytesPerWrite: 100, retentionYears: 10 };

describe('POST /api/estimate', () => {
  it('answers the figures and their working, without signing in', async () => {
    actAs(null);
    const res = await call(POST, { body: valid });
    expect(res.status).toBe(200);
    expect(res.json.writesPerSecond).toBeCloseTo(1157.407, 2);
    expect(res.json.readsPerSecond).toBeCloseTo(11574.07, 1);
    expect(res.json.storageBytesTotal).toBe(36.5e12);
    expect(res.json.cacheBytes).toBeCloseTo(11574.074 * 86_400 * 0.2 * 100, -3);
    const steps = res.json.steps as { label: string; formula: string; value: number; unit: string }[];
    expect(steps.length).toBeGreaterThanOrEqual(9);
    expect(steps.every((s) => Number.isFinite(s.value) && s.formula.length > 0)).toBe(true);
  });

  it.each([
    [{ ...valid, dailyActiveUsers: -1 }, 'dailyActiveUsers'],
    [{ ...valid, bytesPerWrite: '100' }, 'bytesPerWrite'],
    [{ ...valid, replicationFactor: 0.5 }, 'replicationFactor'],
    [{ ...valid, cacheHotFraction: 1.5 }, 'cacheHotFraction'],
    [{ writesPerUserPerDay: 1, readsPerWrite: 1, bytesPerWrite: 1, retentionYears: 1 }, 'dailyActiveUsers'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const res = await call(POST, { body });
    expect(res.status).toBe(400);
    expect(res.json.fields).toHaveProperty([field]);
    expect(String(res.json.error)).toContain(field);
  });

  it('answers 400 for a body that is not JSON, and never NaN or Infinity', async () => {
    expect((await call(POST, { rawBody: 'not json' })).status).toBe(400);
    // JSON cannot carry NaN/Infinity; 1e999 parses as Infinity and must be refused.
    const res = await call(POST, { rawBody: JSON.stringify(valid).replace('100000000', '1e999') });
    expect(res.status).toBe(400);
    expect(res.json.fields).toHaveProperty(['dailyActiveUsers']);
  });
});
