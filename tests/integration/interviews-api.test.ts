import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actAs, call } from './support/as-user';
import { useTestDatabase } from './support/test-database';
import { createTestUser } from './support/users';
import * as interviews from '@/app/api/interviews/route';
import * as interview from '@/app/api/interviews/[id]/route';
import * as cancel from '@/app/api/interviews/[id]/cancel/route';
import * as control from '@/app/api/interviews/[id]/control/route';
import * as end from '@/app/api/interviews/[id]/end/route';
import * as hints from '@/app/api/interviews/[id]/hints/route';
import * as invite from '@/app/api/interviews/[id]/invite/route';
import * as notes from '@/app/api/interviews/[id]/notes/route';
import * as join from '@/app/api/interviews/join/route';
import type { CurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { saveRoomState } from '@/lib/db/rooms';
import { phaseText, writeDiagram } from '@/lib/interviews/room-content';

useTestDatabase();

let interviewer: CurrentUser;
let candidate: CurrentUser;
let stranger: CurrentUser;
beforeAll(async () => {
  interviewer = await createTestUser('interviewer');
  candidate = await createTestUser();
  stranger = await createTestUser();
});

const inOneHour = () => new Date(Date.now() + 3_600_000).toISOString();

async function schedule(): Promise<{ id: string; token: string }> {
  actAs(interviewer);
  const res = await call(interviews.POST, { body: { problemSlug: 'url-shortener', scheduledAt: inOneHour(), durationMinutes: 45 } });
  expect(res.status).toBe(201);
  const token = new URL(res.json.inviteUrl as string).pathname.split('/').pop() ?? '';
  return { id: res.json.id as string, token };
}

async function scheduleAndJoin(): Promise<string> {
  const { id, token } = await schedule();
  actAs(candidate);
  expect((await call(join.POST, { body: { token } })).json).toMatchObject({ id });
  return id;
}

describe('interviews API', () => {
  it('lets only interviewers and admins schedule', async () => {
    actAs(candidate);
    const res = await call(interviews.POST, { body: { problemSlug: 'url-shortener', scheduledAt: inOneHour(), durationMinutes: 45 } });
    expect(res.status).toBe(404);
    actAs(interviewer);
    expect((await call(interviews.POST, { body: { problemSlug: 'nope', scheduledAt: inOneHour(), durationMinutes: 45 } })).status).toBe(400);
    expect((await call(interviews.POST, { body: { problemSlug: 'url-shortener', scheduledAt: inOneHour(), durationMinutes: 17 } })).status).toBe(400);
  });

  it('admits the first person with the invite link and nobody after', async () => {
    const { id, token } = await schedule();
    actAs(stranger);
    expect((await call(interview.GET, { params: { id } })).status).toBe(404);
    actAs(candidate);
    expect((await call(join.POST, { body: { token } })).status).toBe(200);
    expect((await call(join.POST, { body: { token } })).status).toBe(200); // the candidate again: fine
    actAs(stranger);
    expect((await call(join.POST, { body: { token } })).status).toBe(404);
    expect((await call(join.POST, { body: { token: 'x'.repeat(43) } })).status).toBe(404);
    actAs(candidate);
    const list = await call(interviews.GET);
    expect((list.json.interviews as { id: string; role: string }[]).find((i) => i.id === id)).toMatchObject({ role: 'candidate' });
    const session = await (await getDb()).mockInterview.findUnique({ where: { id }, include: { session: true } });
    expect(session?.session).toMatchObject({ userId: candidate.id, mode: 'mock', status: 'in_progress' });
  });

  it('keeps private notes from the candidate and the controls to the interviewer', async () => {
    const id = await scheduleAndJoin();
    actAs(interviewer);
    expect((await call(notes.PUT, { method: 'PUT', params: { id }, body: { notes: 'weak on sharding' } })).status).toBe(204);
    expect((await call(interview.GET, { params: { id } })).json.privateNotes).toBe('weak on sharding');
    actAs(candidate);
    const seen = await call(interview.GET, { params: { id } });
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.json)).not.toContain('sharding');
    for (const [handler, body] of [[notes.PUT, { notes: 'x' }], [control.POST, { action: 'start' }], [hints.POST, { hintIndex: 0 }]] as const) {
      expect((await call(handler, { method: 'POST', params: { id }, body })).status).toBe(404);
    }
    expect((await call(end.POST, { params: { id } })).status).toBe(404);
    expect((await call(cancel.POST, { params: { id } })).status).toBe(404);
  });

  it('drives the clock and phases, records hints, and refuses what does not apply', async () => {
    const id = await scheduleAndJoin();
    actAs(interviewer);
    expect((await call(control.POST, { params: { id }, body: { action: 'pause' } })).status).toBe(409);
    expect((await call(control.POST, { params: { id }, body: { action: 'start' } })).json).toMatchObject({ status: 'live' });
    expect((await call(control.POST, { params: { id }, body: { action: 'next-phase' } })).json).toMatchObject({ currentPhase: 2 });
    expect((await call(hints.POST, { params: { id }, body: { hintIndex: 1 } })).status).toBe(204);
    expect((await call(hints.POST, { params: { id }, body: { hintIndex: 99 } })).status).toBe(400);
    const row = await (await getDb()).mockInterview.findUnique({ where: { id }, include: { session: { include: { hintUses: true } } } });
    expect(row?.session?.hintUses).toEqual([expect.objectContaining({ hintIndex: 1, source: 'interviewer' })]);
    expect((await call(interview.PATCH, { method: 'PATCH', params: { id }, body: { durationMinutes: 60 } })).status).toBe(409);
  });

  it('reschedules, renews the invite and cancels', async () => {
    const { id, token } = await schedule();
    const later = new Date(Date.now() + 7_200_000).toISOString();
    const moved = await call(interview.PATCH, { method: 'PATCH', params: { id }, body: { scheduledAt: later, durationMinutes: 60 } });
    expect(moved.json).toMatchObject({ scheduledAt: later, durationMinutes: 60 });
    expect((await call(invite.POST, { params: { id } })).status).toBe(200);
    actAs(candidate);
    expect((await call(join.POST, { body: { token } })).status).toBe(404); // the old link is dead
    actAs(interviewer);
    expect((await call(cancel.POST, { params: { id } })).json).toMatchObject({ status: 'cancelled' });
    expect((await call(control.POST, { params: { id }, body: { action: 'start' } })).status).toBe(409);
  });

  it('freezes the room into a submitted mock session when it ends', async () => {
    const id = await scheduleAndJoin();
    const doc = new Y.Doc();
    writeDiagram(doc, { nodes: [{ id: 'api', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'service', label: 'API' } }], edges: [] });
    phaseText(doc, 1).insert(0, '100M URLs a month');
    await saveRoomState({ interviewId: id, state: Y.encodeStateAsUpdate(doc) });
    actAs(interviewer);
    const res = await call(end.POST, { params: { id } });
    expect(res.status).toBe(200);
    expect(res.json.reviewUrl).toBe(`/reviews/${res.json.sessionId as string}`);
    const session = await (await getDb()).practiceSession.findUnique({ where: { id: res.json.sessionId as string }, include: { diagram: true, reviews: true } });
    expect(session?.reviews).toEqual([expect.objectContaining({ reviewerId: interviewer.id, status: 'draft' })]);
    expect(session).toMatchObject({ mode: 'mock', status: 'submitted', userId: candidate.id, notes: { '1': '100M URLs a month' } });
    expect(session?.diagram?.nodes).toEqual([expect.objectContaining({ id: 'api' })]);
    expect((await call(end.POST, { params: { id } })).status).toBe(409);
  });
});
