import type { IncomingMessage } from 'node:http';
import { decode } from 'next-auth/jwt';

/** Auth.js's session cookie names: the `__Secure-` one over HTTPS. */
const COOKIE_NAMES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index < 1) continue;
    const name = part.slice(0, index).trim();
    try {
      cookies.set(name, decodeURIComponent(part.slice(index + 1).trim()));
    } catch {
      // A malformed value is not ours; ignore it.
    }
  }
  return cookies;
}

/** Auth.js splits a large token into `name.0`, `name.1`, …; joins them back. */
function readChunked(cookies: Map<string, string>, name: string): string | undefined {
  if (cookies.has(name)) return cookies.get(name);
  const chunks: string[] = [];
  for (let i = 0; cookies.has(`${name}.${i}`); i++) chunks.push(cookies.get(`${name}.${i}`) ?? '');
  return chunks.length > 0 ? chunks.join('') : undefined;
}

/**
 * The user id in the request's Auth.js session cookie (the same JWT the app's pages read), or null when
 * there is none, it does not decrypt with AUTH_SECRET, or it has expired. Only identity comes from here;
 * the caller loads the user and their role from the database.
 */
export async function userIdFromRequest(req: Pick<IncomingMessage, 'headers'>, secret = process.env.AUTH_SECRET): Promise<string | null> {
  if (!secret) return null;
  const cookies = parseCookies(req.headers.cookie);
  for (const name of COOKIE_NAMES) {
    const token = readChunked(cookies, name);
    if (!token) continue;
    try {
      const payload = await decode({ token, secret, salt: name });
      if (payload?.sub && (payload.exp === undefined || payload.exp * 1000 > Date.now())) return payload.sub;
    } catch {
      // Tampered, foreign or from another secret: treat as signed out.
    }
  }
  return null;
}
