import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { noLoadBalancer } from './no-load-balancer';

describe('no-load-balancer', () => {
  it('flags a multi-instance service called directly', () => {
    const diagram = design({ web: 'client', api: ['service', { instances: 3 }] }, ['web>api']);
    const findings = noLoadBalancer(ruleContext({ diagram }));
    expect(findings.map((f) => f.nodeIds)).toEqual([['api', 'web']]);
    expect(findings[0]?.message).toContain('3 instances');
  });

  it('passes services behind a load balancer and workers fed by a queue', () => {
    const diagram = design(
      { web: 'client', lb: 'load-balancer', api: ['service', { instances: 3 }], q: 'queue', w: ['worker', { instances: 4 }] },
      ['web>lb', 'lb>api', 'api>q:async', 'q>w:async'],
    );
    expect(noLoadBalancer(ruleContext({ diagram }))).toEqual([]);
  });
});
