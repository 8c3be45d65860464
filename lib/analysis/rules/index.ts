import type { RuleId } from '../schema';
import { availabilityTarget } from './availability-target';
import { cacheOnlyStorage } from './cache-only-storage';
import { clientToDatabase } from './client-to-database';
import { disconnected } from './disconnected';
import { latencyBudget } from './latency-budget';
import { noCache } from './no-cache';
import { noLoadBalancer } from './no-load-balancer';
import { noMonitoring } from './no-monitoring';
import { noQueueForSlowWork } from './no-queue-for-slow-work';
import { noRateLimit } from './no-rate-limit';
import { noReplica } from './no-replica';
import { overCapacity } from './over-capacity';
import { singlePointOfFailure } from './single-point-of-failure';
import { syncCycle } from './sync-cycle';
import type { Rule } from './types';

/** Every rule, by its stable id. */
export const RULES: Record<RuleId, Rule> = {
  'single-point-of-failure': singlePointOfFailure,
  'no-replica': noReplica,
  'no-cache': noCache,
  'no-load-balancer': noLoadBalancer,
  'client-to-database': clientToDatabase,
  'cache-only-storage': cacheOnlyStorage,
  'no-queue-for-slow-work': noQueueForSlowWork,
  'sync-cycle': syncCycle,
  disconnected,
  'no-rate-limit': noRateLimit,
  'no-monitoring': noMonitoring,
  'over-capacity': overCapacity,
  'latency-budget': latencyBudget,
  'availability-target': availabilityTarget,
};
