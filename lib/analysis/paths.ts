import type { DiagramEdge } from '@/lib/diagram/schema';
import { idsOfKind, isDataStore, isRequestEdge, type AnalysisGraph } from './graph';
import { acyclicOrder } from './walks';

/**
 * The worst request path from a client, for latency (slowest) and availability (weakest). Paths follow
 * request edges and end at a data store, at a node that calls nothing, or just after an async hand-off.
 */

/** Request edges, plus the async hand-off that ends a path. */
export const isPathEdge = (edge: DiagramEdge): boolean => isRequestEdge(edge) || edge.data.kind === 'async';

/** How a path is scored: each hop's value, how two values combine, and which of two is worse. */
export interface PathScore {
  identity: number;
  hop: (edge: DiagramEdge) => number;
  combine: (a: number, b: number) => number;
  isWorse: (a: number, b: number) => boolean;
}

export interface WorstPath {
  value: number;
  /** Node ids, client first. */
  nodeIds: string[];
  edges: DiagramEdge[];
}

const continuesAfter = (graph: AnalysisGraph, edge: DiagramEdge): boolean => {
  const kind = graph.byId.get(edge.target)?.data.kind;
  return edge.data.kind !== 'async' && kind !== undefined && !isDataStore(kind);
};

type Choice = { value: number; next?: DiagramEdge };

/** Scores every node's worst continuation in reverse topological order (edges closing cycles skipped). */
function scoreNodes(graph: AnalysisGraph, clients: string[], score: PathScore): Map<string, Choice> {
  const { order, backEdges } = acyclicOrder(graph, clients, isPathEdge);
  const best = new Map<string, Choice>();
  for (const id of [...order].reverse()) {
    let choice: Choice | undefined;
    for (const edge of graph.out.get(id) ?? []) {
      if (!isPathEdge(edge) || backEdges.has(edge.id)) continue;
      const rest = continuesAfter(graph, edge) ? (best.get(edge.target)?.value ?? score.identity) : score.identity;
      const value = score.combine(score.hop(edge), rest);
      if (choice === undefined || score.isWorse(value, choice.value)) choice = { value, next: edge };
    }
    best.set(id, choice ?? { value: score.identity });
  }
  return best;
}

/** The worst path from any client under `score`; undefined when no client calls anything. */
export function worstPath(graph: AnalysisGraph, score: PathScore): WorstPath | undefined {
  const clients = idsOfKind(graph, 'client');
  const best = scoreNodes(graph, clients, score);
  let start: string | undefined;
  for (const id of clients) {
    const choice = best.get(id);
    if (choice?.next === undefined) continue;
    if (start === undefined || score.isWorse(choice.value, best.get(start)?.value ?? score.identity)) start = id;
  }
  if (start === undefined) return undefined;
  const edges: DiagramEdge[] = [];
  for (let edge = best.get(start)?.next; edge !== undefined; ) {
    edges.push(edge);
    edge = continuesAfter(graph, edge) ? best.get(edge.target)?.next : undefined;
  }
  return { value: best.get(start)?.value ?? score.identity, nodeIds: [start, ...edges.map((e) => e.target)], edges };
}
