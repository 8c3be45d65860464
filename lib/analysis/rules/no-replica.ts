import { MINUTES_PER_MONTH, REPLICA_REQUIRED_FROM } from '../defaults';
import { availabilityPercent, downtime, nameOf } from '../describe';
import { copyAvailability } from '../availability';
import { hasFailover, isDataStore } from '../graph';
import { finding, type Rule } from './types';

/**
 * `no-replica`: with an availability target of 99.9% or more, a data store that keeps one copy
 * (no replicas, one instance, no replication edge).
 */
export const noReplica: Rule = ({ graph, targets }) => {
  const target = targets?.availability;
  if (target === undefined || target < REPLICA_REQUIRED_FROM) return [];
  return graph.components
    .filter((node) => isDataStore(node.data.kind) && !hasFailover(graph, node))
    .map((node) => {
      const a = copyAvailability(graph, node.id);
      return finding(
        'no-replica',
        'error',
        'replication',
        { nodeIds: [node.id] },
        `${nameOf(graph, node.id)} keeps a single copy, but the requirement is ${availabilityPercent(target)} availability: one copy at ${availabilityPercent(a)} alone allows ${downtime((1 - a) * MINUTES_PER_MONTH)} of downtime a month, and a lost disk loses data. Add a replica (replicas ≥ 1 or a replication edge).`,
      );
    });
};
