import { finding, type Rule } from './types';

const OBSERVABILITY = /monitor|observab|metric|tracing|\btrace|logging|\blogs?\b|alert|dashboard|prometheus|grafana|datadog|opentelemetry/i;

/**
 * `no-monitoring`: components but no monitoring component, and no note (or component notes) that
 * mentions monitoring, metrics, tracing, logging, alerting or dashboards.
 */
export const noMonitoring: Rule = ({ graph }) => {
  if (graph.components.length === 0) return [];
  if (graph.components.some((n) => n.data.kind === 'monitoring')) return [];
  const mentions = graph.diagram.nodes.some((n) => {
    if (n.type === 'group') return false;
    return OBSERVABILITY.test(n.type === 'note' ? `${n.data.label} ${n.data.notes ?? ''}` : (n.data.notes ?? ''));
  });
  if (mentions) return [];
  return [
    finding(
      'no-monitoring',
      'warning',
      'observability',
      {},
      'Nothing in the design watches it: no monitoring component and no note on metrics, logs, tracing or alerts. Add a monitoring component (it may stand unconnected) or a note saying what you measure and alert on.',
    ),
  ];
};
