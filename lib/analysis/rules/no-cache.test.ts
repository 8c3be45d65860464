import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { noCache, readsPerWrite } from './no-cache';

const readHeavy = { peakReadsPerSecond: 10_000, peakWritesPerSecond: 100 };

describe('no-cache', () => {
  it('flags a read-heavy workload read straight from the primary store', () => {
    const diagram = design({ web: 'client', api: 'service', db: 'sql-database' }, ['web>api', 'api>db:read']);
    const findings = noCache(ruleContext({ diagram, estimate: readHeavy }));
    expect(findings.map((f) => f.nodeIds)).toEqual([['api', 'db']]);
    expect(findings[0]?.message).toContain('100 reads per write');
  });

  it('passes cache-aside, a cache on the path, a read replica and write-heavy workloads', () => {
    const aside = design({ web: 'client', api: 'service', c: 'cache', db: 'sql-database' }, ['web>api', 'api>c:read', 'api>db:read']);
    const through = design({ web: 'client', api: 'service', c: 'cache', db: 'sql-database' }, ['web>api', 'api>c:read', 'c>db:read']);
    const replica = design({ web: 'client', api: 'service', db: 'sql-database', r: 'sql-database' }, ['web>api', 'api>r:read', 'db>r:replication']);
    for (const diagram of [aside, through, replica]) expect(noCache(ruleContext({ diagram, estimate: readHeavy }))).toEqual([]);
    const direct = design({ web: 'client', api: 'service', db: 'sql-database' }, ['web>api', 'api>db']);
    expect(noCache(ruleContext({ diagram: direct, estimate: { peakReadsPerSecond: 500, peakWritesPerSecond: 100 } }))).toEqual([]);
  });

  it('takes the ratio from the estimate, else from peak rates', () => {
    expect(readsPerWrite({ ...readHeavy, readsPerWrite: 3 })).toBe(3);
    expect(readsPerWrite(readHeavy)).toBe(100);
    expect(readsPerWrite(undefined)).toBeUndefined();
  });
});
