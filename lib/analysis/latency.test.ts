import { describe, expect, it } from 'vitest';
import { design } from './fixtures';
import { buildGraph } from './graph';
import { computeLatency } from './latency';

describe('computeLatency', () => {
  it('sums round trips and component times along the slowest path', () => {
    const diagram = design(
      { web: 'client', lb: 'load-balancer', api: 'service', c: 'cache', db: 'sql-database', s3: 'object-storage' },
      ['web>lb', 'lb>api', 'api>c:read', 'api>db', 'api>s3:read'],
    );
    const latency = computeLatency(buildGraph(diagram));
    // (0.5 + 0.5) lb + (0.5 + 5) api + (0.5 + 10) object storage
    expect(latency?.value).toBeCloseTo(17);
    expect(latency?.path).toEqual(['web', 'lb', 'api', 's3']);
    expect(latency?.working).toContain("→ Object storage 's3': 0.5 ms round trip + 10 ms");
  });

  it('charges cross-region hops 100 ms and honours latencyMs', () => {
    const diagram = design(
      { web: 'client', api: ['service', { latencyMs: 20 }], db: 'sql-database', eu: 'region', z: 'zone', us: 'region' },
      ['web>api', 'api>db'],
      { z: 'eu', api: 'z', db: 'us' },
    );
    expect(computeLatency(buildGraph(diagram))?.value).toBeCloseTo(0.5 + 20 + 100 + 1);
  });

  it('stops after an async hand-off and at data stores', () => {
    const diagram = design(
      { web: 'client', api: 'service', q: 'queue', w: 'worker', db: 'sql-database', idx: 'search-index' },
      ['web>api', 'api>q:async', 'q>w:async', 'w>db', 'api>db', 'db>idx:async'],
    );
    const latency = computeLatency(buildGraph(diagram));
    expect(latency?.value).toBeCloseTo(0.5 + 5 + 0.5 + 1);
  });

  it('is undefined when no client calls anything', () => {
    expect(computeLatency(buildGraph(design({ web: 'client', api: 'service' })))).toBeUndefined();
  });
});
