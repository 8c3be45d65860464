// Real-time rooms: 100 clients in 25 rooms on loopback, each making edits; reports how long an edit takes
// to reach the other clients of its room (p50/p99) and the room server's memory. The server runs in a
// child process (this file with --serve) on a fresh in-memory database, so its memory is its own.
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { nodesMap } from '../lib/interviews/room-content';
import { MESSAGE_CONTROL } from '../lib/realtime/protocol';
import { percentile, round } from './stats';

const ROOMS = 25;
const CLIENTS_PER_ROOM = 4;
const EDITS_PER_CLIENT = 20;
const EDIT_INTERVAL_MS = 100;
const COOKIE = 'authjs.session-token';
const SECRET = 'bench-only-secret-0123456789abcdef0123';

interface Setup {
  port: number;
  rooms: { id: string; cookies: string[] }[];
}

/** Child: a room server with 25 interviews (each interviewer and candidate on two connections). */
async function serve(): Promise<void> {
  Object.assign(process.env, { PGLITE_DIR: 'memory://', AUTH_SECRET: SECRET });
  delete process.env.DATABASE_URL;
  const { getConnection } = await import('../lib/db/connection');
  const { applyMigrations } = await import('../lib/db/migrations/apply');
  const { getDb } = await import('../lib/db/client');
  const { createRoomServer } = await import('../lib/realtime/room-server');
  const { encode } = await import('next-auth/jwt');
  await applyMigrations(await getConnection());
  const db = await getDb();
  const cookie = async (sub: string) => `${COOKIE}=${await encode({ token: { sub }, secret: SECRET, salt: COOKIE })}`;
  const rooms: Setup['rooms'] = [];
  for (let r = 0; r < ROOMS; r++) {
    const [a, b] = await Promise.all(
      ['interviewer', 'candidate'].map((role) => db.user.create({ data: { email: `bench-${role}-${r}@bench.test`, role: role as 'interviewer' | 'candidate' } })),
    );
    const interview = await db.mockInterview.create({
      data: { interviewerId: a!.id, candidateId: b!.id, problemSlug: 'url-shortener', scheduledAt: new Date(), durationMinutes: 45, inviteTokenHash: `bench-${r}` },
    });
    const pair = [await cookie(a!.id), await cookie(b!.id)];
    rooms.push({ id: interview.id, cookies: Array.from({ length: CLIENTS_PER_ROOM }, (_, i) => pair[i % 2]!) });
  }
  const rooms$ = createRoomServer();
  const server = createServer((_req, res) => res.end());
  server.on('upgrade', (req, socket, head) => rooms$.handleUpgrade(req, socket, head) || socket.destroy());
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port, rooms } satisfies Setup));
  process.on('message', (message) => {
    if (message === 'memory') process.send?.({ rssMb: process.memoryUsage().rss / 1024 / 1024 });
  });
}

function request<T>(child: ChildProcess, message?: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (reply) => resolve(reply as T));
    if (message) child.send(message);
  });
}

function connect(port: number, roomId: string, cookie: string) {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/api/rooms`, roomId, doc, {
    connect: false,
    disableBc: true,
    WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
  });
  provider.messageHandlers[MESSAGE_CONTROL] = () => {};
  provider.connect();
  return { doc, provider, synced: new Promise<void>((resolve) => provider.once('sync', () => resolve())) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Server memory is the room server's RSS with every client connected; the baseline (before any client) is the
 *  embedded database and the migration engine, so the difference is what the rooms cost. */
export async function runRealtimeBench(): Promise<{ p50Ms: number; p99Ms: number; serverMemoryMb: number; serverBaselineMb: number; clients: number; rooms: number }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const setup = await request<Setup>(child);
    process.setMaxListeners(ROOMS * CLIENTS_PER_ROOM + 20); // y-websocket adds an exit listener per provider in Node
    const baseline = await request<{ rssMb: number }>(child, 'memory');
    const clients = setup.rooms.flatMap((room) => room.cookies.map((cookie) => connect(setup.port, room.id, cookie)));
    await Promise.all(clients.map((c) => c.synced));
    const latencies: number[] = [];
    for (const { doc, provider } of clients) {
      nodesMap(doc).observe((event) => {
        if (event.transaction.origin !== provider) return;
        for (const key of event.keysChanged) latencies.push(performance.now() - ((nodesMap(doc).get(key) as { sentAt: number }).sentAt ?? 0));
      });
    }
    await Promise.all(
      clients.map(async ({ doc }, c) => {
        await sleep(Math.random() * EDIT_INTERVAL_MS);
        for (let n = 0; n < EDITS_PER_CLIENT; n++) {
          const id = `c${c}-${n}`;
          nodesMap(doc).set(id, { id, type: 'component', position: { x: n * 20, y: c * 20 }, data: { kind: 'service', label: id }, sentAt: performance.now() });
          await sleep(EDIT_INTERVAL_MS);
        }
      }),
    );
    const expected = clients.length * EDITS_PER_CLIENT * (CLIENTS_PER_ROOM - 1);
    for (let waited = 0; latencies.length < expected && waited < 10_000; waited += 50) await sleep(50);
    const { rssMb } = await request<{ rssMb: number }>(child, 'memory');
    for (const { provider } of clients) provider.destroy();
    return {
      p50Ms: round(percentile(latencies, 50), 2),
      p99Ms: round(percentile(latencies, 99), 2),
      serverMemoryMb: round(rssMb),
      serverBaselineMb: round(baseline.rssMb),
      clients: clients.length,
      rooms: ROOMS,
    };
  } finally {
    child.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--serve')) await serve();
  else {
    console.table([await runRealtimeBench()]);
    process.exit(0);
  }
}
