import { DEFAULT_AVAILABILITY, MINUTES_PER_MONTH } from './defaults';
import { availabilityPercent, downtime, nameOf } from './describe';
import { copiesOf, isDataStore, replicationEdges, type AnalysisGraph } from './graph';
import { worstPath } from './paths';
import type { AvailabilityFigure } from './schema';

/** Copies of a component that can serve; for a data store each replication edge adds one. */
export function servingCopies(graph: AnalysisGraph, id: string): number {
  const node = graph.byId.get(id);
  if (!node) return 1;
  const replicated = isDataStore(node.data.kind) ? replicationEdges(graph, id).length : 0;
  return copiesOf(node.data) + replicated;
}

/** Availability of one copy: the node's `availability`, else the kind's default. */
export function copyAvailability(graph: AnalysisGraph, id: string): number {
  const node = graph.byId.get(id);
  return node ? (node.data.availability ?? DEFAULT_AVAILABILITY[node.data.kind]) : 1;
}

/** Copies in parallel: 1 − (1 − a)^copies. */
export function parallelAvailability(a: number, copies: number): number {
  return 1 - (1 - a) ** copies;
}

/** Availability of a component with all its copies. */
export function componentAvailability(graph: AnalysisGraph, id: string): number {
  return parallelAvailability(copyAvailability(graph, id), servingCopies(graph, id));
}

/** Minutes a month (30 days) a system with this availability is down. */
export function downtimeMinutesPerMonth(availability: number): number {
  return (1 - availability) * MINUTES_PER_MONTH;
}

function describeStep(graph: AnalysisGraph, id: string): string {
  const a = copyAvailability(graph, id);
  const copies = servingCopies(graph, id);
  const value = componentAvailability(graph, id);
  if (copies === 1) return `${nameOf(graph, id)}: ${availabilityPercent(value)} (one copy)`;
  return `${nameOf(graph, id)}: 1 − (1 − ${a})^${copies} = ${availabilityPercent(value)}`;
}

/**
 * End-to-end availability (docs/analysis.md, "Availability"): copies of a component in parallel,
 * components along a path in series, and the weakest path from a client wins. Undefined with no paths.
 */
export function computeAvailability(graph: AnalysisGraph): AvailabilityFigure | undefined {
  const worst = worstPath(graph, {
    identity: 1,
    hop: (edge) => componentAvailability(graph, edge.target),
    combine: (a, b) => a * b,
    isWorse: (a, b) => a < b,
  });
  if (!worst) return undefined;
  const minutes = downtimeMinutesPerMonth(worst.value);
  const steps = worst.nodeIds.slice(1).map((id) => describeStep(graph, id));
  const total = `= ${availabilityPercent(worst.value)} in series; downtime (1 − A) × 43,200 min = ${downtime(minutes)} per month`;
  return {
    value: worst.value,
    downtimeMinutesPerMonth: minutes,
    path: worst.nodeIds,
    edgeIds: worst.edges.map((e) => e.id),
    working: [...steps, total].join('\n'),
  };
}
