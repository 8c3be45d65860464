import { describe, expect, it } from 'vitest';
import { copySelection, duplicateSelection, pasteClipboard } from './clipboard';
import { counterIds } from './generate';
import { createNode } from './operations';
import { diagramSchema, type Diagram } from './schema';

function sample(): Diagram {
  return {
    nodes: [
      createNode('region', { x: 100, y: 100 }, 'r'),
      { ...createNode('service', { x: 20, y: 40 }, 'a'), parentId: 'r' },
      createNode('cache', { x: 600, y: 100 }, 'b'),
      createNode('client', { x: 0, y: 0 }, 'c'),
    ],
    edges: [
      { id: 'e1', source: 'a', target: 'b', data: { kind: 'read', label: 'RESP' } },
      { id: 'e2', source: 'c', target: 'a', data: { kind: 'sync' } },
    ],
  };
}

describe('copy and paste', () => {
  it('copies descendants and inner edges only, with absolute positions at the top', () => {
    const clip = copySelection(sample(), ['a', 'b']);
    expect(clip.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(clip.nodes[0]).toMatchObject({ parentId: undefined, position: { x: 120, y: 140 } });
    expect(clip.edges.map((e) => e.id)).toEqual(['e1']);
    expect(copySelection(sample(), ['r']).nodes.map((n) => n.id)).toEqual(['r', 'a']);
  });

  it('pastes with fresh ids, remapped edges and parents, and selects the copies', () => {
    const diagram = sample();
    const clip = copySelection(diagram, ['r', 'b']);
    const result = pasteClipboard(diagram, clip, counterIds(), { x: 10, y: 10 });
    expect(result.newNodeIds).toEqual(['n1', 'n2', 'n3']);
    const pasted = result.nodes.slice(4);
    expect(pasted[1]).toMatchObject({ id: 'n2', parentId: 'n1', position: { x: 20, y: 40 }, selected: true });
    expect(pasted[0]?.position).toEqual({ x: 110, y: 110 });
    expect(result.edges.at(-1)).toMatchObject({ source: 'n2', target: 'n3', data: { kind: 'read', label: 'RESP' } });
    expect(diagramSchema.safeParse({ nodes: result.nodes, edges: result.edges }).success).toBe(true);
  });

  it('duplicates without touching the originals', () => {
    const diagram = sample();
    const before = JSON.stringify(diagram);
    const result = duplicateSelection(diagram, ['c'], counterIds());
    expect(JSON.stringify(diagram)).toBe(before);
    expect(result.nodes).toHaveLength(5);
    expect(result.nodes.at(-1)?.position).toEqual({ x: 32, y: 32 });
  });
});
