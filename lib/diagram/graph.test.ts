import { describe, expect, it } from 'vitest';
import { ancestorIds, buildAdjacency, edgesTouching, reachableFrom, sortParentsFirst, withDescendants } from './graph';

const e = (id: string, source: string, target: string) => ({ id, source, target });
const n = (id: string, parentId?: string) => ({ id, position: { x: 0, y: 0 }, parentId });

describe('graph helpers', () => {
  const edges = [e('1', 'a', 'b'), e('2', 'b', 'c'), e('3', 'c', 'a'), e('4', 'd', 'a')];

  it('builds adjacency both ways', () => {
    const adj = buildAdjacency(edges);
    expect(adj.out.get('a')).toEqual(['b']);
    expect(adj.in.get('a')).toEqual(['c', 'd']);
  });

  it('finds reachable nodes through cycles', () => {
    expect([...reachableFrom(edges, 'a')].sort()).toEqual(['b', 'c']);
    expect([...reachableFrom(edges, 'd')].sort()).toEqual(['a', 'b', 'c']);
  });

  it('lists touching edges', () => {
    expect([...edgesTouching(edges, new Set(['d']))]).toEqual(['4']);
  });

  it('walks containment', () => {
    const nodes = [n('c', 'b'), n('b', 'a'), n('a'), n('x')];
    expect([...withDescendants(nodes, ['a'])].sort()).toEqual(['a', 'b', 'c']);
    expect(ancestorIds(nodes, 'c')).toEqual(['b', 'a']);
    expect(sortParentsFirst(nodes).map((x) => x.id)).toEqual(['a', 'b', 'c', 'x']);
  });

  it('survives parent cycles', () => {
    const nodes = [n('a', 'b'), n('b', 'a')];
    expect(ancestorIds(nodes, 'a')).toEqual(['b']);
    expect(sortParentsFirst(nodes)).toHaveLength(2);
  });
});
