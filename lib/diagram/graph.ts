import type { EdgeLike, NodeLike } from './shapes';

/**
 * Graph helpers over nodes and edges. Every traversal of the diagram lives here so the editor,
 * merge and analysis agree on what "connected" and "inside" mean.
 */
export interface Adjacency {
  out: Map<string, string[]>;
  in: Map<string, string[]>;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildAdjacency(edges: readonly EdgeLike[]): Adjacency {
  const adjacency: Adjacency = { out: new Map(), in: new Map() };
  for (const edge of edges) {
    push(adjacency.out, edge.source, edge.target);
    push(adjacency.in, edge.target, edge.source);
  }
  return adjacency;
}

/** Node ids reachable from `start` following edge direction, `start` excluded. */
export function reachableFrom(edges: readonly EdgeLike[], start: string): Set<string> {
  const { out } = buildAdjacency(edges);
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const next of out.get(id) ?? []) {
      if (next !== start && !seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Ids of edges with either end in `nodeIds`. */
export function edgesTouching(edges: readonly EdgeLike[], nodeIds: ReadonlySet<string>): Set<string> {
  return new Set(edges.filter((e) => nodeIds.has(e.source) || nodeIds.has(e.target)).map((e) => e.id));
}

/** `ids` plus every node nested below them, at any depth. */
export function withDescendants(nodes: readonly NodeLike[], ids: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const node of nodes) if (node.parentId) push(children, node.parentId, node.id);
  const result = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/** Ancestors of a node, nearest first; stops on a cycle rather than looping. */
export function ancestorIds(nodes: readonly NodeLike[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const result: string[] = [];
  let parent = byId.get(id)?.parentId;
  while (parent && !result.includes(parent) && parent !== id) {
    result.push(parent);
    parent = byId.get(parent)?.parentId;
  }
  return result;
}

/**
 * Orders nodes so every parent precedes its children, as React Flow requires; otherwise keeps the
 * original order. Nodes whose parent is missing keep their place.
 */
export function sortParentsFirst<N extends NodeLike>(nodes: readonly N[]): N[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const visiting = new Set<string>();
  const result: N[] = [];
  const place = (node: N): void => {
    // Marking before recursing makes a malformed parent cycle stop instead of looping.
    if (visiting.has(node.id)) return;
    visiting.add(node.id);
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) place(parent);
    result.push(node);
  };
  for (const node of nodes) place(node);
  return result;
}
