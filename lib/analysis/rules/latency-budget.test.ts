import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { latencyBudget } from './latency-budget';

const diagram = design(
  { web: 'client', api: 'service', db: 'sql-database', eu: 'region', us: 'region' },
  ['web>api', 'api>db'],
  { api: 'eu', db: 'us' },
);

describe('latency-budget', () => {
  it('flags a path slower than the p99 target', () => {
    // 0.5 + 5 (service) + 100 cross-region + 1 (database) = 106.5 ms
    const findings = latencyBudget(ruleContext({ diagram, targets: { latencyMsP99: 100 } }));
    expect(findings).toMatchObject([{ severity: 'error', edgeIds: ['api-db-sync', 'web-api-sync'] }]);
    expect(findings[0]?.message).toContain('106.5 ms');
  });

  it('passes within the target or with no target', () => {
    expect(latencyBudget(ruleContext({ diagram, targets: { latencyMsP99: 200 } }))).toEqual([]);
    expect(latencyBudget(ruleContext({ diagram }))).toEqual([]);
  });
});
