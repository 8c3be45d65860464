import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { syncCycle } from './sync-cycle';

describe('sync-cycle', () => {
  it('flags services that call each other synchronously', () => {
    const diagram = design({ a: 'service', b: 'service', c: 'service' }, ['a>b', 'b>c:read', 'c>a']);
    const findings = syncCycle(ruleContext({ diagram }));
    expect(findings).toMatchObject([{ nodeIds: ['a', 'b', 'c'], edgeIds: ['a-b-sync', 'b-c-read', 'c-a-sync'] }]);
  });

  it('passes a loop closed by an async edge', () => {
    const diagram = design({ a: 'service', b: 'service', q: 'queue' }, ['a>b', 'b>q:async', 'q>a:async']);
    expect(syncCycle(ruleContext({ diagram }))).toEqual([]);
  });
});
