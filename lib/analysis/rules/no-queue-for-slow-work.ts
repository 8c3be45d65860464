import { nameOf } from '../describe';
import { idsOfKind, isRequestEdge, type ComponentNode } from '../graph';
import { reachable } from '../walks';
import { finding, type Rule } from './types';

/** Words that mark slow or fan-out work in a label, technology or notes. */
const SLOW_WORK =
  /\b(notif|e-?mail|sms\b|transcod|thumbnail|(image|photo|video) (resiz|encod)|(media|video|image|photo) ?process|fan-?out|fan out|feed (gen|build|fan|publish|writ)|timeline (gen|build|fan)|webhook|report gen|export(er)?\b|ffmpeg|sendgrid|twilio|apns\b|fcm\b)/i;

/** A worker, or a component whose words say it does slow or fan-out work. */
export function isSlowWork(node: ComponentNode): boolean {
  if (node.data.kind === 'worker') return true;
  if (node.data.kind === 'client') return false;
  return SLOW_WORK.test([node.data.label, node.data.technology ?? '', node.data.notes ?? ''].join(' '));
}

/**
 * `no-queue-for-slow-work`: slow or fan-out work (notifications, media processing, feed fan-out, …)
 * reached from a client through request edges only, so the request waits for it.
 */
export const noQueueForSlowWork: Rule = ({ graph }) => {
  const onRequestPath = reachable(graph, idsOfKind(graph, 'client'), { follow: isRequestEdge });
  // A component that hands its work to a queue or stream (an outgoing async edge) is the enqueuer the rule
  // asks for, whatever its name: a "Notification API" that publishes jobs is the right design.
  const handsOff = (id: string) => (graph.out.get(id) ?? []).some((e) => e.data.kind === 'async');
  return graph.components
    .filter((node) => onRequestPath.has(node.id) && isSlowWork(node) && !handsOff(node.id))
    .map((node) => {
      const calls = (graph.in.get(node.id) ?? []).filter((e) => isRequestEdge(e) && onRequestPath.has(e.source));
      return finding(
        'no-queue-for-slow-work',
        'warning',
        'queues-and-logs',
        { nodeIds: [node.id], edgeIds: calls.map((e) => e.id) },
        `${nameOf(graph, node.id)} does slow or fan-out work on the request path (called synchronously), so users wait for it and its failures fail their requests. Hand the work to a queue or stream with an async edge and let workers consume it.`,
      );
    });
};
