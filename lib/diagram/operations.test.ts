import { describe, expect, it } from 'vitest';
import { absolutePosition, containerAt, createNode, nestAfterDrag, nextLabel, removeElements, setParent } from './operations';
import { diagramSchema, type DiagramEdge, type DiagramNode } from './schema';

const region = (): DiagramNode => ({ ...createNode('region', { x: 100, y: 100 }, 'r'), width: 400, height: 300 });
const service = (id: string, x = 0, y = 0): DiagramNode => createNode('service', { x, y }, id);
const edge = (id: string, source: string, target: string): DiagramEdge => ({ id, source, target, data: { kind: 'sync' } });

describe('createNode', () => {
  it('creates each node type with catalogue defaults', () => {
    expect(createNode('load-balancer', { x: 1, y: 2 }, 'a')).toMatchObject({ type: 'component', data: { kind: 'load-balancer', label: 'Load balancer', instances: 1 } });
    expect(createNode('zone', { x: 0, y: 0 }, 'z')).toMatchObject({ type: 'group', width: 420, height: 280 });
    expect(createNode('note', { x: 0, y: 0 }, 'n').type).toBe('note');
  });

  it('numbers repeated labels', () => {
    expect(nextLabel([], 'Service')).toBe('Service');
    expect(nextLabel(['Service', 'Service 2'], 'Service')).toBe('Service 3');
  });
});

describe('removeElements', () => {
  it('removes dependent edges and nested nodes', () => {
    const nodes = [region(), { ...service('a'), parentId: 'r' }, service('b')];
    const edges = [edge('e1', 'a', 'b'), edge('e2', 'b', 'b')];
    const result = removeElements({ nodes, edges }, ['r']);
    expect(result.nodes.map((n) => n.id)).toEqual(['b']);
    expect(result.edges.map((e) => e.id)).toEqual(['e2']);
  });

  it('removes chosen edges only', () => {
    const result = removeElements({ nodes: [service('a'), service('b')], edges: [edge('e1', 'a', 'b')] }, [], ['e1']);
    expect(result.nodes).toHaveLength(2);
    expect(result.edges).toHaveLength(0);
  });
});

describe('nesting', () => {
  it('converts to relative position when nesting and back when leaving', () => {
    const nodes = [service('a', 150, 160), region()];
    const nested = setParent(nodes, 'a', 'r');
    expect(nested.map((n) => n.id)).toEqual(['r', 'a']);
    expect(nested.find((n) => n.id === 'a')).toMatchObject({ parentId: 'r', position: { x: 50, y: 60 } });
    expect(absolutePosition(nested, 'a')).toEqual({ x: 150, y: 160 });
    const out = setParent(nested, 'a', undefined);
    expect(out.find((n) => n.id === 'a')).toMatchObject({ parentId: undefined, position: { x: 150, y: 160 } });
    expect(diagramSchema.safeParse({ nodes: nested, edges: [] }).success).toBe(true);
  });

  it('refuses non-containers and cycles', () => {
    const nodes = [region(), { ...createNode('zone', { x: 10, y: 10 }, 'z'), parentId: 'r' }, service('a')];
    expect(setParent(nodes, 'r', 'z').find((n) => n.id === 'r')?.parentId).toBeUndefined();
    expect(setParent(nodes, 'r', 'a').find((n) => n.id === 'r')?.parentId).toBeUndefined();
  });

  it('finds the innermost container under a point', () => {
    const nodes = [region(), { ...createNode('zone', { x: 10, y: 40 }, 'z'), width: 200, height: 150, parentId: 'r' }];
    expect(containerAt(nodes, { x: 150, y: 180 })).toBe('z');
    expect(containerAt(nodes, { x: 450, y: 380 })).toBe('r');
    expect(containerAt(nodes, { x: 0, y: 0 })).toBeUndefined();
  });

  it('nests a dropped node by its centre, and unnests it when dragged out', () => {
    const inside = nestAfterDrag([region(), service('a', 200, 200)], 'a');
    expect(inside.find((n) => n.id === 'a')?.parentId).toBe('r');
    const moved = inside.map((n) => (n.id === 'a' ? { ...n, position: { x: 900, y: 900 } } : n));
    const outside = nestAfterDrag(moved, 'a');
    expect(outside.find((n) => n.id === 'a')).toMatchObject({ parentId: undefined, position: { x: 1000, y: 1000 } });
  });
});
