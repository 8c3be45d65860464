/**
 * Fixed vocabularies the problem library is written against. Slugs here are stable: saved scores,
 * progress charts and links use them.
 */
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const TOPICS = [
  'caching',
  'databases',
  'sharding',
  'replication',
  'consistency',
  'messaging',
  'real-time',
  'fan-out',
  'storage',
  'cdn',
  'hashing',
  'rate-limiting',
  'search',
  'scheduling',
  'observability',
  'payments',
  'streaming',
  'availability',
  'security',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Concept guides, one file each in problems/concepts/<slug>.md. */
export const CONCEPT_SLUGS = [
  'latency-numbers',
  'cap-and-consistency',
  'replication',
  'partitioning',
  'caching',
  'load-balancing',
  'resilience',
  'queues-and-logs',
  'acid-and-isolation',
  'indexing',
  'slis-and-slos',
  'rate-limiting',
  'observability',
  'auth-and-zero-trust',
  'backups-and-dr',
] as const;
export type ConceptSlug = (typeof CONCEPT_SLUGS)[number];

/**
 * Rubric dimensions shared by every problem, so progress can be compared across problems. Each problem
 * writes its own level descriptors for at least five of them.
 */
export const RUBRIC_DIMENSIONS = {
  requirements: { title: 'Requirements and scope', concepts: ['slis-and-slos'] },
  estimation: { title: 'Back-of-the-envelope estimation', concepts: ['latency-numbers'] },
  'api-and-data-model': { title: 'API and data model', concepts: ['indexing', 'acid-and-isolation'] },
  'high-level-design': { title: 'High-level design', concepts: ['load-balancing', 'caching'] },
  scalability: { title: 'Scalability', concepts: ['partitioning', 'caching', 'replication'] },
  'reliability-and-trade-offs': {
    title: 'Reliability and trade-offs',
    concepts: ['resilience', 'cap-and-consistency', 'backups-and-dr'],
  },
  communication: { title: 'Communication', concepts: [] },
} as const satisfies Record<string, { title: string; concepts: readonly ConceptSlug[] }>;
export type RubricDimension = keyof typeof RUBRIC_DIMENSIONS;
export const RUBRIC_DIMENSION_IDS = Object.keys(RUBRIC_DIMENSIONS) as RubricDimension[];

/** Names of the four rubric levels, lowest first; level n is LEVEL_NAMES[n - 1]. */
export const LEVEL_NAMES = ['Missing', 'Developing', 'Solid', 'Exceptional'] as const;
