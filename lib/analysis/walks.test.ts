import { describe, expect, it } from 'vitest';
import { design } from './fixtures';
import { buildGraph, isFlowEdge, isRequestEdge } from './graph';
import { acyclicOrder, reachable, stronglyConnected } from './walks';

const graph = buildGraph(
  design({ a: 'client', b: 'service', c: 'service', d: 'sql-database', n: 'note' }, ['a>b', 'b>c', 'c>b', 'c>d:async', 'n>b']),
);

describe('walks', () => {
  it('finds what a node reaches, respecting blocked nodes', () => {
    expect([...reachable(graph, ['a'], { follow: isFlowEdge })].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...reachable(graph, ['a'], { follow: isRequestEdge })].sort()).toEqual(['a', 'b', 'c']);
    expect([...reachable(graph, ['a'], { follow: isFlowEdge, canEnter: (id) => id !== 'c' })].sort()).toEqual(['a', 'b']);
  });

  it('orders nodes before their targets and sets back edges aside', () => {
    const { order, backEdges } = acyclicOrder(graph, ['a'], isFlowEdge);
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect([...backEdges]).toEqual(['c-b-sync']);
  });

  it('finds strongly connected components', () => {
    expect(stronglyConnected(graph, isRequestEdge).filter((c) => c.length > 1)).toEqual([['b', 'c']]);
  });

  it('ignores edges touching notes and groups', () => {
    expect(graph.in.get('b')?.map((e) => e.source)).toEqual(['a', 'c']);
  });
});
