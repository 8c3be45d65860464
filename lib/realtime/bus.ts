import type { ControlState } from '@/lib/interviews/control';

/**
 * The in-process link between Next's route handlers and the room server. They live in separate module
 * graphs (Next bundles routes; server.ts loads lib/realtime directly), so the link hangs on globalThis,
 * like the database connection. With several app instances this becomes a cross-instance channel; see
 * docs/realtime.md.
 */
interface RoomBus {
  controlListeners: Set<(interviewId: string, state: ControlState) => void>;
  flushers: Set<(interviewId: string) => Promise<void>>;
}

const globalForBus = globalThis as typeof globalThis & { __scaleboardRoomBus?: RoomBus };

export function roomBus(): RoomBus {
  globalForBus.__scaleboardRoomBus ??= { controlListeners: new Set(), flushers: new Set() };
  return globalForBus.__scaleboardRoomBus;
}

/** Tells every connection in the room about a new control state (phase, clock, hints, end). */
export function publishControl(interviewId: string, state: ControlState): void {
  for (const listener of roomBus().controlListeners) listener(interviewId, state);
}

/** Writes the room's in-memory document to the database now, so a reader sees the latest edits. */
export async function flushRoom(interviewId: string): Promise<void> {
  await Promise.all(Array.from(roomBus().flushers, (flush) => flush(interviewId)));
}
