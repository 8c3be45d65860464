import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { noRateLimit } from './no-rate-limit';

describe('no-rate-limit', () => {
  it('flags services clients reach with no limiter or gateway', () => {
    const diagram = design({ web: 'client', lb: 'load-balancer', api: 'service' }, ['web>lb', 'lb>api']);
    expect(noRateLimit(ruleContext({ diagram }))).toMatchObject([{ nodeIds: ['api'], severity: 'warning' }]);
  });

  it('passes a gateway at the edge and a service that consults a rate limiter', () => {
    const gateway = design({ web: 'client', gw: 'api-gateway', api: 'service' }, ['web>gw', 'gw>api']);
    const consults = design({ web: 'client', api: 'service', rl: 'rate-limiter' }, ['web>api', 'api>rl']);
    expect(noRateLimit(ruleContext({ diagram: gateway }))).toEqual([]);
    expect(noRateLimit(ruleContext({ diagram: consults }))).toEqual([]);
  });
});
