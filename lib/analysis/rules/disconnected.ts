import { nameOf } from '../describe';
import { finding, type Rule } from './types';

/**
 * `disconnected`: a component with no edges at all. Monitoring is exempt: it is usually drawn beside
 * everything rather than wired to it.
 */
export const disconnected: Rule = ({ graph }) => {
  const connected = new Set(graph.diagram.edges.flatMap((e) => [e.source, e.target]));
  return graph.components
    .filter((node) => node.data.kind !== 'monitoring' && !connected.has(node.id))
    .map((node) =>
      finding(
        'disconnected',
        'warning',
        'resilience',
        { nodeIds: [node.id] },
        `${nameOf(graph, node.id)} is not connected to anything, so no request reaches it. Connect it, or remove it if the design does not need it.`,
      ),
    );
};
