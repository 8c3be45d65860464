import { describe, expect, it } from 'vitest';
import { ruleContext } from '../analyze-design';
import { design } from '../fixtures';
import { noQueueForSlowWork } from './no-queue-for-slow-work';

describe('no-queue-for-slow-work', () => {
  it('flags notification work called synchronously from the request path', () => {
    const diagram = design({ web: 'client', api: 'service', n: ['service', { label: 'Notification service' }] }, ['web>api', 'api>n']);
    const findings = noQueueForSlowWork(ruleContext({ diagram }));
    expect(findings).toMatchObject([{ nodeIds: ['n'], edgeIds: ['api-n-sync'], severity: 'warning' }]);
  });

  it('passes slow work behind a queue', () => {
    const diagram = design(
      { web: 'client', api: 'service', q: 'queue', n: ['worker', { label: 'Transcoder', technology: 'ffmpeg' }] },
      ['web>api', 'api>q:async', 'q>n:async'],
    );
    expect(noQueueForSlowWork(ruleContext({ diagram }))).toEqual([]);
  });
});

describe('no-queue-for-slow-work naming', () => {
  it('does not flag an API named for notifications that hands its work to a queue', async () => {
    const { analyzeDesign } = await import('../analyze-design');
    const diagram = {
      nodes: [
        { id: 'c', type: 'component' as const, position: { x: 0, y: 0 }, data: { kind: 'client' as const, label: 'Apps' } },
        { id: 'api', type: 'component' as const, position: { x: 1, y: 0 }, data: { kind: 'service' as const, label: 'Notification API', instances: 2 } },
        { id: 'q', type: 'component' as const, position: { x: 2, y: 0 }, data: { kind: 'queue' as const, label: 'Jobs', instances: 3 } },
      ],
      edges: [
        { id: 'e1', source: 'c', target: 'api', data: { kind: 'sync' as const } },
        { id: 'e2', source: 'api', target: 'q', data: { kind: 'async' as const } },
      ],
    };
    const rules = analyzeDesign({ diagram }).findings.map((f) => f.rule);
    expect(rules).not.toContain('no-queue-for-slow-work');
  });

  it('matches words, not fragments inside other words', async () => {
    const { isSlowWork } = await import('./no-queue-for-slow-work');
    const node = (label: string) => ({ id: 'x', type: 'component' as const, position: { x: 0, y: 0 }, data: { kind: 'service' as const, label } });
    expect(isSlowWork(node('Email sender'))).toBe(true);
    expect(isSlowWork(node('Pushes config'))).toBe(false);
    expect(isSlowWork(node('Importer'))).toBe(false);
  });
});
