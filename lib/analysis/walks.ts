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
