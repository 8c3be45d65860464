import { withDescendants } from './graph';
import { absolutePosition, type MakeId } from './operations';
import type { EdgeLike, Graph, NodeLike, XY } from './shapes';

/**
 * Copy, paste and duplicate. A copied selection is self-contained: its top-level nodes carry absolute
 * positions and no parent, and it holds only edges between copied nodes, so it can be pasted anywhere,
 * even into another diagram.
 */
export function copySelection<N extends NodeLike, E extends EdgeLike>(graph: Graph<N, E>, nodeIds: Iterable<string>): Graph<N, E> {
  const ids = withDescendants(graph.nodes, nodeIds);
  const nodes = graph.nodes
    .filter((n) => ids.has(n.id))
    .map((n) => (n.parentId && ids.has(n.parentId) ? n : { ...n, parentId: undefined, position: absolutePosition(graph.nodes, n.id) }));
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  return { nodes, edges };
}

/**
 * Adds a copied selection with fresh ids, edges and parents remapped, top-level nodes shifted by
 * `offset`. The pasted elements come out selected and everything else deselected, like other editors.
 */
export function pasteClipboard<N extends NodeLike, E extends EdgeLike>(graph: Graph<N, E>, clip: Graph<N, E>, makeId: MakeId, offset: XY): Graph<N, E> & { newNodeIds: string[] } {
  const idMap = new Map(clip.nodes.map((n) => [n.id, makeId('n')]));
  const newNodes = clip.nodes.map((n) => {
    const parentId = n.parentId ? idMap.get(n.parentId) : undefined;
    const position = parentId ? n.position : { x: n.position.x + offset.x, y: n.position.y + offset.y };
    return { ...n, id: idMap.get(n.id) as string, parentId, position, selected: true };
  });
  const newEdges = clip.edges.flatMap((e) => {
    const source = idMap.get(e.source);
    const target = idMap.get(e.target);
    return source && target ? [{ ...e, id: makeId('e'), source, target, selected: false }] : [];
  });
  return {
    nodes: [...graph.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...newNodes],
    edges: [...graph.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...newEdges],
    newNodeIds: newNodes.map((n) => n.id),
  };
}

/** Copy and paste in one step, offset so the copies do not hide the originals. */
export function duplicateSelection<N extends NodeLike, E extends EdgeLike>(graph: Graph<N, E>, nodeIds: Iterable<string>, makeId: MakeId, offset: XY = { x: 32, y: 32 }): Graph<N, E> & { newNodeIds: string[] } {
  return pasteClipboard(graph, copySelection(graph, nodeIds), makeId, offset);
}
