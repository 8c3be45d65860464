import { docs, setPersistence, type WSSharedDoc } from '@y/websocket-server/utils';
import * as Y from 'yjs';
import { loadRoomState, saveRoomState } from '@/lib/db/rooms';

/**
 * Room documents in PostgreSQL (or PGlite): loaded when a room is first joined, written as one merged
 * update a short while after edits stop (at most every MAX_WAIT_MS while they go on), and once more when
 * the last person leaves. Writes of one room run one at a time, and a room being reopened waits for its
 * last write, so a rejoin never reads state older than what was in memory.
 */
const DEBOUNCE_MS = 500;
const MAX_WAIT_MS = 3_000;
const LOADED = Symbol('loaded from the database');

interface RoomPersistence {
  load: Promise<void>;
  timer?: NodeJS.Timeout;
  firstChangeAt?: number;
  isDirty: boolean;
}

const rooms = new WeakMap<Y.Doc, RoomPersistence>();
/** The latest write per room name, kept until it settles. */
const writes = new Map<string, Promise<void>>();

function persist(name: string, doc: Y.Doc): Promise<void> {
  const room = rooms.get(doc);
  if (room?.timer) clearTimeout(room.timer);
  if (!room?.isDirty) return writes.get(name) ?? Promise.resolve();
  room.isDirty = false;
  room.timer = undefined;
  room.firstChangeAt = undefined;
  const state = Y.encodeStateAsUpdate(doc);
  const previous = writes.get(name) ?? Promise.resolve();
  const write = previous
    .then(() => saveRoomState({ interviewId: name, state }))
    .catch((error: unknown) => {
      room.isDirty = true; // try again with the next edit or flush
      console.error(`[rooms] could not save room ${name}:`, (error as Error).message);
    })
    .finally(() => {
      if (writes.get(name) === write) writes.delete(name);
    });
  writes.set(name, write);
  return write;
}

function schedule(name: string, doc: Y.Doc, room: RoomPersistence): void {
  room.isDirty = true;
  const now = Date.now();
  room.firstChangeAt ??= now;
  if (room.timer) clearTimeout(room.timer);
  const wait = Math.max(0, Math.min(DEBOUNCE_MS, room.firstChangeAt + MAX_WAIT_MS - now));
  room.timer = setTimeout(() => void persist(name, doc), wait);
}

function bindState(name: string, doc: WSSharedDoc): void {
  const load = (async () => {
    await writes.get(name);
    const state = await loadRoomState({ interviewId: name });
    if (state) Y.applyUpdate(doc, state, LOADED);
  })();
  const room: RoomPersistence = { load, isDirty: false };
  rooms.set(doc, room);
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin !== LOADED) schedule(name, doc, room);
  });
}

let isInstalled = false;

/** Plugs the database into @y/websocket-server (once per process). */
export function installRoomPersistence(): void {
  if (isInstalled) return;
  isInstalled = true;
  setPersistence({ provider: null, bindState, writeState: (name, doc) => persist(name, doc) });
}

/** Resolves when the room's stored state is in `doc`; rejects when it could not be read. */
export function whenRoomLoaded(doc: Y.Doc): Promise<void> {
  return rooms.get(doc)?.load ?? Promise.resolve();
}

/** Writes a room now if it is open in this process (end of interview, shutdown). */
export function flushRoomNow(name: string): Promise<void> {
  const doc = docs.get(name);
  return doc ? persist(name, doc) : (writes.get(name) ?? Promise.resolve());
}

export function flushAllRooms(): Promise<void> {
  return Promise.all(Array.from(docs.keys(), (name) => flushRoomNow(name))).then(() => undefined);
}
