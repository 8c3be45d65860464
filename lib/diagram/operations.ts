import { CATALOGUE, defaultComponentData, isGroupKind } from './catalogue';
import { edgesTouching, sortParentsFirst, withDescendants } from './graph';
import type { NodeKind } from './kinds';
import type { DiagramNode } from './schema';
import { nodeSize, type EdgeLike, type Graph, type NodeLike, type XY } from './shapes';

/**
 * Pure edits of a diagram. Ids come from a caller-supplied generator so tests are deterministic and
 * the browser can use crypto.randomUUID.
 */
export type MakeId = (prefix: 'n' | 'e') => string;

/** "Service", then "Service 2", "Service 3"… so labels stay distinguishable. */
export function nextLabel(labels: Iterable<string>, base: string): string {
  const taken = new Set(labels);
  if (!taken.has(base)) return base;
  let i = 2;
  while (taken.has(`${base} ${i}`)) i += 1;
  return `${base} ${i}`;
}

/** A new node of `kind` whose top-left corner is at `position`. */
export function createNode(kind: NodeKind, position: XY, id: string, label = CATALOGUE[kind].label): DiagramNode {
  if (kind === 'note') return { id, type: 'note', position, data: { kind, label } };
  if (isGroupKind(kind)) {
    const size = nodeSize({ id, type: 'group', position });
    return { id, type: 'group', position, ...size, data: { kind, label } };
  }
  return { id, type: 'component', position, data: { ...defaultComponentData(kind), label } };
}

/** Position of a node on the canvas, adding up its containers' positions. */
export function absolutePosition(nodes: readonly NodeLike[], id: string): XY {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let node = byId.get(id);
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  while (node && !seen.has(node.id)) {
    seen.add(node.id);
    x += node.position.x;
    y += node.position.y;
    node = node.parentId ? byId.get(node.parentId) : undefined;
  }
  return { x, y };
}

/** Removes nodes (with everything nested in them) and edges, plus every edge left dangling. */
export function removeElements<N extends NodeLike, E extends EdgeLike>(graph: Graph<N, E>, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Graph<N, E> {
  const goneNodes = withDescendants(graph.nodes, nodeIds);
  const goneEdges = new Set([...edgeIds, ...edgesTouching(graph.edges, goneNodes)]);
  return {
    nodes: graph.nodes.filter((n) => !goneNodes.has(n.id)),
    edges: graph.edges.filter((e) => !goneEdges.has(e.id)),
  };
}

/**
 * Moves a node into `parentId` (or out to the canvas with undefined), keeping it where it is on screen
 * by converting between absolute and parent-relative positions. Refuses to nest a node in itself or in
 * one of its own descendants, and anything into a non-container.
 */
export function setParent<N extends NodeLike>(nodes: readonly N[], id: string, parentId: string | undefined): N[] {
  const node = nodes.find((n) => n.id === id);
  if (!node || node.parentId === parentId) return [...nodes];
  if (parentId !== undefined) {
    const parent = nodes.find((n) => n.id === parentId);
    if (!parent || parent.type !== 'group' || withDescendants(nodes, [id]).has(parentId)) return [...nodes];
  }
  const absolute = absolutePosition(nodes, id);
  const origin = parentId ? absolutePosition(nodes, parentId) : { x: 0, y: 0 };
  const moved = { ...node, parentId, position: { x: absolute.x - origin.x, y: absolute.y - origin.y } };
  return sortParentsFirst(nodes.map((n) => (n.id === id ? moved : n)));
}

/** The smallest container whose area holds `point`, ignoring `excludeIds`. */
export function containerAt(nodes: readonly NodeLike[], point: XY, excludeIds: ReadonlySet<string> = new Set()): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const node of nodes) {
    if (node.type !== 'group' || excludeIds.has(node.id)) continue;
    const origin = absolutePosition(nodes, node.id);
    const { width, height } = nodeSize(node);
    const inside = point.x >= origin.x && point.x <= origin.x + width && point.y >= origin.y && point.y <= origin.y + height;
    if (inside && (!best || width * height < best.area)) best = { id: node.id, area: width * height };
  }
  return best?.id;
}

/** After a drag: nest the node in the container under its centre, or take it out of its old one. */
export function nestAfterDrag<N extends NodeLike>(nodes: readonly N[], id: string): N[] {
  const node = nodes.find((n) => n.id === id);
  if (!node) return [...nodes];
  const { width, height } = nodeSize(node);
  const topLeft = absolutePosition(nodes, id);
  const centre = { x: topLeft.x + width / 2, y: topLeft.y + height / 2 };
  const target = containerAt(nodes, centre, withDescendants(nodes, [id]));
  return target === node.parentId ? [...nodes] : setParent(nodes, id, target);
}
