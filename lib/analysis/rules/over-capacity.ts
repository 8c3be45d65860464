import { UTILIZATION_ERROR, UTILIZATION_WARNING } from '../defaults';
import { nameOf, num, percent, reqPerSecond } from '../describe';
import { isCaching, isDataStore } from '../graph';
import { finding, type Rule } from './types';

/**
 * `over-capacity`: utilization (load ÷ (instances × capacity per instance)) above 70% is a warning,
 * above 100% an error.
 */
export const overCapacity: Rule = ({ graph, figures }) =>
  graph.components.flatMap((node) => {
    const { utilization, loadPerSecond = 0 } = figures[node.id] ?? {};
    const capacity = node.data.capacityPerInstance;
    if (utilization === undefined || capacity === undefined || utilization <= UTILIZATION_WARNING) return [];
    const isError = utilization > UTILIZATION_ERROR;
    const instances = Math.max(1, node.data.instances ?? 1);
    const needed = Math.ceil(loadPerSecond / (capacity * UTILIZATION_WARNING));
    const storeLike = isDataStore(node.data.kind) || isCaching(node.data.kind);
    return [
      finding(
        'over-capacity',
        isError ? 'error' : 'warning',
        storeLike ? 'partitioning' : 'load-balancing',
        { nodeIds: [node.id] },
        `${nameOf(graph, node.id)} would run at ${percent(utilization)} of capacity: ${reqPerSecond(loadPerSecond)} ÷ (${num(instances)} × ${reqPerSecond(capacity)}). ${isError ? 'It cannot keep up at peak.' : 'That leaves little headroom above 70%.'} About ${num(needed)} instances would keep it under 70%.`,
      ),
    ];
  });
