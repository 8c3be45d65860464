import { nameOf } from '../describe';
import { isDataStore, kindOf } from '../graph';
import { finding, type Rule } from './types';

/**
 * `client-to-database`: an edge joining a client and a data store. Object storage is exempt: clients
 * reaching it through pre-signed URLs is a sound pattern.
 */
export const clientToDatabase: Rule = ({ graph }) =>
  graph.diagram.edges
    .filter((edge) => {
      const ends = [kindOf(graph, edge.source), kindOf(graph, edge.target)];
      return ends.includes('client') && ends.some((k) => k !== undefined && k !== 'object-storage' && isDataStore(k));
    })
    .map((edge) => {
      const [client, store] = kindOf(graph, edge.source) === 'client' ? [edge.source, edge.target] : [edge.target, edge.source];
      return finding(
        'client-to-database',
        'error',
        'auth-and-zero-trust',
        { nodeIds: [client, store], edgeIds: [edge.id] },
        `${nameOf(graph, client)} talks straight to ${nameOf(graph, store)}: the database is exposed to the internet, every client holds its credentials, and its schema becomes the public API. Put a service in between.`,
      );
    });
