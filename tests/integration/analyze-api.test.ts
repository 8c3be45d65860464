import { describe, expect, it } from 'vitest';
import { actAs, call } from './support/as-user';
import { POST } from '@/app/api/analyze/route';

const node = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'component',
  position: { x: 0, y: 0 },
  data: { kind, label: id, ...extra },
});
const edge = (id: string, source: string, target: string, kind = 'sync') => ({ id, source, target, data: { kind } });

describe('POST /api/analyze', () => {
  it('explains a client wired straight to a single database', async () => {
    actAs(null);
    const res = await call(POST, {
      body: { nodes: [node('web', 'client'), node('db', 'sql-database')], edges: [edge('e1', 'web', 'db')] },
    });
    expect(res.status).toBe(200);
    const rules = (res.json.findings as { rule: string; nodeIds: string[] }[]).map((f) => f.rule);
    expect(rules).toContain('client-to-database');
    expect(rules).toContain('no-monitoring');
  });

  it('carries the estimate through the design and reports utilization', async () => {
    const res = await call(POST, {
      body: {
        nodes: [node('web', 'client'), node('api', 'service', { instances: 2, capacityPerInstance: 1_000 })],
        edges: [edge('e1', 'web', 'api')],
        estimate: { peakReadsPerSecond: 3_000, peakWritesPerSecond: 0 },
      },
    });
    expect(res.status).toBe(200);
    expect((res.json.nodes as Record<string, { utilization?: number }>).api?.utilization).toBeCloseTo(1.5, 5);
    expect((res.json.findings as { rule: string; severity: string }[]).find((f) => f.rule === 'over-capacity')?.severity).toBe('error');
  });

  it('answers 400 for an invalid diagram and for an unknown problem', async () => {
    const bad = await call(POST, { body: { nodes: [node('x', 'spaceship')], edges: [] } });
    expect(bad.status).toBe(400);
    const dangling = await call(POST, { body: { nodes: [node('a', 'client')], edges: [edge('e', 'a', 'ghost')] } });
    expect(dangling.status).toBe(400);
    const unknown = await call(POST, { body: { nodes: [], edges: [], problemSlug: 'no-such-problem' } });
    expect(unknown.status).toBe(400);
  });

  it('checks the design against the problem’s own availability target', async () => {
    const res = await call(POST, {
      body: { nodes: [node('web', 'client'), node('db', 'sql-database')], edges: [edge('e1', 'web', 'db')], problemSlug: 'url-shortener' },
    });
    expect(res.status).toBe(200);
    expect((res.json.findings as { rule: string }[]).map((f) => f.rule)).toContain('no-replica');
  });
});
