import type { DiagramEdge } from '@/lib/diagram/schema';
import { READ_HEAVY_RATIO } from '../defaults';
import { nameOf, num, reqPerSecond } from '../describe';
import { carriesReads, idsOfKind, isCaching, isDataStore, kindOf, type AnalysisGraph } from '../graph';
import type { AnalysisEstimate } from '../schema';
import { reachable } from '../walks';
import { finding, type Rule } from './types';

/** Reads per write: the estimate's own ratio, else peak reads ÷ peak writes. */
export function readsPerWrite(estimate: AnalysisEstimate | undefined): number | undefined {
  if (!estimate) return undefined;
  if (estimate.readsPerWrite !== undefined) return estimate.readsPerWrite;
  if (estimate.peakWritesPerSecond > 0) return estimate.peakReadsPerSecond / estimate.peakWritesPerSecond;
  return estimate.peakReadsPerSecond > 0 ? Infinity : undefined;
}

/** A primary store answering reads itself: a database or object store no replication edge feeds. */
function isPrimaryStore(graph: AnalysisGraph, id: string): boolean {
  const kind = kindOf(graph, id);
  if (kind === undefined || !isDataStore(kind) || kind === 'search-index') return false;
  return (graph.in.get(id) ?? []).every((e) => e.data.kind !== 'replication');
}

/** Read edges from the uncached part of the read path straight into a primary store. */
function uncachedStoreReads(graph: AnalysisGraph): DiagramEdge[] {
  const isPlain = (id: string) => !isCaching(kindOf(graph, id) ?? 'client') && !isDataStore(kindOf(graph, id) ?? 'client');
  const readers = reachable(graph, idsOfKind(graph, 'client'), { follow: carriesReads, canEnter: isPlain });
  const found: DiagramEdge[] = [];
  for (const reader of readers) {
    const edges = (graph.out.get(reader) ?? []).filter(carriesReads);
    if (edges.some((e) => isCaching(kindOf(graph, e.target) ?? 'client'))) continue; // cache-aside
    found.push(...edges.filter((e) => isPrimaryStore(graph, e.target)));
  }
  return found;
}

/**
 * `no-cache`: a read-heavy workload (10+ reads per write) whose reads reach a primary store with no cache
 * or CDN in front (on the path, or beside it as cache-aside).
 */
export const noCache: Rule = ({ graph, estimate }) => {
  const ratio = readsPerWrite(estimate);
  if (ratio === undefined || ratio < READ_HEAVY_RATIO) return [];
  const byStore = new Map<string, DiagramEdge[]>();
  for (const edge of uncachedStoreReads(graph)) byStore.set(edge.target, [...(byStore.get(edge.target) ?? []), edge]);
  const ratioText = Number.isFinite(ratio) ? `${num(ratio)} reads per write` : 'reads and no writes';
  return [...byStore].map(([store, edges]) =>
    finding(
      'no-cache',
      'warning',
      'caching',
      { nodeIds: [store, ...edges.map((e) => e.source)], edgeIds: edges.map((e) => e.id) },
      `The workload is read-heavy (${ratioText}, ${reqPerSecond(estimate?.peakReadsPerSecond ?? 0)} at peak), but ${nameOf(graph, store)} serves reads straight from the primary store. Put a cache in front of it (or read from a replica).`,
    ),
  );
};
