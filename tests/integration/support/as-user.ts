import { vi } from 'vitest';
import type { CurrentUser } from '@/lib/auth/session';

/**
 * Route handlers are called directly, as Next would call them. Identity comes from next-auth's cookie in
 * production; here the test says who is calling (the e2e suite covers the real cookie flow).
 */
const state: { user: CurrentUser | null } = { user: null };

vi.mock('@/lib/auth/session', () => ({
  getCurrentUser: async () => state.user,
  requireUser: async () => {
    const { UnauthorizedError } = await import('@/lib/errors');
    if (!state.user) throw new UnauthorizedError();
    return state.user;
  },
}));

export function actAs(user: CurrentUser | null): void {
  state.user = user;
}

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler with a JSON body (or raw text) and URL params; returns status and parsed JSON. */
export async function call(
  handler: Handler,
  options: { method?: string; url?: string; params?: Record<string, string>; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  const req = new Request(options.url ?? 'http://localhost/api/test', {
    method: options.method ?? (hasBody ? 'POST' : 'GET'),
    headers: hasBody ? { 'content-type': 'application/json' } : {},
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const res = await handler(req, { params: Promise.resolve(options.params ?? {}) });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}
