import type { ComponentKind } from '@/lib/diagram/kinds';
import type { DiagramEdge } from '@/lib/diagram/schema';
import { DEFAULT_HIT_RATIO } from './defaults';
import { num, percent, reqPerSecond } from './describe';
import { carriesReads, carriesWrites, idsOfKind, isCaching, isDataStore, isFlowEdge, type AnalysisGraph } from './graph';
import type { AnalysisEstimate, NodeFigures } from './schema';
import { acyclicOrder } from './walks';

/** Reads and writes per second arriving at one node. */
export interface NodeLoad {
  reads: number;
  writes: number;
}

const hitRatioOf = (graph: AnalysisGraph, id: string): number => graph.byId.get(id)?.data.hitRatio ?? DEFAULT_HIT_RATIO;

function add(loads: Map<string, NodeLoad>, id: string, reads: number, writes: number): void {
  const load = loads.get(id) ?? { reads: 0, writes: 0 };
  loads.set(id, { reads: load.reads + reads, writes: load.writes + writes });
}

/** Same-kind targets share a flow; each kind gets the whole flow. */
function groupByKind(graph: AnalysisGraph, edges: DiagramEdge[]): Map<ComponentKind, DiagramEdge[]> {
  const groups = new Map<ComponentKind, DiagramEdge[]>();
  for (const edge of edges) {
    const kind = graph.byId.get(edge.target)?.data.kind;
    if (kind !== undefined) groups.set(kind, [...(groups.get(kind) ?? []), edge]);
  }
  return groups;
}

/** Sends `reads` along read edges; with cache-aside, stores beside a cache receive only its misses. */
function sendReads(graph: AnalysisGraph, loads: Map<string, NodeLoad>, edges: DiagramEdge[], reads: number): void {
  const groups = groupByKind(graph, edges);
  const caches = groups.get('cache') ?? [];
  const misses = caches.reduce((sum, e) => sum + (reads / caches.length) * (1 - hitRatioOf(graph, e.target)), 0);
  for (const [kind, group] of groups) {
    const flow = caches.length > 0 && isDataStore(kind) ? misses : reads;
    for (const edge of group) add(loads, edge.target, flow / group.length, 0);
  }
}

function sendWrites(graph: AnalysisGraph, loads: Map<string, NodeLoad>, edges: DiagramEdge[], writes: number): void {
  for (const group of groupByKind(graph, edges).values()) {
    for (const edge of group) add(loads, edge.target, 0, writes / group.length);
  }
}

/**
 * Carries the estimate's peak reads and writes from the clients through the design (docs/analysis.md,
 * "Load"): read edges carry reads, write and async edges writes, sync edges both; same-kind targets split
 * a flow; caches and CDNs pass on only their misses; edges closing a cycle carry nothing.
 */
export function computeLoad(graph: AnalysisGraph, estimate: AnalysisEstimate | undefined): Map<string, NodeLoad> {
  const loads = new Map<string, NodeLoad>();
  const clients = idsOfKind(graph, 'client');
  if (!estimate || clients.length === 0) return loads;
  for (const id of clients) add(loads, id, estimate.peakReadsPerSecond / clients.length, estimate.peakWritesPerSecond / clients.length);
  const { order, backEdges } = acyclicOrder(graph, clients, isFlowEdge);
  for (const id of order) {
    const load = loads.get(id);
    const kind = graph.byId.get(id)?.data.kind;
    if (!load || kind === undefined) continue;
    const edges = (graph.out.get(id) ?? []).filter((e) => isFlowEdge(e) && !backEdges.has(e.id));
    const reads = isCaching(kind) ? load.reads * (1 - hitRatioOf(graph, id)) : load.reads;
    sendReads(graph, loads, edges.filter(carriesReads), reads);
    sendWrites(graph, loads, edges.filter(carriesWrites), load.writes);
  }
  return loads;
}

/** Drops floating-point noise (3899.9999999999995 -> 3900) without hiding real fractions. */
const roundRate = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Per-node figures from the loads: load per second, and utilization = load ÷ (instances × capacity per
 * instance) when the node has a capacity. Clients are left out.
 */
export function nodeFigures(graph: AnalysisGraph, loads: Map<string, NodeLoad>): Record<string, NodeFigures> {
  const figures: Record<string, NodeFigures> = {};
  for (const node of graph.components) {
    const load = loads.get(node.id);
    if (!load || node.data.kind === 'client') continue;
    const total = roundRate(load.reads + load.writes);
    const arrival = `${reqPerSecond(load.reads)} reads + ${reqPerSecond(load.writes)} writes = ${reqPerSecond(total)}`;
    const capacity = node.data.capacityPerInstance;
    if (capacity === undefined) {
      figures[node.id] = { loadPerSecond: total, working: `${arrival}; no capacity per instance given` };
      continue;
    }
    const instances = Math.max(1, node.data.instances ?? 1);
    const utilization = total / (instances * capacity);
    const working = `${arrival}; ${reqPerSecond(total)} ÷ (${num(instances)} × ${reqPerSecond(capacity)}) = ${percent(utilization)}`;
    figures[node.id] = { loadPerSecond: total, utilization, working };
  }
  return figures;
}
