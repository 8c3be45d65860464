import type { IncomingMessage } from 'node:http';

export const CLIENT_IP_HEADER = 'x-scaleboard-client-ip';

/**
 * Stamps the caller's address on the request for rate limits. A client-sent value is overwritten, and
 * X-Forwarded-For is believed only behind a proxy we were told about (TRUST_PROXY=1).
 */
export function stampClientIp(req: IncomingMessage, trustProxy: boolean): void {
  const forwarded = req.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  req.headers[CLIENT_IP_HEADER] = (trustProxy && first) || req.socket.remoteAddress || 'unknown';
}

/**
 * Tells Next and next-auth the public origin the browser used (its Host header), unless a trusted proxy
 * already said so; otherwise redirects would point at the listening address (0.0.0.0).
 */
export function stampForwardedHost(req: IncomingMessage, trustProxy: boolean): void {
  if (trustProxy && req.headers['x-forwarded-host']) return;
  if (req.headers.host) req.headers['x-forwarded-host'] = req.headers.host;
  req.headers['x-forwarded-proto'] = 'http';
}
