/**
 * The component catalogue of the canvas. Kind ids are stable: they are stored in saved diagrams and read
 * by analysis and review, so never rename one.
 */
export const COMPONENT_KINDS = [
  'client',
  'dns',
  'cdn',
  'load-balancer',
  'api-gateway',
  'service',
  'worker',
  'function',
  'cache',
  'sql-database',
  'nosql-database',
  'object-storage',
  'search-index',
  'queue',
  'stream',
  'pubsub',
  'rate-limiter',
  'auth-service',
  'monitoring',
  'external-api',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** Containers that hold other nodes. */
export const GROUP_KINDS = ['region', 'zone'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const NOTE_KIND = 'note' as const;

export type NodeKind = ComponentKind | GroupKind | typeof NOTE_KIND;

export const EDGE_KINDS = ['sync', 'async', 'replication', 'read', 'write'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const REPLICATION_MODES = ['none', 'leader-follower', 'multi-leader', 'leaderless'] as const;
export type ReplicationMode = (typeof REPLICATION_MODES)[number];

export const EVICTION_POLICIES = ['lru', 'lfu', 'fifo', 'random', 'ttl-only'] as const;
export type EvictionPolicy = (typeof EVICTION_POLICIES)[number];

/** Kinds that hold data: analysis treats them as the end of a request path. */
export const DATA_STORE_KINDS: readonly ComponentKind[] = [
  'sql-database',
  'nosql-database',
  'object-storage',
  'search-index',
];

export const DIAGRAM_LIMITS = {
  maxNodes: 1_000,
  maxEdges: 3_000,
  maxBytes: 1_000_000,
  maxLabel: 80,
  maxEdgeLabel: 60,
  maxTechnology: 80,
  maxNotes: 2_000,
  maxId: 64,
} as const;
