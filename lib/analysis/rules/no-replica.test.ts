import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { noReplica } from './no-replica';

describe('no-replica', () => {
  it('flags a single-copy store when the target is 99.9% or more', () => {
    const diagram = design({ api: 'service', db: 'sql-database' }, ['api>db']);
    const findings = noReplica(ruleContext({ diagram, targets: { availability: 0.9995 } }));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('99.95%');
    expect(findings[0]?.message).toContain('43.2 min');
  });

  it('passes replicated stores, replication edges and lower targets', () => {
    const diagram = design({ api: 'service', db: ['sql-database', { replicas: 1 }], kv: 'nosql-database', kv2: 'nosql-database' }, ['api>db', 'api>kv', 'kv>kv2:replication']);
    expect(noReplica(ruleContext({ diagram, targets: { availability: 0.9999 } }))).toEqual([]);
    const single = design({ db: 'sql-database' });
    expect(noReplica(ruleContext({ diagram: single, targets: { availability: 0.99 } }))).toEqual([]);
    expect(noReplica(ruleContext({ diagram: single }))).toEqual([]);
  });
});
