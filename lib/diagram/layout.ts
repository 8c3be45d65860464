import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { nodeSize, type EdgeLike, type Graph, type NodeLike, type XY } from './shapes';

/**
 * Automatic layout with ELK's layered algorithm: requests flow left to right, containers are laid out
 * with their contents (ELK returns child positions relative to the parent, as React Flow wants).
 */
export interface LayoutResult {
  positions: Map<string, XY>;
  /** New sizes of containers, grown or shrunk to fit what they hold. */
  sizes: Map<string, { width: number; height: number }>;
}

const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '48',
};
// Room for a container's title bar above what it holds.
const CONTAINER_OPTIONS = { 'elk.padding': '[top=56,left=32,bottom=32,right=32]' };

let elk: InstanceType<typeof ELK> | undefined;

function toElkNode(node: NodeLike, childrenOf: Map<string | undefined, NodeLike[]>): ElkNode {
  const children = childrenOf.get(node.id) ?? [];
  const size = nodeSize(node);
  if (children.length === 0) return { id: node.id, ...size };
  return { id: node.id, layoutOptions: CONTAINER_OPTIONS, children: children.map((c) => toElkNode(c, childrenOf)) };
}

function collect(node: ElkNode, result: LayoutResult, containers: ReadonlySet<string>): void {
  result.positions.set(node.id, { x: Math.round(node.x ?? 0), y: Math.round(node.y ?? 0) });
  if (containers.has(node.id) && node.width !== undefined && node.height !== undefined) {
    result.sizes.set(node.id, { width: Math.round(node.width), height: Math.round(node.height) });
  }
  for (const child of node.children ?? []) collect(child, result, containers);
}

/** Computes new positions for every node; the caller applies them (as one undoable step). */
export async function layoutDiagram(graph: Graph<NodeLike, EdgeLike>): Promise<LayoutResult> {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const childrenOf = new Map<string | undefined, NodeLike[]>();
  for (const node of graph.nodes) {
    const key = node.parentId && ids.has(node.parentId) ? node.parentId : undefined;
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), node]);
  }
  const edges: ElkExtendedEdge[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const root: ElkNode = {
    id: '__root__',
    layoutOptions: LAYOUT_OPTIONS,
    children: (childrenOf.get(undefined) ?? []).map((n) => toElkNode(n, childrenOf)),
    edges,
  };
  elk ??= new ELK();
  const laidOut = await elk.layout(root);
  const result: LayoutResult = { positions: new Map(), sizes: new Map() };
  const containers = new Set(graph.nodes.filter((n) => n.type === 'group').map((n) => n.id));
  for (const child of laidOut.children ?? []) collect(child, result, containers);
  return result;
}

/** Applies a layout result to nodes, keeping everything else about them. */
export function applyLayout<N extends NodeLike>(nodes: readonly N[], layout: LayoutResult): N[] {
  return nodes.map((node) => {
    const position = layout.positions.get(node.id);
    const size = layout.sizes.get(node.id);
    if (!position) return node;
    return size ? { ...node, position, width: size.width, height: size.height } : { ...node, position };
  });
}
