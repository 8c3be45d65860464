import type { ComponentKind } from '@/lib/diagram/kinds';
import { listNames } from '../describe';
import { idsOfKind, isFlowEdge, kindOf, type AnalysisGraph } from '../graph';
import { reachable } from '../walks';
import { finding, type Rule } from './types';

const GUARDS: readonly ComponentKind[] = ['rate-limiter', 'api-gateway'];
const PUBLIC_APIS: readonly ComponentKind[] = ['service', 'function'];

/** True when the node has an edge, either way, to a rate limiter (a limiter the service consults). */
function consultsLimiter(graph: AnalysisGraph, id: string): boolean {
  const edges = [...(graph.out.get(id) ?? []), ...(graph.in.get(id) ?? [])];
  return edges.some((e) => kindOf(graph, e.source) === 'rate-limiter' || kindOf(graph, e.target) === 'rate-limiter');
}

/**
 * `no-rate-limit`: a client reaches a service or function without passing a rate limiter or API gateway,
 * and the service does not consult a rate limiter itself.
 */
export const noRateLimit: Rule = ({ graph }) => {
  const clients = idsOfKind(graph, 'client');
  const unguarded = reachable(graph, clients, {
    follow: isFlowEdge,
    canEnter: (id) => !GUARDS.includes(kindOf(graph, id) ?? 'client'),
  });
  const exposed = [...unguarded]
    .filter((id) => PUBLIC_APIS.includes(kindOf(graph, id) ?? 'client') && !consultsLimiter(graph, id))
    .sort();
  if (exposed.length === 0) return [];
  return [
    finding(
      'no-rate-limit',
      'warning',
      'rate-limiting',
      { nodeIds: exposed },
      `Clients reach ${listNames(graph, exposed)} with no rate limiter or API gateway at the edge, so one abusive or buggy client can exhaust capacity for everyone. Put an API gateway or rate limiter between clients and services.`,
    ),
  ];
};
