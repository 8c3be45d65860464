import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { cacheOnlyStorage } from './cache-only-storage';

describe('cache-only-storage', () => {
  it('flags writes that land only in a cache', () => {
    const diagram = design({ api: 'service', c: 'cache' }, ['api>c:write', 'api>c:read']);
    const findings = cacheOnlyStorage(ruleContext({ diagram }));
    expect(findings).toMatchObject([{ nodeIds: ['api', 'c'], edgeIds: ['api-c-write'], severity: 'error' }]);
  });

  it('passes write-through caches and writers that also write to a store', () => {
    const through = design({ api: 'service', c: 'cache', db: 'sql-database' }, ['api>c:write', 'c>db:write']);
    const aside = design({ api: 'service', c: 'cache', db: 'sql-database' }, ['api>c:write', 'api>db:write']);
    expect(cacheOnlyStorage(ruleContext({ diagram: through }))).toEqual([]);
    expect(cacheOnlyStorage(ruleContext({ diagram: aside }))).toEqual([]);
  });
});
