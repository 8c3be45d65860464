import { listNames, nameOf } from '../describe';
import { carriesWrites, isDurable, kindOf, type AnalysisGraph } from '../graph';
import { reachable } from '../walks';
import { finding, type Rule } from './types';

/** True when writes leaving `from` (not through `avoid`) reach a data store, queue or stream. */
function reachesDurable(graph: AnalysisGraph, from: string, avoid?: string): boolean {
  const reached = reachable(graph, [from], { follow: carriesWrites, canEnter: (id) => id !== avoid });
  return [...reached].some((id) => id !== from && isDurable(kindOf(graph, id) ?? 'client'));
}

/**
 * `cache-only-storage`: a `write` edge lands in a cache, and neither the cache nor the writer passes
 * writes on to anything durable, so a cache eviction or restart loses them.
 */
export const cacheOnlyStorage: Rule = ({ graph }) =>
  graph.components
    .filter((node) => node.data.kind === 'cache')
    .flatMap((cache) => {
      const writes = (graph.in.get(cache.id) ?? []).filter((e) => e.data.kind === 'write');
      if (writes.length === 0 || reachesDurable(graph, cache.id)) return [];
      const lost = writes.filter((e) => !reachesDurable(graph, e.source, cache.id));
      if (lost.length === 0) return [];
      const writers = [...new Set(lost.map((e) => e.source))];
      return [
        finding(
          'cache-only-storage',
          'error',
          'caching',
          { nodeIds: [cache.id, ...writers], edgeIds: lost.map((e) => e.id) },
          `Writes from ${listNames(graph, writers)} land only in ${nameOf(graph, cache.id)}: a cache evicts and restarts empty, so those writes can be lost. Write to a database (or a durable log) and use the cache for reads.`,
        ),
      ];
    });
