import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { useTestDatabase } from './support/test-database';
import { createTestUser } from './support/users';
import type { CurrentUser } from '@/lib/auth/session';
import { claimInvite, createInterview, recordSentHint, savePrivateNotes } from '@/lib/db/interviews';
import { loadRoomState } from '@/lib/db/rooms';
import { readDiagram, writeDiagram } from '@/lib/interviews/room-content';
import { generateInviteToken } from '@/lib/interviews/token';
import { getProblem } from '@/lib/problems/library';
import { createRoomServer, type RoomServer } from '@/lib/realtime/room-server';
import { publishControlState } from '@/lib/realtime/publish';
import { MESSAGE_CONTROL } from '@/lib/realtime/protocol';

useTestDatabase();

const SECRET = 'realtime-test-secret-0123456789abcdef';
const COOKIE = 'authjs.session-token';
const PRIVATE_NOTE = 'PRIVATE-NOTE-candidate-hesitates-on-sharding';
let server: Server;
let rooms: RoomServer;
let base: string;
let interviewer: CurrentUser;
let candidate: CurrentUser;
let stranger: CurrentUser;
let roomId: string;

async function startServer(): Promise<void> {
  rooms = createRoomServer();
  server = createServer((_req, res) => res.end());
  server.on('upgrade', (req, socket, head) => rooms.handleUpgrade(req, socket, head) || socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/api/rooms`;
}

async function stopServer(): Promise<void> {
  await rooms.close();
  await new Promise((resolve) => {
    server.close(resolve);
    server.closeAllConnections();
  });
}

async function cookieFor(user: CurrentUser): Promise<string> {
  return `${COOKIE}=${await encode({ token: { sub: user.id }, secret: SECRET, salt: COOKIE })}`;
}

/** A y-websocket client (as the browser runs it) with the user's cookie, recording every frame it receives. */
async function join(user: CurrentUser, id = roomId) {
  const cookie = await cookieFor(user);
  const frames: Buffer[] = [];
  const closes: number[] = [];
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
      this.on('message', (data: Buffer) => frames.push(Buffer.from(data)));
      this.on('close', (code) => closes.push(code));
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(base, id, doc, { connect: false, disableBc: true, WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket });
  provider.messageHandlers[MESSAGE_CONTROL] = () => {}; // control state is the UI's business; frames are recorded above
  provider.connect();
  await waitFor(() => provider.synced);
  return { doc, provider, frames, closes, raw: () => provider.ws as unknown as WebSocket };
}

async function waitFor(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens a bare socket and reports how the server answered: an HTTP status, or the frames it sent. */
function probe(url: string, cookie?: string): Promise<{ status?: number; frames: number }> {
  return new Promise((resolve) => {
    let frames = 0;
    const ws = new WebSocket(url, { headers: cookie ? { cookie } : {} });
    ws.on('message', () => frames++);
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode, frames }));
    ws.on('open', () => setTimeout(() => (ws.close(), resolve({ frames })), 300));
    ws.on('error', () => resolve({ frames }));
  });
}

const node = (id: string) => ({ id, type: 'component' as const, position: { x: 0, y: 0 }, data: { kind: 'service' as const, label: id } });

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  [interviewer, candidate, stranger] = await Promise.all([createTestUser('interviewer'), createTestUser(), createTestUser()]);
  const { hash } = generateInviteToken();
  const row = await createInterview({ actor: interviewer, problemSlug: 'url-shortener', scheduledAt: new Date(), durationMinutes: 45, inviteTokenHash: hash });
  roomId = await claimInvite({ actor: candidate, inviteTokenHash: hash });
  expect(roomId).toBe(row.id);
  await startServer();
});

afterAll(stopServer);

describe('live rooms', () => {
  it('refuses a connection without a session, or from someone outside the interview, before any frame', async () => {
    expect(await probe(`${base}/${roomId}`)).toEqual({ status: 401, frames: 0 });
    expect(await probe(`${base}/${roomId}`, `${COOKIE}=forged`)).toEqual({ status: 401, frames: 0 });
    expect(await probe(`${base}/${roomId}`, await cookieFor(stranger))).toEqual({ status: 404, frames: 0 });
    expect(await probe(`${base}/no-such-room`, await cookieFor(candidate))).toEqual({ status: 404, frames: 0 });
  });

  it('syncs edits both ways and never sends the candidate private notes or the reference design', async () => {
    await savePrivateNotes({ actor: interviewer, interviewId: roomId, notes: PRIVATE_NOTE });
    const host = await join(interviewer);
    const guest = await join(candidate);
    writeDiagram(guest.doc, { nodes: [node('cache')], edges: [] });
    await waitFor(() => readDiagram(host.doc).nodes.some((n) => n.id === 'cache'));
    await recordSentHint({ actor: interviewer, interviewId: roomId, hintIndex: 0 });
    await publishControlState(roomId);
    const problem = getProblem('url-shortener');
    const hint = problem?.hints[0] ?? '';
    await waitFor(() => Buffer.concat(guest.frames).includes(hint.slice(0, 40)));
    const received = Buffer.concat(guest.frames).toString('utf8');
    expect(received).not.toContain(PRIVATE_NOTE);
    for (const secret of [problem?.rubric[0]?.levels[3], problem?.referenceDesign.nodes[0]?.data.label, problem?.deepDives[0]?.strongAnswer]) {
      expect(secret && received.includes(secret.slice(0, 40))).toBe(false);
    }
    host.provider.destroy();
    guest.provider.destroy();
  });

  it('disconnects a client that sends control messages, oversized frames or floods, and nobody else', async () => {
    const host = await join(interviewer);
    for (const misbehave of [
      (ws: WebSocket) => ws.send(Uint8Array.of(MESSAGE_CONTROL, 0)),
      (ws: WebSocket) => ws.send(Buffer.alloc(3 * 1024 * 1024)),
      (ws: WebSocket) => Array.from({ length: 2_000 }, () => ws.send(Uint8Array.of(3))),
    ]) {
      const guest = await join(candidate);
      guest.provider.shouldConnect = false; // stay down once disconnected
      misbehave(guest.raw());
      await waitFor(() => guest.closes.length > 0);
      expect([1003, 1009, 1008]).toContain(guest.closes[0]);
      const id = `n-${guest.closes[0]}`;
      writeDiagram(host.doc, { nodes: [...readDiagram(host.doc).nodes, node(id)], edges: [] });
      const other = await join(candidate);
      await waitFor(() => readDiagram(other.doc).nodes.some((n) => n.id === id));
      expect(host.provider.wsconnected).toBe(true);
      guest.provider.destroy();
      other.provider.destroy();
    }
    host.provider.destroy();
  });

  it('merges what a client edited while disconnected once it reconnects', async () => {
    const host = await join(interviewer);
    const guest = await join(candidate);
    guest.provider.disconnect();
    writeDiagram(guest.doc, { nodes: [...readDiagram(guest.doc).nodes, node('offline-edit')], edges: [] });
    writeDiagram(host.doc, { nodes: [...readDiagram(host.doc).nodes, node('online-edit')], edges: [] });
    guest.provider.connect();
    await waitFor(() => readDiagram(host.doc).nodes.some((n) => n.id === 'offline-edit'));
    await waitFor(() => readDiagram(guest.doc).nodes.some((n) => n.id === 'online-edit'));
    host.provider.destroy();
    guest.provider.destroy();
  });

  it('persists the room and reloads it after a restart', async () => {
    const guest = await join(candidate);
    writeDiagram(guest.doc, { nodes: [...readDiagram(guest.doc).nodes, node('survivor')], edges: [] });
    await new Promise((r) => setTimeout(r, 100));
    guest.provider.destroy();
    await stopServer();
    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await loadRoomState({ interviewId: roomId })) ?? new Uint8Array());
    expect(readDiagram(stored).nodes.map((n) => n.id)).toContain('survivor');
    await startServer();
    const back = await join(interviewer);
    expect(readDiagram(back.doc).nodes.map((n) => n.id)).toContain('survivor');
    back.provider.destroy();
  });
});
