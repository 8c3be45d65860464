import type { ComponentKind } from '@/lib/diagram/kinds';
import { formatNumber } from '@/lib/estimator/format';
import type { AnalysisGraph } from './graph';

/** How findings name things: "Service 'API'", "14,300 req/s", "143%", "99.95%". */
const KIND_NAMES: Record<ComponentKind, string> = {
  client: 'Client',
  dns: 'DNS',
  cdn: 'CDN',
  'load-balancer': 'Load balancer',
  'api-gateway': 'API gateway',
  service: 'Service',
  worker: 'Worker',
  function: 'Function',
  cache: 'Cache',
  'sql-database': 'SQL database',
  'nosql-database': 'NoSQL database',
  'object-storage': 'Object storage',
  'search-index': 'Search index',
  queue: 'Queue',
  stream: 'Stream',
  pubsub: 'Pub/sub',
  'rate-limiter': 'Rate limiter',
  'auth-service': 'Auth service',
  monitoring: 'Monitoring',
  'external-api': 'External API',
};

/** "Service 'API'"; falls back to the id when the label is empty. */
export function nameOf(graph: AnalysisGraph, id: string): string {
  const node = graph.byId.get(id);
  if (!node) return `'${id}'`;
  return `${KIND_NAMES[node.data.kind]} '${node.data.label || node.id}'`;
}

/** Names joined for a sentence: "A, B and C". */
export function listNames(graph: AnalysisGraph, ids: readonly string[]): string {
  const names = ids.map((id) => nameOf(graph, id));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A number with thousands separators, at most two decimals: 14300 -> "14,300". */
export const num = (value: number): string => formatNumber(value);

/** A request rate: "14,300 req/s" (whole requests once above 10). */
export const reqPerSecond = (value: number): string => `${num(value >= 10 ? Math.round(value) : value)} req/s`;

/** A ratio as a whole percentage: 1.43 -> "143%". */
export const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

/** An availability with its nines kept: 0.99995 -> "99.995%", 0.9999996 -> "99.99996%". */
export function availabilityPercent(value: number): string {
  if (value >= 1) return '100%';
  const nines = Math.max(0, Math.floor(-Math.log10(1 - value)));
  const digits = Math.min(8, Math.max(1, nines));
  return `${Number((value * 100).toFixed(digits))}%`;
}

/** Milliseconds, at most one decimal: "12.5 ms". */
export const ms = (value: number): string => `${Number(value.toFixed(1))} ms`;

/** Minutes of downtime, shown as minutes or seconds when small: "43.2 min", "26 s". */
export function downtime(minutes: number): string {
  if (minutes >= 1) return `${Number(minutes.toFixed(1))} min`;
  return `${Number((minutes * 60).toFixed(1))} s`;
}
