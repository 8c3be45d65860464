import { describe, expect, it } from 'vitest';
import { CATALOGUE, defaultComponentData, kindsByGroup } from './catalogue';
import { COMPONENT_KINDS, GROUP_KINDS } from './kinds';
import { componentDataSchema } from './schema';

describe('catalogue', () => {
  it('describes every kind, with the issue’s labels', () => {
    for (const kind of [...COMPONENT_KINDS, ...GROUP_KINDS, 'note' as const]) {
      expect(CATALOGUE[kind].label.length).toBeGreaterThan(0);
      expect(CATALOGUE[kind].description.length).toBeGreaterThan(0);
    }
    expect(CATALOGUE['load-balancer'].label).toBe('Load balancer');
    expect(CATALOGUE['sql-database'].label).toBe('SQL database');
  });

  it('groups every kind exactly once', () => {
    const all = kindsByGroup().flatMap((g) => g.kinds);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(COMPONENT_KINDS.length + GROUP_KINDS.length + 1);
  });

  it('default data is valid and gives scalable kinds one instance', () => {
    for (const kind of COMPONENT_KINDS) expect(componentDataSchema.safeParse(defaultComponentData(kind)).success).toBe(true);
    expect(defaultComponentData('service').instances).toBe(1);
    expect(defaultComponentData('monitoring').instances).toBeUndefined();
  });

  it('offers database fields for databases and cache fields for caches', () => {
    expect(CATALOGUE['sql-database'].fields).toEqual(expect.arrayContaining(['shards', 'replicationMode']));
    expect(CATALOGUE.cache.fields).toEqual(expect.arrayContaining(['evictionPolicy', 'ttlSeconds']));
    expect(CATALOGUE.cache.suggestions).toContain('Redis');
  });
});
