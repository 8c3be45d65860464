import type { ComponentKind } from '@/lib/diagram/kinds';

/**
 * Defaults the engine uses when a node does not say otherwise, documented in docs/analysis.md.
 *
 * Latency follows the orders of magnitude of "latency numbers every engineer should know":
 * same-datacentre round trip ~0.5 ms, memory cache read ~1 ms including the network, SSD random read
 * ~0.1-1 ms, disk seek ~10 ms, cross-region round trip ~70-150 ms.
 */

/** Network round trip of one edge inside a datacentre. */
export const SAME_DC_ROUND_TRIP_MS = 0.5;
/** Network round trip of an edge between two regions (the middle of ~70-150 ms). */
export const CROSS_REGION_ROUND_TRIP_MS = 100;

/** Time one hop through a component adds on top of the edge's round trip (`latencyMs` overrides it). */
export const DEFAULT_LATENCY_MS: Record<ComponentKind, number> = {
  client: 0, // the client's own internet link is outside the design's budget
  dns: 0, // answers are cached by clients
  cdn: 1, // an edge cache read
  'load-balancer': 0.5,
  'api-gateway': 1,
  'rate-limiter': 1, // an in-memory counter check
  'auth-service': 1, // token verification
  service: 5, // application work
  worker: 5,
  function: 10, // a warm invocation
  cache: 0.5, // memory cache read ~1 ms including the 0.5 ms round trip
  queue: 1, // an append
  stream: 1,
  pubsub: 1,
  'sql-database': 1, // SSD random read ~0.1-1 ms
  'nosql-database': 1,
  'search-index': 5, // several SSD reads per query
  'object-storage': 10, // disk seek ~10 ms
  monitoring: 0,
  'external-api': 100, // a call over the internet, cross-region class
};

/** Availability of one copy (`availability` overrides it). Managed services publish 99.99% SLAs. */
export const DEFAULT_AVAILABILITY: Record<ComponentKind, number> = {
  client: 1,
  dns: 0.9999,
  cdn: 0.9999,
  'object-storage': 0.9999,
  'load-balancer': 0.999,
  'api-gateway': 0.999,
  'rate-limiter': 0.999,
  'auth-service': 0.999,
  service: 0.999,
  worker: 0.999,
  function: 0.999,
  cache: 0.999,
  queue: 0.999,
  stream: 0.999,
  pubsub: 0.999,
  'sql-database': 0.999,
  'nosql-database': 0.999,
  'search-index': 0.999,
  monitoring: 0.999,
  'external-api': 0.999,
};

/** Share of reads a cache or CDN answers when the node has no `hitRatio`. */
export const DEFAULT_HIT_RATIO = 0.8;

/** Utilization above which `over-capacity` warns, and above which it is an error. */
export const UTILIZATION_WARNING = 0.7;
export const UTILIZATION_ERROR = 1;

/** Reads per write from which a workload counts as read-heavy (`no-cache`). */
export const READ_HEAVY_RATIO = 10;

/** Availability target from which a data store needs a second copy (`no-replica`). */
export const REPLICA_REQUIRED_FROM = 0.999;

/** Minutes in a 30-day month, for downtime per month. */
export const MINUTES_PER_MONTH = 30 * 24 * 60;
