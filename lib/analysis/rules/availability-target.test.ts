import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { availabilityTarget } from './availability-target';

describe('availability-target', () => {
  it('flags single servers against a 99.9% target', () => {
    const diagram = design({ web: 'client', api: 'service', db: 'sql-database' }, ['web>api', 'api>db']);
    const findings = availabilityTarget(ruleContext({ diagram, targets: { availability: 0.999 } }));
    expect(findings).toMatchObject([{ severity: 'error', nodeIds: ['api', 'db', 'web'] }]);
    expect(findings[0]?.message).toContain('99.8%');
  });

  it('passes two copies of everything', () => {
    const diagram = design({ web: 'client', api: ['service', { instances: 2 }], db: ['sql-database', { replicas: 1 }] }, ['web>api', 'api>db']);
    expect(availabilityTarget(ruleContext({ diagram, targets: { availability: 0.9999 } }))).toEqual([]);
  });
});
