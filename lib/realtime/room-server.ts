import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { docs, getYDoc, setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { interviewPermissions } from '@/lib/auth/access';
import { getRoomFacts, getRoomUser, loadControlState } from '@/lib/db/rooms';
import type { ControlState } from '@/lib/interviews/control';
import { roomBus } from './bus';
import { GuardedWebSocket } from './guarded-socket';
import { hintTextsFromLibrary } from './hint-texts';
import { createConnectionLimiter, ROOM_LIMITS } from './limits';
import { flushAllRooms, flushRoomNow, installRoomPersistence, whenRoomLoaded } from './persistence';
import { CLOSE, classifyInbound, encodeControl } from './protocol';
import { userIdFromRequest } from './session-auth';

export const ROOM_PATH_PREFIX = '/api/rooms/';
const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The interview id in `/api/rooms/<id>`, or null when the path is not a room's. */
export function roomIdFromUrl(url: string | undefined): string | null {
  const path = (url ?? '').split('?')[0] ?? '';
  if (!path.startsWith(ROOM_PATH_PREFIX)) return null;
  const id = path.slice(ROOM_PATH_PREFIX.length);
  return ROOM_ID.test(id) ? id : null;
}

/** Refuses an upgrade with a plain HTTP answer: no WebSocket is opened, so no document byte is sent. */
function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`);
}

interface Admission {
  roomId: string;
  isReadOnly: boolean;
  control: ControlState;
}

/** Authenticates the session cookie and authorises the room; null (after refusing) when not allowed. */
async function admit(req: IncomingMessage, socket: Duplex, roomId: string): Promise<Admission | null> {
  const userId = await userIdFromRequest(req);
  if (!userId) return refuse(socket, 401, 'Unauthorized'), null;
  const [user, facts] = await Promise.all([getRoomUser({ userId }), getRoomFacts({ interviewId: roomId })]);
  if (!user || !facts || facts.status === 'cancelled' || !interviewPermissions(user, facts).canJoin) {
    return refuse(socket, 404, 'Not Found'), null;
  }
  const control = await loadControlState({ interviewId: roomId, hintTexts: hintTextsFromLibrary });
  if (!control) return refuse(socket, 404, 'Not Found'), null;
  return { roomId, isReadOnly: facts.status === 'ended', control };
}

export interface RoomServer {
  /** Takes the upgrade if its path is a room's; returns false to let someone else handle it. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): Promise<void>;
}

/** The live-room WebSocket endpoint: y-websocket's protocol, authenticated, authorised, limited, persisted. */
export function createRoomServer(): RoomServer {
  installRoomPersistence();
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_LIMITS.maxMessageBytes, WebSocket: GuardedWebSocket });
  const endedRooms = new Set<string>();

  const broadcastControl = (roomId: string, state: ControlState) => {
    if (state.status === 'ended' || state.status === 'cancelled') endedRooms.add(roomId);
    const message = encodeControl(state);
    docs.get(roomId)?.conns.forEach((_, conn) => (conn as GuardedWebSocket).send(message));
  };
  const bus = roomBus();
  bus.controlListeners.add(broadcastControl);
  bus.flushers.add(flushRoomNow);

  const connect = (ws: GuardedWebSocket, req: IncomingMessage, admission: Admission) => {
    const limiter = createConnectionLimiter(Date.now());
    // ws reports protocol violations (an oversized frame) as an 'error' before closing that socket; without
    // a listener Node would treat it as uncaught and bring the whole server down.
    ws.on('error', (error) => console.warn(`[rooms] connection dropped: ${error.message}`));
    if (admission.isReadOnly) endedRooms.add(admission.roomId);
    ws.guard = (bytes) => {
      if (!limiter.allow(bytes.byteLength, Date.now())) return ws.close(CLOSE.policy, 'Too many messages'), false;
      const kind = classifyInbound(bytes);
      if (kind === 'invalid') return ws.close(CLOSE.unsupported, 'Unsupported message'), false;
      // Once the interview has ended the work is frozen: edits are dropped, presence still flows.
      return !(kind === 'write' && endedRooms.has(admission.roomId));
    };
    setupWSConnection(ws, req, { docName: admission.roomId, gc: true });
    ws.send(encodeControl(admission.control));
  };

  const upgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer, roomId: string) => {
    const admission = await admit(req, socket, roomId);
    if (!admission) return;
    const doc = getYDoc(roomId);
    try {
      await whenRoomLoaded(doc);
    } catch (error) {
      // Never serve (and later save) an empty document over one that failed to load.
      if (docs.get(roomId) === doc && doc.conns.size === 0) docs.delete(roomId);
      console.error(`[rooms] could not load room ${roomId}:`, (error as Error).message);
      return refuse(socket, 503, 'Service Unavailable');
    }
    wss.handleUpgrade(req, socket, head, (ws) => connect(ws as GuardedWebSocket, req, admission));
  };

  return {
    handleUpgrade(req, socket, head) {
      const roomId = roomIdFromUrl(req.url);
      if (roomId === null) return false;
      socket.on('error', () => socket.destroy());
      upgrade(req, socket, head, roomId).catch((error: unknown) => {
        console.error('[rooms] upgrade failed:', (error as Error).message);
        refuse(socket, 500, 'Internal Server Error');
      });
      return true;
    },
    async close() {
      bus.controlListeners.delete(broadcastControl);
      bus.flushers.delete(flushRoomNow);
      await flushAllRooms();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
