import type { ComponentKind } from '@/lib/diagram/kinds';
import { listNames, nameOf } from '../describe';
import { kindOf } from '../graph';
import { finding, type Rule } from './types';

const CHECKED: readonly ComponentKind[] = ['service', 'api-gateway', 'auth-service', 'rate-limiter', 'worker'];
/** Kinds that spread traffic over the instances behind them. */
const SPREADERS: readonly ComponentKind[] = ['load-balancer', 'api-gateway', 'dns', 'queue', 'stream', 'pubsub'];

/**
 * `no-load-balancer`: a service-like component with several instances whose traffic arrives only from
 * nodes that do not spread it (anything but a load balancer, gateway, DNS or queue/stream/pub-sub).
 */
export const noLoadBalancer: Rule = ({ graph }) =>
  graph.components
    .filter((node) => CHECKED.includes(node.data.kind) && (node.data.instances ?? 1) >= 2)
    .flatMap((node) => {
      const incoming = (graph.in.get(node.id) ?? []).filter((e) => e.data.kind !== 'replication');
      if (incoming.length === 0) return [];
      if (incoming.some((e) => SPREADERS.includes(kindOf(graph, e.source) ?? 'client'))) return [];
      const callers = [...new Set(incoming.map((e) => e.source))];
      return [
        finding(
          'no-load-balancer',
          'warning',
          'load-balancing',
          { nodeIds: [node.id, ...callers], edgeIds: incoming.map((e) => e.id) },
          `${nameOf(graph, node.id)} runs ${node.data.instances} instances, but ${listNames(graph, callers)} call(s) it directly with nothing spreading the traffic. Put a load balancer (or API gateway) in front of it.`,
        ),
      ];
    });
