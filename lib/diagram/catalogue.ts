import type { ComponentData } from './schema';
import type { ComponentKind, GroupKind, NodeKind } from './kinds';

/** Editable properties of a component; the properties panel shows a field per entry, in this order. */
export type ComponentField =
  | 'technology'
  | 'instances'
  | 'capacityPerInstance'
  | 'replicas'
  | 'shards'
  | 'replicationMode'
  | 'evictionPolicy'
  | 'ttlSeconds'
  | 'hitRatio';

export const PALETTE_GROUPS = ['Clients & edge', 'Compute', 'Data', 'Messaging', 'Cross-cutting', 'Containers'] as const;
export type PaletteGroup = (typeof PALETTE_GROUPS)[number];

export interface KindInfo {
  /** Human name, also the accessible name of the palette button. */
  label: string;
  group: PaletteGroup;
  /** One sentence shown as the palette tooltip. */
  description: string;
  fields: readonly ComponentField[];
  suggestions: readonly string[];
}

// Field sets are shared by kinds that analysis treats alike.
const SCALED: readonly ComponentField[] = ['technology', 'instances', 'capacityPerInstance'];
const DATABASE: readonly ComponentField[] = [...SCALED, 'shards', 'replicas', 'replicationMode'];
const MESSAGING: readonly ComponentField[] = [...SCALED, 'shards', 'replicas'];
const CACHE: readonly ComponentField[] = [...SCALED, 'replicas', 'evictionPolicy', 'ttlSeconds', 'hitRatio'];
const NONE: readonly ComponentField[] = [];

function kind(label: string, group: PaletteGroup, description: string, fields: readonly ComponentField[], suggestions: readonly string[] = []): KindInfo {
  return { label, group, description, fields, suggestions };
}

export const CATALOGUE: Record<NodeKind, KindInfo> = {
  client: kind('Client', 'Clients & edge', 'A user device or calling system: browser, mobile app, partner.', ['technology', 'instances'], ['Web browser', 'iOS app', 'Android app', 'CLI']),
  dns: kind('DNS', 'Clients & edge', 'Resolves names to addresses; can route by geography or latency.', SCALED, ['Route 53', 'Cloudflare DNS', 'Cloud DNS']),
  cdn: kind('CDN', 'Clients & edge', 'Caches static and cacheable content close to users.', CACHE, ['CloudFront', 'Cloudflare', 'Fastly', 'Akamai']),
  'load-balancer': kind('Load balancer', 'Clients & edge', 'Spreads requests across healthy instances (L4 or L7).', SCALED, ['NGINX', 'HAProxy', 'AWS ALB', 'AWS NLB', 'Envoy']),
  'api-gateway': kind('API gateway', 'Clients & edge', 'Single entry point: routing, auth, quotas, request shaping.', SCALED, ['Kong', 'AWS API Gateway', 'Apigee', 'Envoy']),
  service: kind('Service', 'Compute', 'A stateless application service handling requests.', SCALED, ['Node.js', 'Go', 'Java (Spring)', 'Python (FastAPI)', 'Rust']),
  worker: kind('Worker', 'Compute', 'Background processor consuming jobs or messages.', SCALED, ['Celery', 'Sidekiq', 'Go worker', 'Kubernetes Job']),
  function: kind('Function', 'Compute', 'Serverless function run per event.', SCALED, ['AWS Lambda', 'Cloud Functions', 'Azure Functions', 'Cloudflare Workers']),
  cache: kind('Cache', 'Data', 'In-memory key-value store in front of slower storage.', CACHE, ['Redis', 'Memcached', 'Valkey', 'Hazelcast']),
  'sql-database': kind('SQL database', 'Data', 'Relational database with transactions and joins.', DATABASE, ['PostgreSQL', 'MySQL', 'Aurora', 'CockroachDB', 'Spanner']),
  'nosql-database': kind('NoSQL database', 'Data', 'Key-value, document or wide-column store that scales out.', DATABASE, ['Cassandra', 'DynamoDB', 'MongoDB', 'ScyllaDB', 'Bigtable']),
  'object-storage': kind('Object storage', 'Data', 'Durable blob storage for files, media and backups.', ['technology', 'capacityPerInstance', 'replicationMode'], ['Amazon S3', 'Google Cloud Storage', 'Azure Blob Storage', 'MinIO']),
  'search-index': kind('Search index', 'Data', 'Inverted index for full-text and faceted search.', DATABASE, ['Elasticsearch', 'OpenSearch', 'Solr', 'Meilisearch']),
  queue: kind('Queue', 'Messaging', 'Point-to-point message queue; each message goes to one consumer.', MESSAGING, ['Amazon SQS', 'RabbitMQ', 'ActiveMQ']),
  stream: kind('Stream', 'Messaging', 'Partitioned, replayable log of events.', MESSAGING, ['Kafka', 'Kinesis', 'Pulsar', 'Redpanda']),
  pubsub: kind('Pub/sub', 'Messaging', 'Fans each message out to every subscriber.', MESSAGING, ['Google Pub/Sub', 'Amazon SNS', 'NATS', 'Redis Pub/Sub']),
  'rate-limiter': kind('Rate limiter', 'Cross-cutting', 'Caps requests per client to protect the system.', SCALED, ['Redis token bucket', 'Envoy rate limit', 'NGINX limit_req']),
  'auth-service': kind('Auth service', 'Cross-cutting', 'Authenticates users and issues or checks tokens.', SCALED, ['Keycloak', 'Auth0', 'Cognito', 'OAuth 2.0 server']),
  monitoring: kind('Monitoring', 'Cross-cutting', 'Metrics, logs, traces and alerts.', ['technology'], ['Prometheus', 'Grafana', 'Datadog', 'OpenTelemetry']),
  'external-api': kind('External API', 'Cross-cutting', 'A third-party service outside your control.', ['technology', 'capacityPerInstance'], ['Stripe', 'Twilio', 'SendGrid', 'Google Maps']),
  region: kind('Region', 'Containers', 'A geographic region holding zones and components.', NONE, []),
  zone: kind('Availability zone', 'Containers', 'An isolated failure domain inside a region.', NONE, []),
  note: kind('Note', 'Containers', 'A free text note on the canvas.', NONE, []),
};

export function kindInfo(kind: NodeKind): KindInfo {
  return CATALOGUE[kind];
}

/** Kinds per palette group, in catalogue order. */
export function kindsByGroup(): { group: PaletteGroup; kinds: NodeKind[] }[] {
  const entries = Object.entries(CATALOGUE) as [NodeKind, KindInfo][];
  return PALETTE_GROUPS.map((group) => ({ group, kinds: entries.filter(([, info]) => info.group === group).map(([k]) => k) }));
}

/** Data a freshly added component starts with: one instance where instances make sense. */
export function defaultComponentData(kind: ComponentKind): ComponentData {
  const info = CATALOGUE[kind];
  return info.fields.includes('instances') ? { kind, label: info.label, instances: 1 } : { kind, label: info.label };
}

export function isGroupKind(kind: NodeKind): kind is GroupKind {
  return kind === 'region' || kind === 'zone';
}
