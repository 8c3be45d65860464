import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/analysis/schema';
import { conceptTitle, findingKey, groupBySeverity, utilizationMap, utilizationTone } from './severity';

const finding = (severity: Finding['severity'], message: string): Finding => ({
  rule: 'no-cache',
  severity,
  nodeIds: ['a'],
  edgeIds: [],
  message,
  concept: 'caching',
});

describe('analysis presentation helpers', () => {
  it('groups findings by severity, errors first, skipping empty groups', () => {
    const groups = groupBySeverity([finding('warning', 'w'), finding('error', 'e1'), finding('error', 'e2')]);
    expect(groups.map((g) => [g.severity, g.findings.map((f) => f.message)])).toEqual([
      ['error', ['e1', 'e2']],
      ['warning', ['w']],
    ]);
  });

  it('names concepts, keys findings and colours utilization', () => {
    expect(conceptTitle('load-balancing')).toBe('Load balancing');
    expect(findingKey(finding('info', 'x'))).toBe('no-cache|a||x');
    expect([0.5, 0.8, 1.2].map(utilizationTone)).toEqual(['ok', 'warning', 'error']);
    expect(utilizationMap({ a: { utilization: 0.5, loadPerSecond: 5 }, b: { loadPerSecond: 3 } })).toEqual({ a: 0.5 });
  });
});
