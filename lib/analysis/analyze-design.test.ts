import { describe, expect, it } from 'vitest';
import { analyzeDesign } from './analyze-design';
import { design } from './fixtures';

/** Follows the checklist in docs/analysis.md: it should pass every rule. */
const wellBuilt = design(
  {
    web: 'client',
    dns: ['dns', { instances: 2 }],
    lb: ['load-balancer', { instances: 2 }],
    gw: ['api-gateway', { instances: 2, capacityPerInstance: 20_000 }],
    api: ['service', { instances: 4, capacityPerInstance: 5_000 }],
    cache: ['cache', { instances: 2, capacityPerInstance: 100_000 }],
    db: ['sql-database', { replicas: 2, capacityPerInstance: 10_000 }],
    q: ['queue', { instances: 3 }],
    notify: ['worker', { label: 'Notification worker', instances: 2 }],
    mon: 'monitoring',
  },
  ['web>dns', 'web>lb', 'lb>gw', 'gw>api', 'api>cache:read', 'api>db', 'api>q:async', 'q>notify:async'],
);
const estimate = { peakReadsPerSecond: 10_000, peakWritesPerSecond: 500 };
const targets = { availability: 0.9999, latencyMsP99: 200 };

describe('analyzeDesign', () => {
  it('finds nothing wrong with a design that follows the checklist', () => {
    const result = analyzeDesign({ diagram: wellBuilt, estimate, targets });
    expect(result.findings).toEqual([]);
    expect(result.nodes.api?.utilization).toBeCloseTo(10_500 / 20_000);
    expect(result.availability?.value).toBeGreaterThan(0.9999);
    expect(result.latencyMs?.path).toEqual(['web', 'lb', 'gw', 'api', 'db']);
  });

  it('sorts findings by severity, then rule, deterministically', () => {
    const broken = design({ web: 'client', db: 'sql-database', x: 'service', c: 'cache' }, ['web>db', 'web>x', 'x>c:write']);
    const first = analyzeDesign({ diagram: broken, estimate, targets });
    const severities = first.findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    expect(first.findings.map((f) => f.rule)).toContain('client-to-database');
    expect(first.findings.map((f) => f.rule)).toContain('cache-only-storage');
    expect(analyzeDesign({ diagram: { nodes: [...broken.nodes].reverse(), edges: [...broken.edges].reverse() }, estimate, targets })).toEqual(first);
  });

  it('answers an empty diagram with no findings and no figures', () => {
    expect(analyzeDesign({ diagram: { nodes: [], edges: [] } })).toEqual({ findings: [], nodes: {} });
  });
});
