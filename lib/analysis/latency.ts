import type { DiagramEdge } from '@/lib/diagram/schema';
import { CROSS_REGION_ROUND_TRIP_MS, DEFAULT_LATENCY_MS, SAME_DC_ROUND_TRIP_MS } from './defaults';
import { ms, nameOf } from './describe';
import { isCrossRegion, type AnalysisGraph } from './graph';
import { worstPath } from './paths';
import type { LatencyFigure } from './schema';

/** Time a component adds per hop: its `latencyMs`, else the kind's default. */
export function componentLatencyMs(graph: AnalysisGraph, id: string): number {
  const node = graph.byId.get(id);
  return node ? (node.data.latencyMs ?? DEFAULT_LATENCY_MS[node.data.kind]) : 0;
}

/** One hop: the edge's round trip (same DC or cross-region) plus the target's own time. */
export function hopMs(graph: AnalysisGraph, edge: DiagramEdge): { roundTrip: number; component: number } {
  const roundTrip = isCrossRegion(graph, edge) ? CROSS_REGION_ROUND_TRIP_MS : SAME_DC_ROUND_TRIP_MS;
  return { roundTrip, component: componentLatencyMs(graph, edge.target) };
}

function describePath(graph: AnalysisGraph, start: string, edges: DiagramEdge[], total: number): string {
  const hops = edges.map((edge) => {
    const { roundTrip, component } = hopMs(graph, edge);
    const where = isCrossRegion(graph, edge) ? 'cross-region round trip' : 'round trip';
    return `→ ${nameOf(graph, edge.target)}: ${ms(roundTrip)} ${where} + ${ms(component)}`;
  });
  return [nameOf(graph, start), ...hops, `= ${ms(total)}`].join('\n');
}

/**
 * The slowest request path from a client (docs/analysis.md, "Latency"): per hop, the edge's round trip
 * plus the target component's time, summed along the path. Undefined when no client calls anything.
 */
export function computeLatency(graph: AnalysisGraph): LatencyFigure | undefined {
  const worst = worstPath(graph, {
    identity: 0,
    hop: (edge) => {
      const { roundTrip, component } = hopMs(graph, edge);
      return roundTrip + component;
    },
    combine: (a, b) => a + b,
    isWorse: (a, b) => a > b,
  });
  if (!worst) return undefined;
  const [start = ''] = worst.nodeIds;
  return {
    value: worst.value,
    path: worst.nodeIds,
    edgeIds: worst.edges.map((e) => e.id),
    working: describePath(graph, start, worst.edges, worst.value),
  };
}
