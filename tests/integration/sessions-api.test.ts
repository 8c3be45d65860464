import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, call } from './support/as-user';
import { useTestDatabase } from './support/test-database';
import { createTestUser } from './support/users';
import * as sessions from '@/app/api/sessions/route';
import * as session from '@/app/api/sessions/[id]/route';
import * as diagram from '@/app/api/sessions/[id]/diagram/route';
import * as revisions from '@/app/api/sessions/[id]/diagram/revisions/route';
import type { CurrentUser } from '@/lib/auth/session';

useTestDatabase();

const twoNodes = {
  nodes: [
    { id: 'c', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'client', label: 'Client' } },
    { id: 's', type: 'component', position: { x: 200, y: 0 }, data: { kind: 'service', label: 'API', instances: 3 } },
  ],
  edges: [{ id: 'e1', source: 'c', target: 's', data: { kind: 'sync', label: 'HTTPS' } }],
};

let alice: CurrentUser;
let bob: CurrentUser;
beforeAll(async () => {
  alice = await createTestUser();
  bob = await createTestUser();
});

async function startSession(body: Record<string, unknown> = { problemSlug: 'url-shortener', mode: 'untimed' }) {
  const res = await call(sessions.POST, { body });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

describe('sessions API', () => {
  it('answers 401 without a session', async () => {
    actAs(null);
    expect((await call(sessions.GET)).status).toBe(401);
    expect((await call(sessions.POST, { body: { problemSlug: 'url-shortener', mode: 'timed' } })).status).toBe(401);
  });

  it('starts a timed session with the problem’s suggested time by default', async () => {
    actAs(alice);
    const res = await call(sessions.POST, { body: { problemSlug: 'url-shortener', mode: 'timed' } });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ problemSlug: 'url-shortener', mode: 'timed', status: 'in_progress', currentPhase: 1 });
    expect(res.json.remainingSeconds).toBe((res.json.durationMinutes as number) * 60);
  });

  it('refuses unknown problems and bad values with 400', async () => {
    actAs(alice);
    expect((await call(sessions.POST, { body: { problemSlug: 'no-such-problem', mode: 'timed' } })).status).toBe(400);
    expect((await call(sessions.POST, { body: { problemSlug: 'url-shortener', mode: 'timed', durationMinutes: 17 } })).status).toBe(400);
    expect((await call(sessions.POST, { body: { problemSlug: 'url-shortener', mode: 'sprint' } })).status).toBe(400);
    expect((await call(sessions.POST, { body: { problemSlug: 'url-shortener', mode: 'untimed', durationMinutes: 30 } })).status).toBe(400);
  });

  it('lists only the caller’s sessions, newest first, paginated', async () => {
    actAs(bob);
    const first = await startSession();
    const second = await startSession();
    const res = await call(sessions.GET, { url: 'http://localhost/api/sessions?pageSize=1' });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect((res.json.sessions as { id: string }[]).map((s) => s.id)).toEqual([second]);
    const page2 = await call(sessions.GET, { url: 'http://localhost/api/sessions?pageSize=1&page=2' });
    expect((page2.json.sessions as { id: string }[]).map((s) => s.id)).toEqual([first]);
  });

  it('hides another user’s session, diagram and history behind 404', async () => {
    actAs(alice);
    const id = await startSession();
    actAs(bob);
    for (const handler of [session.GET, diagram.GET, revisions.GET, session.DELETE]) {
      expect((await call(handler, { params: { id } })).status).toBe(404);
    }
    const put = await call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, ...twoNodes } });
    expect(put.status).toBe(404);
  });
});

describe('diagram API', () => {
  it('starts empty at version 0, saves, and keeps a revision', async () => {
    actAs(alice);
    const id = await startSession();
    expect((await call(diagram.GET, { params: { id } })).json).toEqual({ version: 0, nodes: [], edges: [] });
    const saved = await call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, ...twoNodes } });
    expect(saved).toEqual({ status: 200, json: { version: 1 } });
    const loaded = await call(diagram.GET, { params: { id } });
    expect(loaded.json).toMatchObject({ version: 1, nodes: twoNodes.nodes, edges: twoNodes.edges });
    const history = await call(revisions.GET, { params: { id } });
    expect((history.json.revisions as { version: number }[]).map((r) => r.version)).toEqual([1]);
  });

  it('answers 409 with the current version for a stale base, and keeps the newer diagram', async () => {
    actAs(alice);
    const id = await startSession();
    await call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, ...twoNodes } });
    const stale = await call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, nodes: [], edges: [] } });
    expect(stale.status).toBe(409);
    expect(stale.json.version).toBe(1);
    expect(((await call(diagram.GET, { params: { id } })).json.nodes as unknown[]).length).toBe(2);
  });

  it('answers 400 naming the reason for an invalid diagram', async () => {
    actAs(alice);
    const id = await startSession();
    const badKind = await call(diagram.PUT, {
      method: 'PUT',
      params: { id },
      body: { baseVersion: 0, nodes: [{ id: 'x', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'spaceship', label: 'x' } }], edges: [] },
    });
    expect(badKind.status).toBe(400);
    expect(badKind.json.fields).toHaveProperty(['nodes.0.data.kind']);
    const dangling = await call(diagram.PUT, {
      method: 'PUT',
      params: { id },
      body: { baseVersion: 0, nodes: twoNodes.nodes, edges: [{ id: 'e', source: 'c', target: 'ghost' }] },
    });
    expect(dangling.status).toBe(400);
    expect(dangling.json.error).toMatch(/ghost/);
  });

  it('answers 413 for a diagram over 1 MB', async () => {
    actAs(alice);
    const id = await startSession();
    const nodes = Array.from({ length: 900 }, (_, i) => ({
      id: `n${i}`,
      type: 'note',
      position: { x: i, y: i },
      data: { kind: 'note', label: 'n', notes: 'x'.repeat(1_500) },
    }));
    const res = await call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, nodes, edges: [] } });
    expect(res.status).toBe(413);
  });

  it('lets the owner delete a session, after which it is gone', async () => {
    actAs(alice);
    const id = await startSession();
    expect((await call(session.DELETE, { params: { id } })).status).toBe(204);
    expect((await call(session.GET, { params: { id } })).status).toBe(404);
  });
});
