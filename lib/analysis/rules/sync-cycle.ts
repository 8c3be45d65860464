import { listNames } from '../describe';
import { isRequestEdge } from '../graph';
import { stronglyConnected } from '../walks';
import { finding, type Rule } from './types';

/**
 * `sync-cycle`: request edges (sync, read, write) that form a cycle, so a request can wait on itself and
 * a slow member drags every other one down.
 */
export const syncCycle: Rule = ({ graph }) =>
  stronglyConnected(graph, isRequestEdge).flatMap((members) => {
    const inside = new Set(members);
    const edges = members.flatMap((id) => (graph.out.get(id) ?? []).filter((e) => isRequestEdge(e) && inside.has(e.target)));
    if (edges.length === 0) return [];
    return [
      finding(
        'sync-cycle',
        'error',
        'resilience',
        { nodeIds: members, edgeIds: edges.map((e) => e.id) },
        `${listNames(graph, members)} call each other synchronously in a cycle: a request can end up waiting on itself, and one slow member stalls them all. Break the cycle with an async edge (a queue or event) or move the shared logic into one service.`,
      ),
    ];
  });
