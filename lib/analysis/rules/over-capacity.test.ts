import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { overCapacity } from './over-capacity';

const estimate = { peakReadsPerSecond: 13_000, peakWritesPerSecond: 1_300 };

describe('over-capacity', () => {
  it('flags a service past its capacity, with the numbers', () => {
    const diagram = design({ web: 'client', api: ['service', { label: 'API', instances: 2, capacityPerInstance: 5_000 }] }, ['web>api']);
    const [found] = overCapacity(ruleContext({ diagram, estimate }));
    expect(found?.severity).toBe('error');
    expect(found?.message).toContain("Service 'API' would run at 143% of capacity: 14,300 req/s ÷ (2 × 5,000 req/s)");
  });

  it('warns above 70% and passes below', () => {
    const at80 = design({ web: 'client', api: ['service', { instances: 2, capacityPerInstance: 9_000 }] }, ['web>api']);
    expect(overCapacity(ruleContext({ diagram: at80, estimate })).map((f) => f.severity)).toEqual(['warning']);
    const at48 = design({ web: 'client', api: ['service', { instances: 3, capacityPerInstance: 10_000 }] }, ['web>api']);
    expect(overCapacity(ruleContext({ diagram: at48, estimate }))).toEqual([]);
  });
});
