import { REPLICA_REQUIRED_FROM } from '../defaults';
import { nameOf } from '../describe';
import { hasFailover, idsOfKind, isDataStore, isFlowEdge, type AnalysisGraph, type ComponentNode } from '../graph';
import { onEveryPath, reachable } from '../walks';
import { finding, type Rule } from './types';

const EXEMPT = new Set(['client', 'external-api', 'monitoring']);

/** What a client's paths lead to: the data stores it reaches, else the ends of its paths. */
function destinations(graph: AnalysisGraph, client: string, reached: Set<string>): string[] {
  const ids = [...reached].filter((id) => id !== client);
  const stores = ids.filter((id) => isDataStore(graph.byId.get(id)?.data.kind ?? 'client'));
  if (stores.length > 0) return stores;
  return ids.filter((id) => (graph.out.get(id) ?? []).every((e) => !isFlowEdge(e)));
}

/** Components without failover that every path of some client to the data goes through. */
function singlePoints(graph: AnalysisGraph, skip: (node: ComponentNode) => boolean): Map<string, string> {
  const found = new Map<string, string>();
  for (const client of idsOfKind(graph, 'client')) {
    const reached = reachable(graph, [client], { follow: isFlowEdge });
    const targets = destinations(graph, client, reached);
    if (targets.length === 0) continue;
    for (const id of onEveryPath(graph, client, targets, isFlowEdge)) {
      const node = graph.byId.get(id);
      if (!node || found.has(id) || EXEMPT.has(node.data.kind) || skip(node) || hasFailover(graph, node)) continue;
      found.set(id, client);
    }
  }
  return found;
}

/**
 * `single-point-of-failure`: a component on every path from a client to the data with one copy
 * (instances + replicas < 2). Data stores are left to `no-replica` when the target is 99.9% or more.
 */
export const singlePointOfFailure: Rule = ({ graph, targets }) => {
  const leaveStores = (targets?.availability ?? 0) >= REPLICA_REQUIRED_FROM;
  const found = singlePoints(graph, (node) => leaveStores && isDataStore(node.data.kind));
  return [...found].map(([id, client]) => {
    const instances = Math.max(1, graph.byId.get(id)?.data.instances ?? 1);
    return finding(
      'single-point-of-failure',
      'error',
      'resilience',
      { nodeIds: [id] },
      `${nameOf(graph, id)} is a single point of failure: every path from ${nameOf(graph, client)} to the data goes through it, and it runs ${instances} instance with no replica, so when it fails the system is down. Run at least 2 instances or add a replica.`,
    );
  });
};
