import { sortParentsFirst } from './graph';
import { absolutePosition } from './operations';
import type { Diagram, DiagramNode } from './schema';

/**
 * Reconciling a 409 (someone else, usually another tab, saved since our base version).
 *
 * Three-way merge by node and edge id against `base`, the diagram as it was at the version our edits
 * started from:
 * - an element the local side changed, added or deleted since base takes its local state;
 * - every other element takes the server's (remote) state, so remote edits, additions and deletions
 *   of things we did not touch are kept;
 * - when both sides changed the same element, local wins and its id is reported in `conflicts`.
 * The result is then repaired so it stays valid: edges whose ends no longer exist are dropped, and a
 * node whose container vanished (or that ended up in a parent cycle) moves to the top level at the
 * same place on screen. Order: local order first, then remote-only additions, parents before children.
 */
export interface MergeResult {
  diagram: Diagram;
  conflicts: string[];
}

/** JSON with sorted keys, so equal values compare equal whatever order their keys were written in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (a !== undefined && b !== undefined && stableJson(a) === stableJson(b));
}

function mergeById<T extends { id: string }>(base: readonly T[], local: readonly T[], remote: readonly T[], conflicts: string[]): T[] {
  const b = new Map(base.map((x) => [x.id, x]));
  const l = new Map(local.map((x) => [x.id, x]));
  const r = new Map(remote.map((x) => [x.id, x]));
  const order = [...l.keys(), ...[...r.keys()].filter((id) => !l.has(id))];
  const result: T[] = [];
  for (const id of order) {
    const localChanged = !same(b.get(id), l.get(id));
    if (localChanged && !same(b.get(id), r.get(id)) && !same(l.get(id), r.get(id))) conflicts.push(id);
    const chosen = localChanged ? l.get(id) : r.get(id);
    if (chosen) result.push(chosen);
  }
  return result;
}

function hasParentCycle(byId: ReadonlyMap<string, DiagramNode>, node: DiagramNode): boolean {
  const seen = new Set([node.id]);
  let parent = node.parentId;
  while (parent) {
    if (seen.has(parent)) return true;
    seen.add(parent);
    parent = byId.get(parent)?.parentId;
  }
  return false;
}

/** Unparents nodes whose container is gone, is not a container, or closes a cycle. */
function repairParents(nodes: DiagramNode[], sources: readonly DiagramNode[][]): DiagramNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes.map((node) => {
    if (!node.parentId) return node;
    const parent = byId.get(node.parentId);
    if (parent && parent.type === 'group' && !hasParentCycle(byId, node)) return node;
    // Where it was on screen, in whichever version placed it inside that parent.
    const source = sources.find((s) => s.some((n) => n.id === node.id && n.parentId === node.parentId)) ?? [];
    const position = absolutePosition(source, node.id);
    byId.set(node.id, { ...node, parentId: undefined, position });
    return { ...node, parentId: undefined, position };
  });
}

export function mergeDiagrams(base: Diagram, local: Diagram, remote: Diagram): MergeResult {
  const conflicts: string[] = [];
  const merged = mergeById(base.nodes, local.nodes, remote.nodes, conflicts);
  const nodes = sortParentsFirst(repairParents(merged, [local.nodes, remote.nodes, base.nodes]));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = mergeById(base.edges, local.edges, remote.edges, conflicts).filter((e) => ids.has(e.source) && ids.has(e.target));
  return { diagram: { nodes, edges }, conflicts };
}

/** True when two diagrams hold the same content, whatever the key order. */
export function sameDiagram(a: Diagram, b: Diagram): boolean {
  return stableJson(a) === stableJson(b);
}
