import { describe, expect, it } from 'vitest';
import { computeAvailability, downtimeMinutesPerMonth, parallelAvailability } from './availability';
import { design } from './fixtures';
import { buildGraph } from './graph';

describe('availability arithmetic', () => {
  it('puts copies in parallel', () => {
    expect(parallelAvailability(0.999, 1)).toBeCloseTo(0.999, 12);
    expect(parallelAvailability(0.999, 2)).toBeCloseTo(0.999999, 12);
    expect(parallelAvailability(0.99, 3)).toBeCloseTo(0.999999, 12);
  });

  it('turns availability into downtime per 30-day month', () => {
    expect(downtimeMinutesPerMonth(0.999)).toBeCloseTo(43.2);
    expect(downtimeMinutesPerMonth(0.9999)).toBeCloseTo(4.32);
  });
});

describe('computeAvailability', () => {
  it('multiplies components in series along the weakest path', () => {
    const diagram = design(
      { web: 'client', lb: ['load-balancer', { instances: 2 }], api: ['service', { instances: 3 }], db: 'sql-database', cdn: 'cdn' },
      ['web>lb', 'lb>api', 'api>db', 'web>cdn'],
    );
    const result = computeAvailability(buildGraph(diagram));
    const expected = (1 - 0.001 ** 2) * (1 - 0.001 ** 3) * 0.999;
    expect(result?.value).toBeCloseTo(expected, 12);
    expect(result?.path).toEqual(['web', 'lb', 'api', 'db']);
    expect(result?.downtimeMinutesPerMonth).toBeCloseTo((1 - expected) * 43_200, 6);
    expect(result?.working).toContain("Load balancer 'lb': 1 − (1 − 0.999)^2 = 99.9999%");
  });

  it('counts replicas, replication edges and overridden availability', () => {
    const diagram = design(
      { web: 'client', api: ['service', { availability: 0.99, replicas: 1 }], db: 'sql-database', db2: 'sql-database' },
      ['web>api', 'api>db', 'db>db2:replication'],
    );
    const result = computeAvailability(buildGraph(diagram));
    expect(result?.value).toBeCloseTo((1 - 0.01 ** 2) * (1 - 0.001 ** 2), 12);
  });
});
