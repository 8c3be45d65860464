import { describe, expect, it } from 'vitest';
import { design } from './fixtures';
import { buildGraph } from './graph';
import { computeLoad, nodeFigures } from './load';

const estimate = { peakReadsPerSecond: 10_000, peakWritesPerSecond: 1_000 };
const loadsOf = (diagram: ReturnType<typeof design>) => Object.fromEntries(computeLoad(buildGraph(diagram), estimate));

describe('computeLoad', () => {
  it('splits across same-kind targets and sends read and write edges their kind', () => {
    const loads = loadsOf(
      design({ web: 'client', lb: 'load-balancer', a: 'service', b: 'service', db: 'sql-database', q: 'queue' }, [
        'web>lb', 'lb>a', 'lb>b', 'a>db:read', 'b>db:write', 'b>q:async',
      ]),
    );
    expect(loads.a).toEqual({ reads: 5_000, writes: 500 });
    expect(loads.db).toEqual({ reads: 5_000, writes: 500 });
    expect(loads.q).toEqual({ reads: 0, writes: 500 });
  });

  it('passes on only the misses of a cache (80% hits by default), in line or aside', () => {
    const inline = loadsOf(design({ web: 'client', c: 'cache', db: 'sql-database' }, ['web>c', 'c>db']));
    expect(inline.db?.reads).toBeCloseTo(2_000);
    expect(inline.db?.writes).toBe(1_000);
    const aside = loadsOf(design({ web: 'client', c: ['cache', { hitRatio: 0.95 }], db: 'sql-database' }, ['web>c:read', 'web>db']));
    expect(aside.c?.reads).toBe(10_000);
    expect(aside.db?.reads).toBeCloseTo(500);
  });

  it('splits the estimate across clients and ignores edges that close a cycle', () => {
    const loads = loadsOf(design({ web: 'client', app: 'client', a: 'service', b: 'worker' }, ['web>a', 'app>a', 'a>b', 'b>a']));
    expect(loads.web).toEqual({ reads: 5_000, writes: 500 });
    expect(loads.a).toEqual({ reads: 10_000, writes: 1_000 });
    expect(loads.b).toEqual({ reads: 10_000, writes: 1_000 });
  });

  it('carries nothing without an estimate or a client', () => {
    expect(computeLoad(buildGraph(design({ web: 'client' })), undefined).size).toBe(0);
    expect(computeLoad(buildGraph(design({ a: 'service' })), estimate).size).toBe(0);
  });
});

describe('nodeFigures', () => {
  it('computes utilization = load ÷ (instances × capacity) with its working', () => {
    const diagram = design({ web: 'client', api: ['service', { instances: 4, capacityPerInstance: 5_000 }], q: 'queue' }, ['web>api', 'api>q:async']);
    const graph = buildGraph(diagram);
    const figures = nodeFigures(graph, computeLoad(graph, estimate));
    expect(figures.api).toEqual({
      loadPerSecond: 11_000,
      utilization: 0.55,
      working: '10,000 req/s reads + 1,000 req/s writes = 11,000 req/s; 11,000 req/s ÷ (4 × 5,000 req/s) = 55%',
    });
    expect(figures.q).toMatchObject({ loadPerSecond: 1_000 });
    expect(figures.q?.utilization).toBeUndefined();
    expect(figures.web).toBeUndefined();
  });
});
