import { z } from 'zod';
import type { SaveOutcome } from '@/lib/sessions/draft-saver';

/** Browser client for the session API; outcomes are values, a dropped connection included. */
export type ApiAnswer = { ok: true; status: number; json: unknown } | { ok: false; status: number; error: string; json: unknown };

const errorSchema = z.object({ error: z.string() });

export function sessionUrl(sessionId: string, path = ''): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}${path}`;
}

/** Sends JSON and reads JSON; status 0 means the request never reached the server. */
export async function requestJson(url: string, method: string, body?: unknown, keepalive = false): Promise<ApiAnswer> {
  let response: Response;
  try {
    const text = body === undefined ? undefined : JSON.stringify(body);
    response = await fetch(url, {
      method,
      body: text,
      keepalive: keepalive && (text?.length ?? 0) < 60_000,
      cache: 'no-store',
      headers: text === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
    });
  } catch {
    return { ok: false, status: 0, error: 'You appear to be offline.', json: null };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, json };
  const parsed = errorSchema.safeParse(json);
  const error = response.status === 401 ? 'You are signed out; sign in again to save.' : parsed.success ? parsed.data.error : `The server answered ${response.status}.`;
  return { ok: false, status: response.status, error, json };
}

/** Maps an autosave answer to what the draft saver needs; a 409 on a submitted session freezes it. */
export function toSaveOutcome(answer: ApiAnswer): SaveOutcome {
  if (answer.ok) return { kind: 'saved' };
  if (answer.status === 0) return { kind: 'offline' };
  if (answer.status === 409) return { kind: 'frozen' };
  return { kind: 'failed', message: answer.error, isRetryable: answer.status >= 500 || answer.status === 429 };
}

/** The clock fields of `GET /api/sessions/{id}` the workspace follows. */
export const sessionClockSchema = z.object({
  status: z.enum(['in_progress', 'submitted']),
  remainingSeconds: z.number().nullable(),
  elapsedSeconds: z.number(),
  isPaused: z.boolean(),
  currentPhase: z.number().int(),
  phaseSeconds: z.record(z.string(), z.number()),
});
export type SessionClock = z.infer<typeof sessionClockSchema>;

export async function fetchSessionClock(sessionId: string): Promise<SessionClock | null> {
  const answer = await requestJson(sessionUrl(sessionId), 'GET');
  const parsed = sessionClockSchema.safeParse(answer.json);
  return answer.ok && parsed.success ? parsed.data : null;
}
