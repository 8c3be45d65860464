import { describe, expect, it } from 'vitest';
import { generateDiagram } from './generate';
import { diagramSchema, saveDiagramSchema } from './schema';

const node = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: 'component', position: { x: 0, y: 0 }, data: { kind: 'service', label: id }, ...extra });

describe('diagramSchema', () => {
  it('accepts a valid diagram and defaults edge data to sync', () => {
    const parsed = diagramSchema.parse({ nodes: [node('a'), node('b')], edges: [{ id: 'e', source: 'a', target: 'b' }] });
    expect(parsed.edges[0]?.data).toEqual({ kind: 'sync' });
  });

  it('rejects unknown kinds', () => {
    const result = diagramSchema.safeParse({ nodes: [{ ...node('a'), data: { kind: 'mainframe', label: 'x' } }], edges: [] });
    expect(result.success).toBe(false);
  });

  it('rejects edges to missing nodes and duplicate ids', () => {
    const result = diagramSchema.safeParse({ nodes: [node('a'), node('a')], edges: [{ id: 'e', source: 'a', target: 'zz' }] });
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain('Duplicate node id "a"');
    expect(messages).toContain('Edge "e" points at unknown node "zz"');
  });

  it('requires parents to be containers', () => {
    const result = diagramSchema.safeParse({ nodes: [node('a'), node('b', { parentId: 'a' })], edges: [] });
    expect(result.success).toBe(false);
    const ok = diagramSchema.safeParse({
      nodes: [{ id: 'r', type: 'group', position: { x: 0, y: 0 }, data: { kind: 'region', label: 'EU' } }, node('b', { parentId: 'r' })],
      edges: [],
    });
    expect(ok.success).toBe(true);
  });

  it('bounds label length and node count', () => {
    expect(diagramSchema.safeParse({ nodes: [node('a', { data: { kind: 'cache', label: 'x'.repeat(81) } })], edges: [] }).success).toBe(false);
    const many = Array.from({ length: 1001 }, (_, i) => node(`n${i}`));
    expect(diagramSchema.safeParse({ nodes: many, edges: [] }).success).toBe(false);
  });

  it('accepts a generated 500-node, 1,000-edge diagram', () => {
    const diagram = generateDiagram(500, 1000);
    expect(diagram.edges).toHaveLength(1000);
    expect(diagramSchema.safeParse(diagram).success).toBe(true);
  });

  it('saveDiagramSchema requires a base version', () => {
    expect(saveDiagramSchema.safeParse({ nodes: [], edges: [] }).success).toBe(false);
    expect(saveDiagramSchema.safeParse({ baseVersion: 0, nodes: [], edges: [] }).success).toBe(true);
  });
});
