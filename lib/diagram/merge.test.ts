import { describe, expect, it } from 'vitest';
import { mergeDiagrams, sameDiagram } from './merge';
import { createNode } from './operations';
import { diagramSchema, type Diagram, type DiagramNode } from './schema';

const svc = (id: string, label = id): DiagramNode => ({ id, type: 'component', position: { x: 0, y: 0 }, data: { kind: 'service', label, instances: 1 } });
const edge = (id: string, source: string, target: string) => ({ id, source, target, data: { kind: 'sync' as const } });
const base: Diagram = { nodes: [svc('a'), svc('b'), svc('c')], edges: [edge('ab', 'a', 'b')] };
const ids = (d: Diagram) => d.nodes.map((n) => n.id);

describe('mergeDiagrams', () => {
  it('keeps local edits and remote edits to other elements', () => {
    const local = { ...base, nodes: [svc('a', 'A local'), svc('b'), svc('c'), svc('l')] };
    const remote = { ...base, nodes: [svc('a'), svc('b', 'B remote'), svc('c'), svc('r')] };
    const { diagram, conflicts } = mergeDiagrams(base, local, remote);
    expect(diagram.nodes.map((n) => n.data.label)).toEqual(['A local', 'B remote', 'c', 'l', 'r']);
    expect(conflicts).toEqual([]);
  });

  it('lets local win when both changed the same node, and reports it', () => {
    const { diagram, conflicts } = mergeDiagrams(base, { ...base, nodes: [svc('a', 'mine'), svc('b'), svc('c')] }, { ...base, nodes: [svc('a', 'theirs'), svc('b'), svc('c')] });
    expect(diagram.nodes[0]?.data.label).toBe('mine');
    expect(conflicts).toEqual(['a']);
  });

  it('applies deletions from either side and drops dangling edges', () => {
    const local = { nodes: [svc('a'), svc('c')], edges: [] };
    const remote = { nodes: [svc('a'), svc('b')], edges: [edge('ab', 'a', 'b'), edge('ba', 'b', 'a')] };
    const { diagram } = mergeDiagrams(base, local, remote);
    expect(ids(diagram)).toEqual(['a']);
    expect(diagram.edges).toEqual([]);
  });

  it('keeps a local edge to a node the remote side deleted out of the result', () => {
    const local = { nodes: base.nodes, edges: [...base.edges, edge('bc', 'b', 'c')] };
    const remote = { nodes: [svc('a'), svc('b')], edges: base.edges };
    const { diagram } = mergeDiagrams(base, local, remote);
    expect(ids(diagram)).toEqual(['a', 'b']);
    expect(diagram.edges.map((e) => e.id)).toEqual(['ab']);
    expect(diagramSchema.safeParse(diagram).success).toBe(true);
  });

  it('moves a node to the top level when its container was deleted remotely', () => {
    const region = { ...createNode('region', { x: 100, y: 100 }, 'r') };
    const withRegion: Diagram = { nodes: [region, { ...svc('a'), position: { x: 10, y: 10 } }], edges: [] };
    const local: Diagram = { nodes: [region, { ...svc('a'), parentId: 'r', position: { x: 10, y: 10 } }], edges: [] };
    const remote: Diagram = { nodes: [{ ...svc('a'), position: { x: 10, y: 10 } }], edges: [] };
    const { diagram } = mergeDiagrams(withRegion, local, remote);
    expect(diagram.nodes).toEqual([{ ...svc('a'), position: { x: 110, y: 110 }, parentId: undefined }]);
    expect(diagramSchema.safeParse(diagram).success).toBe(true);
  });

  it('is the remote diagram when nothing changed locally', () => {
    const remote = { nodes: [svc('x')], edges: [] };
    expect(sameDiagram(mergeDiagrams(base, base, remote).diagram, remote)).toBe(true);
  });
});
