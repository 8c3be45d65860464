import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design, HA } from '../fixtures';
import { singlePointOfFailure } from './single-point-of-failure';

describe('single-point-of-failure', () => {
  it('flags a one-instance component every path to the data goes through', () => {
    const diagram = design({ web: 'client', lb: 'load-balancer', api: ['service', HA], db: ['sql-database', HA] }, ['web>lb', 'lb>api', 'api>db']);
    const findings = singlePointOfFailure(ruleContext({ diagram }));
    expect(findings.map((f) => f.nodeIds)).toEqual([['lb']]);
    expect(findings[0]?.severity).toBe('error');
    expect(findings[0]?.message).toContain("Load balancer 'lb'");
  });

  it('passes components with a second instance, a replica or a parallel path', () => {
    const diagram = design(
      { web: 'client', lb: ['load-balancer', { replicas: 1 }], a: 'service', b: 'service', db: ['sql-database', { replicas: 1 }] },
      ['web>lb', 'lb>a', 'lb>b', 'a>db', 'b>db'],
    );
    expect(singlePointOfFailure(ruleContext({ diagram }))).toEqual([]);
  });

  it('leaves data stores to no-replica when the target is 99.9% or more', () => {
    const diagram = design({ web: 'client', api: ['service', HA], db: 'sql-database' }, ['web>api', 'api>db']);
    expect(singlePointOfFailure(ruleContext({ diagram })).map((f) => f.nodeIds)).toEqual([['db']]);
    expect(singlePointOfFailure(ruleContext({ diagram, targets: { availability: 0.999 } }))).toEqual([]);
  });
});
