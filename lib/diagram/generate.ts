import { COMPONENT_KINDS } from './kinds';
import { createNode, type MakeId } from './operations';
import type { Diagram, DiagramEdge } from './schema';

/** Deterministic ids n1, n2… / e1, e2…, for tests and generated diagrams. */
export function counterIds(): MakeId {
  let n = 0;
  return (prefix) => {
    n += 1;
    return `${prefix}${n}`;
  };
}

/** Small linear congruential generator: generated diagrams must be the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A large, valid diagram for benchmarks: components on a grid, edges mostly to near neighbours
 * (as real designs are), no duplicates or self-loops.
 */
export function generateDiagram(nodeCount: number, edgeCount: number, seed = 42): Diagram {
  const random = seeded(seed);
  const columns = Math.ceil(Math.sqrt(nodeCount));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const kind = COMPONENT_KINDS[i % COMPONENT_KINDS.length] ?? 'service';
    const position = { x: (i % columns) * 220, y: Math.floor(i / columns) * 120 };
    return createNode(kind, position, `n${i + 1}`, `${kind} ${i + 1}`);
  });
  const edges: DiagramEdge[] = [];
  const seen = new Set<string>();
  const kinds = ['sync', 'async', 'read', 'write', 'replication'] as const;
  for (let guard = 0; edges.length < edgeCount && guard < edgeCount * 20; guard += 1) {
    const source = Math.floor(random() * nodeCount);
    const target = Math.min(nodeCount - 1, Math.max(0, source + Math.floor(random() * 2 * columns) - columns));
    const key = `${source}-${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const kind = kinds[edges.length % kinds.length] ?? 'sync';
    edges.push({ id: `e${edges.length + 1}`, source: `n${source + 1}`, target: `n${target + 1}`, data: { kind } });
  }
  return { nodes, edges };
}
