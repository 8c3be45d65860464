import { describe, expect, it } from 'vitest';
import { createNode } from './operations';
import { DiagramImportError, diagramToJson, parseDiagramJson, toCanvasState, toSavedDiagram, type CanvasEdge, type CanvasNode } from './serialize';

describe('toSavedDiagram', () => {
  it('strips UI-only fields', () => {
    const nodes: CanvasNode[] = [{ ...createNode('cache', { x: 1, y: 2 }, 'a'), selected: true, dragging: false, measured: { width: 10, height: 5 } }];
    const edges: CanvasEdge[] = [{ id: 'e', source: 'a', target: 'a', type: 'typed', selected: true, data: { kind: 'async' }, sourceHandle: null }];
    expect(toSavedDiagram(nodes, edges)).toEqual({
      nodes: [{ id: 'a', type: 'component', position: { x: 1, y: 2 }, data: { kind: 'cache', label: 'Cache', instances: 1 } }],
      edges: [{ id: 'e', source: 'a', target: 'a', data: { kind: 'async' } }],
    });
  });

  it('round-trips through canvas state', () => {
    const diagram = { nodes: [createNode('client', { x: 0, y: 0 }, 'a')], edges: [{ id: 'e', source: 'a', target: 'a', data: { kind: 'sync' as const } }] };
    const state = toCanvasState(diagram);
    expect(state.edges[0]?.type).toBe('typed');
    expect(toSavedDiagram(state.nodes, state.edges)).toEqual(diagram);
  });
});

describe('parseDiagramJson', () => {
  const valid = { nodes: [createNode('client', { x: 0, y: 0 }, 'a')], edges: [] };

  it('parses an exported diagram', () => {
    expect(parseDiagramJson(diagramToJson(valid))).toEqual(valid);
  });

  it('names the problem for bad files', () => {
    expect(() => parseDiagramJson('{nope')).toThrow('not valid JSON');
    expect(() => parseDiagramJson('[1,2]')).toThrow(DiagramImportError);
    const badKind = JSON.stringify({ nodes: [{ ...valid.nodes[0], data: { kind: 'mainframe', label: 'x' } }], edges: [] });
    expect(() => parseDiagramJson(badKind)).toThrow(/at nodes\[0\]\.data\.kind/);
    const dangling = JSON.stringify({ ...valid, edges: [{ id: 'e', source: 'a', target: 'ghost' }] });
    expect(() => parseDiagramJson(dangling)).toThrow(/unknown node "ghost"/);
  });

  it('refuses files over 1 MB', () => {
    expect(() => parseDiagramJson(' '.repeat(1_000_001))).toThrow(/larger than 1 MB/);
  });
});
