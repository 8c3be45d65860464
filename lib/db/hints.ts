import 'server-only';
import type { Actor } from '@/lib/auth/access';
import { getDb } from './client';
import { getEditableSession, getSessionForActor } from './sessions';

export interface HintUseRow {
  hintIndex: number;
  source: string;
  openedAt: Date;
}

/** Hints opened in a session, in the order they were opened (shown to reviewers with their times). */
export async function findHintUses(options: { actor: Actor; sessionId: string }): Promise<HintUseRow[]> {
  await getSessionForActor(options);
  const db = await getDb();
  return db.hintUse.findMany({
    where: { sessionId: options.sessionId },
    orderBy: { openedAt: 'asc' },
    select: { hintIndex: true, source: true, openedAt: true },
  });
}

/**
 * Records that the candidate opened a hint. Opening it again keeps the first time, so the record says
 * when help was first needed; `isNew` tells the two apart.
 */
export async function openHint(options: { actor: Actor; sessionId: string; hintIndex: number }): Promise<HintUseRow & { isNew: boolean }> {
  await getEditableSession(options);
  const db = await getDb();
  const key = { sessionId_hintIndex: { sessionId: options.sessionId, hintIndex: options.hintIndex } };
  const existing = await db.hintUse.findUnique({ where: key });
  if (existing) return { ...existing, isNew: false };
  const row = await db.hintUse.upsert({
    where: key,
    create: { sessionId: options.sessionId, hintIndex: options.hintIndex, source: 'self' },
    update: {},
  });
  return { hintIndex: row.hintIndex, source: row.source, openedAt: row.openedAt, isNew: true };
}
