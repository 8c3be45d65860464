import { listNames, ms } from '../describe';
import { finding, type Rule } from './types';

/** `latency-budget`: the slowest request path takes longer than the problem's p99 latency target. */
export const latencyBudget: Rule = ({ graph, latency, targets }) => {
  const target = targets?.latencyMsP99;
  if (!latency || target === undefined || latency.value <= target) return [];
  return [
    finding(
      'latency-budget',
      'error',
      'latency-numbers',
      { nodeIds: latency.path, edgeIds: latency.edgeIds },
      `The slowest request path takes about ${ms(latency.value)}, over the ${ms(target)} p99 target: ${listNames(graph, latency.path)}. Remove hops, keep cross-region calls off the request path, or cache closer to the client.`,
    ),
  ];
};
