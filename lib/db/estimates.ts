import 'server-only';
import type { Actor } from '@/lib/auth/access';
import { ConflictError } from '@/lib/errors';
import { EMPTY_SESSION_ESTIMATE, sessionEstimateSchema, withResults, type SessionEstimate } from '@/lib/estimator/session-estimate';
import { getDb } from './client';
import { getEditableSession, getSessionForActor } from './sessions';

/**
 * The estimator's saved work. The table keeps `inputs` and `lines`; the results snapshot is recomputed
 * from the inputs on read (the model is pure), so what a reviewer sees matches what the candidate saw.
 */
function parseStored(inputs: unknown, lines: unknown): SessionEstimate {
  const parsed = sessionEstimateSchema.safeParse({ inputs, lines });
  return withResults(parsed.success ? parsed.data : EMPTY_SESSION_ESTIMATE);
}

export async function getSessionEstimate(options: { actor: Actor; sessionId: string }): Promise<SessionEstimate & { version: number }> {
  await getSessionForActor(options);
  const db = await getDb();
  const row = await db.estimate.findUnique({ where: { sessionId: options.sessionId } });
  if (!row) return { version: 0, ...withResults(EMPTY_SESSION_ESTIMATE) };
  return { version: row.version, ...parseStored(row.inputs, row.lines) };
}

/**
 * Saves the estimate if `baseVersion` is current (optimistic concurrency, like the diagram); otherwise
 * throws ConflictError carrying the current version. A submitted session answers 409 without one.
 */
export async function saveSessionEstimate(options: { actor: Actor; sessionId: string; baseVersion: number; estimate: SessionEstimate }) {
  await getEditableSession(options);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.estimate.upsert({ where: { sessionId: options.sessionId }, create: { sessionId: options.sessionId }, update: {} });
    const version = current.version + 1;
    const { count } = await tx.estimate.updateMany({
      where: { id: current.id, version: options.baseVersion },
      data: { version, inputs: options.estimate.inputs, lines: options.estimate.lines },
    });
    if (count === 0) throw new ConflictError('The estimate changed since this edit was based on it', { version: current.version });
    return { version };
  });
}
