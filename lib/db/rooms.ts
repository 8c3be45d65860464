// No `import 'server-only'` here, on purpose: the live-room WebSocket server (lib/realtime, started by
// server.ts outside Next's react-server bundle, where `server-only` throws) reads and writes rooms through
// these functions. They are still server code: nothing under app/ or components/ may import this file.
import type { Role } from '@/lib/auth/roles';
import { toControlState, type ControlState } from '@/lib/interviews/control';
import { getDb } from './client';

/** Who may be in a room, and whether it is still open for edits. */
export interface RoomFacts {
  interviewerId: string;
  candidateId: string | null;
  status: 'scheduled' | 'live' | 'ended' | 'cancelled';
  problemSlug: string;
}

export async function getRoomFacts(options: { interviewId: string }): Promise<RoomFacts | null> {
  const db = await getDb();
  return db.mockInterview.findUnique({
    where: { id: options.interviewId },
    select: { interviewerId: true, candidateId: true, status: true, problemSlug: true },
  });
}

/** The account behind a session token, as the room needs it (role from the database, not the token). */
export async function getRoomUser(options: { userId: string }): Promise<{ id: string; role: Role; name: string | null } | null> {
  const db = await getDb();
  return db.user.findUnique({ where: { id: options.userId }, select: { id: true, role: true, name: true } });
}

/** The persisted Yjs state of a room (one merged update), or null before the first edit. */
export async function loadRoomState(options: { interviewId: string }): Promise<Uint8Array | null> {
  const db = await getDb();
  const row = await db.roomDocument.findUnique({ where: { interviewId: options.interviewId }, select: { state: true } });
  return row ? new Uint8Array(row.state) : null;
}

export async function saveRoomState(options: { interviewId: string; state: Uint8Array }): Promise<void> {
  const db = await getDb();
  const state = Buffer.from(options.state);
  await db.roomDocument.upsert({
    where: { interviewId: options.interviewId },
    create: { interviewId: options.interviewId, state },
    update: { state },
  });
}

/**
 * The control state both people in the room see. `hintTexts` resolves a problem's hints: the room server
 * and Next's routes read the problem library through different modules.
 */
export async function loadControlState(options: {
  interviewId: string;
  hintTexts: (problemSlug: string) => readonly string[];
  now?: Date;
}): Promise<ControlState | null> {
  const db = await getDb();
  const row = await db.mockInterview.findUnique({
    where: { id: options.interviewId },
    include: { session: { select: { hintUses: { where: { source: 'interviewer' }, orderBy: { openedAt: 'asc' } } } } },
  });
  if (!row) return null;
  const texts = options.hintTexts(row.problemSlug);
  const hints = (row.session?.hintUses ?? []).map((h) => ({ index: h.hintIndex, text: texts[h.hintIndex] ?? '', sentAt: h.openedAt }));
  return toControlState(row, hints, options.now ?? new Date());
}
