import { describe, expect, it } from 'vitest';
import { applyLayout, layoutDiagram } from './layout';
import { createNode } from './operations';
import type { DiagramNode } from './schema';

describe('layoutDiagram', () => {
  it('lays a chain out left to right without overlaps', async () => {
    const nodes = ['a', 'b', 'c'].map((id) => createNode('service', { x: 0, y: 0 }, id));
    const edges = [
      { id: 'e1', source: 'a', target: 'b' },
      { id: 'e2', source: 'b', target: 'c' },
    ];
    const result = await layoutDiagram({ nodes, edges });
    const x = (id: string) => result.positions.get(id)?.x ?? Number.NaN;
    expect(x('a')).toBeLessThan(x('b'));
    expect(x('b') - x('a')).toBeGreaterThanOrEqual(168);
    expect(x('b')).toBeLessThan(x('c'));
  });

  it('keeps children relative to their container and sizes the container', async () => {
    const nodes: DiagramNode[] = [
      createNode('region', { x: 0, y: 0 }, 'r'),
      { ...createNode('service', { x: 0, y: 0 }, 'a'), parentId: 'r' },
      { ...createNode('cache', { x: 0, y: 0 }, 'b'), parentId: 'r' },
      createNode('client', { x: 0, y: 0 }, 'c'),
    ];
    const edges = [
      { id: 'e1', source: 'c', target: 'a' },
      { id: 'e2', source: 'a', target: 'b' },
    ];
    const result = await layoutDiagram({ nodes, edges });
    const size = result.sizes.get('r');
    const a = result.positions.get('a');
    expect(size && a).toBeTruthy();
    expect(a?.x).toBeGreaterThanOrEqual(32);
    expect(a?.y).toBeGreaterThanOrEqual(56);
    expect((a?.x ?? 0) + 168).toBeLessThanOrEqual(size?.width ?? 0);
    const laidOut = applyLayout(nodes, result);
    expect(laidOut.find((n) => n.id === 'r')).toMatchObject({ width: size?.width, height: size?.height });
  });
});
