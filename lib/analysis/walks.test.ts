import { describe, expect, it } from 'vitest';
import { design } from './fixtures';
import { buildGraph, isFlowEdge, isRequestEdge } from './graph';
import { acyclicOrder, onEveryPath, reachable, stronglyConnected } from './walks';

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

  it('finds the nodes every path to the targets passes through', () => {
    const diamond = buildGraph(
      design({ c: 'client', lb: 'load-balancer', a: 'service', b: 'service', db: 'sql-database', s3: 'object-storage' }, [
        'c>lb', 'lb>a', 'lb>b', 'a>db', 'b>db', 'b>a', 'a>s3',
      ]),
    );
    expect(onEveryPath(diamond, 'c', ['db'], isFlowEdge)).toEqual(['db', 'lb']);
    expect(onEveryPath(diamond, 'c', ['db', 's3'], isFlowEdge)).toEqual(['lb']);
    expect(onEveryPath(diamond, 'c', ['s3'], isFlowEdge)).toEqual(['a', 'lb', 's3']);
    expect(onEveryPath(diamond, 'c', ['nowhere'], isFlowEdge)).toEqual([]);
  });

  it('ignores edges touching notes and groups', () => {
    expect(graph.in.get('b')?.map((e) => e.source)).toEqual(['a', 'c']);
  });
});
