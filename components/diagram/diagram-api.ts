import { z } from 'zod';
import type { LoadResult, SaveResult } from '@/lib/diagram/autosave';
import type { Diagram } from '@/lib/diagram/schema';
import { diagramSchema } from '@/lib/diagram/schema';

/** Client for `GET/PUT /api/sessions/{id}/diagram`; outcomes are values, a dropped connection included. */
const loadResponseSchema = z.object({ version: z.number().int().min(0), nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });
const errorBodySchema = z.object({ error: z.string() });

function url(sessionId: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/diagram`;
}

async function errorMessage(response: Response): Promise<string> {
  const body = errorBodySchema.safeParse(await response.json().catch(() => null));
  if (response.status === 401) return 'You are signed out; sign in again to save.';
  return body.success ? body.data.error : `The server answered ${response.status}.`;
}

export async function loadDiagram(sessionId: string): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url(sessionId), { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch {
    return { kind: 'offline' };
  }
  if (!response.ok) return { kind: 'failed', message: await errorMessage(response) };
  const body = loadResponseSchema.safeParse(await response.json().catch(() => null));
  const diagram = body.success ? diagramSchema.safeParse({ nodes: body.data.nodes, edges: body.data.edges }) : undefined;
  if (!body.success || !diagram?.success) return { kind: 'failed', message: 'The saved diagram could not be read.' };
  return { kind: 'ok', version: body.data.version, diagram: diagram.data };
}

export async function saveDiagram(sessionId: string, body: string, options: { keepalive: boolean }): Promise<SaveResult> {
  let response: Response;
  try {
    response = await fetch(url(sessionId), { method: 'PUT', body, keepalive: options.keepalive, headers: { 'content-type': 'application/json' } });
  } catch {
    return { kind: 'offline' };
  }
  if (response.ok) {
    const parsed = z.object({ version: z.number().int() }).safeParse(await response.json().catch(() => null));
    return parsed.success ? { kind: 'saved', version: parsed.data.version } : { kind: 'failed', message: 'Unexpected answer from the server.', isRetryable: true };
  }
  if (response.status === 409) {
    // A stale base version carries the current one; a 409 without it means the session is frozen (submitted).
    const body = z.object({ error: z.string().optional(), version: z.number().int().optional() }).safeParse(await response.json().catch(() => null));
    if (body.success && body.data.version !== undefined) return { kind: 'conflict' };
    return { kind: 'failed', message: (body.success && body.data.error) || 'The diagram can no longer be changed.', isRetryable: false };
  }
  // 5xx and rate limits are passing trouble; 400, 401, 403, 404 and 413 need a change first.
  const isRetryable = response.status >= 500 || response.status === 429;
  return { kind: 'failed', message: await errorMessage(response), isRetryable };
}

export interface DiagramRevision {
  version: number;
  createdAt: string;
  diagram: Diagram;
}

const revisionsSchema = z.object({
  revisions: z.array(z.object({ version: z.number().int(), createdAt: z.string(), nodes: z.array(z.unknown()), edges: z.array(z.unknown()) })),
});

/** Saved revisions, newest first; revisions that no longer parse are skipped rather than failing the list. */
export async function loadRevisions(sessionId: string): Promise<DiagramRevision[]> {
  const response = await fetch(`${url(sessionId)}/revisions`, { cache: 'no-store' });
  if (!response.ok) throw new Error(await errorMessage(response));
  const body = revisionsSchema.parse(await response.json());
  return body.revisions.flatMap((r) => {
    const diagram = diagramSchema.safeParse({ nodes: r.nodes, edges: r.edges });
    return diagram.success ? [{ version: r.version, createdAt: r.createdAt, diagram: diagram.data }] : [];
  }).reverse();
}
