import { DATA_STORE_KINDS, type ComponentKind, type EdgeKind } from '@/lib/diagram/kinds';
import type { ComponentData, Diagram, DiagramEdge, DiagramNode } from '@/lib/diagram/schema';

/**
 * The diagram as analysis sees it: components and the edges between them, indexed both ways. Groups and
 * notes carry no traffic; edges touching them are left out of `out`/`in`.
 */
export type ComponentNode = Extract<DiagramNode, { type: 'component' }>;

export interface AnalysisGraph {
  diagram: Diagram;
  /** Components sorted by id, so every walk is deterministic. */
  components: ComponentNode[];
  byId: Map<string, ComponentNode>;
  out: Map<string, DiagramEdge[]>;
  in: Map<string, DiagramEdge[]>;
  /** Region group id per component (through `parentId`, possibly via a zone), if any. */
  region: Map<string, string | undefined>;
}

/** Edges the caller waits on. */
export const REQUEST_EDGE_KINDS: readonly EdgeKind[] = ['sync', 'read', 'write'];

export const isRequestEdge = (edge: DiagramEdge): boolean => REQUEST_EDGE_KINDS.includes(edge.data.kind);
/** Edges that carry traffic of any kind: everything but replication. */
export const isFlowEdge = (edge: DiagramEdge): boolean => edge.data.kind !== 'replication';
export const carriesReads = (edge: DiagramEdge): boolean => edge.data.kind === 'read' || edge.data.kind === 'sync';
export const carriesWrites = (edge: DiagramEdge): boolean =>
  edge.data.kind === 'write' || edge.data.kind === 'sync' || edge.data.kind === 'async';

export const isDataStore = (kind: ComponentKind): boolean => DATA_STORE_KINDS.includes(kind);
/** Durable places a write may end: data stores and logs. */
export const isDurable = (kind: ComponentKind): boolean => isDataStore(kind) || kind === 'queue' || kind === 'stream';
/** Nodes that answer reads from memory and pass on only their misses. */
export const isCaching = (kind: ComponentKind): boolean => kind === 'cache' || kind === 'cdn';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function regionOf(node: DiagramNode, nodes: Map<string, DiagramNode>): string | undefined {
  const seen = new Set<string>();
  let parentId = node.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = nodes.get(parentId);
    if (!parent) return undefined;
    if (parent.type === 'group' && parent.data.kind === 'region') return parent.id;
    parentId = parent.parentId;
  }
  return undefined;
}

/** Builds the analysis graph of a parsed diagram. */
export function buildGraph(diagram: Diagram): AnalysisGraph {
  const all = new Map(diagram.nodes.map((n) => [n.id, n] as const));
  const components = diagram.nodes
    .filter((n): n is ComponentNode => n.type === 'component')
    .sort((a, b) => byString(a.id, b.id));
  const byId = new Map(components.map((n) => [n.id, n] as const));
  const out = new Map<string, DiagramEdge[]>(components.map((n) => [n.id, []]));
  const inn = new Map<string, DiagramEdge[]>(components.map((n) => [n.id, []]));
  const edges = [...diagram.edges].sort((a, b) => byString(a.id, b.id));
  for (const edge of edges) {
    if (!byId.has(edge.source) || !byId.has(edge.target)) continue;
    out.get(edge.source)?.push(edge);
    inn.get(edge.target)?.push(edge);
  }
  const region = new Map(components.map((n) => [n.id, regionOf(n, all)] as const));
  return { diagram, components, byId, out, in: inn, region };
}

export const kindOf = (graph: AnalysisGraph, id: string): ComponentKind | undefined => graph.byId.get(id)?.data.kind;

/** Copies that can serve: instances (default 1, at least 1) plus replicas. */
export function copiesOf(data: ComponentData): number {
  return Math.max(1, data.instances ?? 1) + (data.replicas ?? 0);
}

/** Replication edges joining a data store to another component. */
export function replicationEdges(graph: AnalysisGraph, id: string): DiagramEdge[] {
  const edges = [...(graph.out.get(id) ?? []), ...(graph.in.get(id) ?? [])];
  return edges.filter((e) => e.data.kind === 'replication' && e.source !== e.target);
}

/** Two or more copies, or (for a data store) a replication edge to another store. */
export function hasFailover(graph: AnalysisGraph, node: ComponentNode): boolean {
  if (copiesOf(node.data) >= 2) return true;
  return isDataStore(node.data.kind) && replicationEdges(graph, node.id).length > 0;
}

/** True when the edge joins components of two different regions. Nodes outside regions count as local. */
export function isCrossRegion(graph: AnalysisGraph, edge: DiagramEdge): boolean {
  const from = graph.region.get(edge.source);
  const to = graph.region.get(edge.target);
  return from !== undefined && to !== undefined && from !== to;
}

/** Component ids of a kind, sorted. */
export function idsOfKind(graph: AnalysisGraph, kind: ComponentKind): string[] {
  return graph.components.filter((n) => n.data.kind === kind).map((n) => n.id);
}
