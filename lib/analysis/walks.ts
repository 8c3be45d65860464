import type { DiagramEdge } from '@/lib/diagram/schema';
import type { AnalysisGraph } from './graph';

/**
 * Walks over the analysis graph: reachability, a cycle-free order for carrying traffic, and strongly
 * connected components for cycles. Edges are visited in id order, so results are deterministic.
 */
export interface WalkOptions {
  /** Which edges to follow. */
  follow: (edge: DiagramEdge) => boolean;
  /** Nodes the walk may not enter (default: all may be entered). */
  canEnter?: (id: string) => boolean;
  /** Nodes the walk enters but does not leave (default: all may be left). */
  canLeave?: (id: string) => boolean;
}

/** Ids reachable from `starts` (the starts included). */
export function reachable(graph: AnalysisGraph, starts: readonly string[], options: WalkOptions): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (options.canLeave && !options.canLeave(id) && !starts.includes(id)) continue;
    for (const edge of graph.out.get(id) ?? []) {
      if (!options.follow(edge) || seen.has(edge.target)) continue;
      if (options.canEnter && !options.canEnter(edge.target)) continue;
      seen.add(edge.target);
      queue.push(edge.target);
    }
  }
  return seen;
}

export interface AcyclicOrder {
  /** Reachable ids, each before every node it sends to (ignoring back edges). */
  order: string[];
  /** Edges that close a cycle in the depth-first walk; they carry nothing. */
  backEdges: Set<string>;
}

/** A topological order of what `roots` reach along `follow`, with the edges that close cycles set aside. */
export function acyclicOrder(graph: AnalysisGraph, roots: readonly string[], follow: (e: DiagramEdge) => boolean): AcyclicOrder {
  const state = new Map<string, 'open' | 'done'>();
  const postorder: string[] = [];
  const backEdges = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    for (const edge of graph.out.get(id) ?? []) {
      if (!follow(edge)) continue;
      const next = state.get(edge.target);
      if (next === 'open') backEdges.add(edge.id);
      else if (next === undefined) visit(edge.target);
    }
    state.set(id, 'done');
    postorder.push(id);
  };
  for (const root of roots) if (!state.has(root)) visit(root);
  return { order: postorder.reverse(), backEdges };
}

/** Strongly connected components along `follow` (Tarjan), each sorted, in order of their first id. */
export function stronglyConnected(graph: AnalysisGraph, follow: (e: DiagramEdge) => boolean): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const result: string[][] = [];
  const visit = (id: string): void => {
    index.set(id, counter);
    low.set(id, counter);
    counter += 1;
    stack.push(id);
    onStack.add(id);
    for (const edge of graph.out.get(id) ?? []) {
      if (!follow(edge)) continue;
      if (!index.has(edge.target)) {
        visit(edge.target);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(edge.target) ?? 0));
      } else if (onStack.has(edge.target)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(edge.target) ?? 0));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      onStack.delete(top);
      component.push(top);
      if (top === id) break;
    }
    result.push(component.sort());
  };
  for (const node of graph.components) if (!index.has(node.id)) visit(node.id);
  return result.sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}

const SINK = '\u0000sink';

/** Climbs the two dominator chains until they meet (Cooper, Harvey and Kennedy). */
function intersect(a: string, b: string, idom: Map<string, string>, rank: Map<string, number>): string {
  let x = a;
  let y = b;
  while (x !== y) {
    while ((rank.get(x) ?? 0) > (rank.get(y) ?? 0)) x = idom.get(x) ?? x;
    while ((rank.get(y) ?? 0) > (rank.get(x) ?? 0)) y = idom.get(y) ?? y;
  }
  return x;
}

/**
 * Nodes every path from `start` to any of `targets` passes through (the targets' common dominators,
 * found through a virtual sink after them), excluding `start` itself. Targets `start` cannot reach are
 * ignored; none reachable gives an empty list.
 */
export function onEveryPath(graph: AnalysisGraph, start: string, targets: readonly string[], follow: (e: DiagramEdge) => boolean): string[] {
  const order = acyclicOrder(graph, [start], follow).order;
  const rank = new Map(order.map((id, i) => [id, i] as const));
  const preds = new Map<string, string[]>([[SINK, targets.filter((t) => rank.has(t))]]);
  if (preds.get(SINK)?.length === 0) return [];
  for (const id of order) {
    for (const edge of graph.out.get(id) ?? []) if (follow(edge)) preds.set(edge.target, [...(preds.get(edge.target) ?? []), id]);
  }
  rank.set(SINK, order.length);
  const idom = new Map<string, string>([[start, start]]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of [...order.slice(1), SINK]) {
      const known = (preds.get(id) ?? []).filter((p) => idom.has(p));
      const next = known.slice(1).reduce((acc, p) => intersect(p, acc, idom, rank), known[0] ?? start);
      if (idom.get(id) !== next) {
        idom.set(id, next);
        changed = true;
      }
    }
  }
  const result: string[] = [];
  for (let id = idom.get(SINK) ?? start; id !== start; id = idom.get(id) ?? start) result.push(id);
  return result.sort();
}
