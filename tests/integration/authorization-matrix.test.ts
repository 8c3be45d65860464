import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, call } from './support/as-user';
import { useTestDatabase } from './support/test-database';
import { createTestUser } from './support/users';
import * as sessions from '@/app/api/sessions/route';
import * as session from '@/app/api/sessions/[id]/route';
import * as diagram from '@/app/api/sessions/[id]/diagram/route';
import * as revisions from '@/app/api/sessions/[id]/diagram/revisions/route';
import * as estimate from '@/app/api/sessions/[id]/estimate/route';
import * as hints from '@/app/api/sessions/[id]/hints/route';
import * as notes from '@/app/api/sessions/[id]/notes/route';
import * as pause from '@/app/api/sessions/[id]/pause/route';
import * as phase from '@/app/api/sessions/[id]/phase/route';
import * as resume from '@/app/api/sessions/[id]/resume/route';
import * as reviewRequest from '@/app/api/sessions/[id]/review-request/route';
import * as selfRating from '@/app/api/sessions/[id]/self-rating/route';
import * as submit from '@/app/api/sessions/[id]/submit/route';
import * as reviews from '@/app/api/sessions/[id]/reviews/route';
import * as review from '@/app/api/sessions/[id]/reviews/[reviewId]/route';
import * as submitReview from '@/app/api/sessions/[id]/reviews/[reviewId]/submit/route';
import type { CurrentUser } from '@/lib/auth/session';
import { claimInvite, createInterview, endInterview } from '@/lib/db/interviews';
import { findReviewQueue } from '@/lib/db/reviews';
import { diagramSchema } from '@/lib/diagram/schema';
import { getProblem } from '@/lib/problems/library';

/**
 * Every session and review endpoint, called by every kind of caller, with the exact status each gets.
 * `requested`: the owner's submitted session, sent for review, with a complete draft review by `author`
 * (a second reviewer); admins assign to a third. `inProgress`: the owner's untimed session, still open, never sent for review.
 * `interview`: the owner's frozen session of a mock interview that `interviewer` conducted (the only
 * fixture where they are the session's interviewer). Adding an endpoint is one line in ROWS.
 */
useTestDatabase();

const WHO = ['anonymous', 'owner', 'otherCandidate', 'interviewer', 'reviewer', 'author', 'admin'] as const;
type Who = (typeof WHO)[number];
type Statuses = [number, number, number, number, number, number, number];
type FixtureKind = 'requested' | 'inProgress' | 'interview';
interface Fixture {
  id: string;
  reviewId: string;
}
type Handler = Parameters<typeof call>[0];

interface Row {
  name: string;
  fixture: FixtureKind;
  handler: Handler;
  body?: (f: Fixture) => unknown;
  /** A successful call changes the fixture: such calls get a fresh one. */
  mutates?: boolean;
  expected: Statuses;
}

const SLUG = 'url-shortener';
const rubric = () => getProblem(SLUG)?.rubric.map((r) => r.dimension) ?? [];
const twoNodes = {
  nodes: [
    { id: 'c', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'client', label: 'Client' } },
    { id: 's', type: 'component', position: { x: 200, y: 0 }, data: { kind: 'service', label: 'API' } },
  ],
  edges: [{ id: 'e1', source: 'c', target: 's', data: { kind: 'sync', label: 'HTTPS' } }],
};
const emptyEstimate = { baseVersion: 0, inputs: {}, lines: [] };

//            anonymous owner other interviewer reviewer author admin
const READ: Statuses = [401, 200, 404, 404, 200, 200, 200];
const OWNER_ONLY_FROZEN: Statuses = [401, 409, 404, 404, 404, 404, 404];
const OWNER_ONLY: Statuses = [401, 200, 404, 404, 404, 404, 404];
const ANY_USER: Statuses = [401, 200, 200, 200, 200, 200, 200];
/** A mock interview's session: its interviewer reads it; reviewers do not, as nobody requested review. */
const MOCK_READ: Statuses = [401, 200, 404, 200, 404, 404, 200];

const ROWS: Row[] = [
  { name: 'GET /api/sessions', fixture: 'requested', handler: sessions.GET, expected: ANY_USER },
  { name: 'POST /api/sessions', fixture: 'requested', handler: sessions.POST, body: () => ({ problemSlug: SLUG, mode: 'untimed' }), expected: [401, 201, 201, 201, 201, 201, 201] },
  { name: 'GET /api/sessions/{id}', fixture: 'requested', handler: session.GET, expected: READ },
  { name: 'DELETE /api/sessions/{id}', fixture: 'requested', handler: session.DELETE, mutates: true, expected: [401, 204, 404, 404, 404, 404, 404] },
  { name: 'GET diagram', fixture: 'requested', handler: diagram.GET, expected: READ },
  { name: 'PUT diagram', fixture: 'requested', handler: diagram.PUT, body: () => ({ baseVersion: 1, ...twoNodes }), expected: OWNER_ONLY_FROZEN },
  { name: 'GET diagram/revisions', fixture: 'requested', handler: revisions.GET, expected: READ },
  { name: 'GET estimate', fixture: 'requested', handler: estimate.GET, expected: READ },
  { name: 'PUT estimate', fixture: 'requested', handler: estimate.PUT, body: () => emptyEstimate, expected: OWNER_ONLY_FROZEN },
  { name: 'GET hints', fixture: 'requested', handler: hints.GET, expected: READ },
  { name: 'POST hints', fixture: 'requested', handler: hints.POST, body: () => ({ hintIndex: 0 }), expected: OWNER_ONLY_FROZEN },
  { name: 'GET notes', fixture: 'requested', handler: notes.GET, expected: READ },
  { name: 'PUT notes', fixture: 'requested', handler: notes.PUT, body: () => ({ phase: 1, markdown: 'x' }), expected: OWNER_ONLY_FROZEN },
  { name: 'PUT phase', fixture: 'requested', handler: phase.PUT, body: () => ({ phase: 2 }), expected: OWNER_ONLY_FROZEN },
  { name: 'POST submit', fixture: 'requested', handler: submit.POST, expected: OWNER_ONLY_FROZEN },
  { name: 'PUT self-rating', fixture: 'requested', handler: selfRating.PUT, body: () => ({ ratings: Object.fromEntries(rubric().map((d) => [d, 3])) }), expected: OWNER_ONLY },
  { name: 'POST review-request', fixture: 'requested', handler: reviewRequest.POST, expected: OWNER_ONLY },
  { name: 'GET reviews', fixture: 'requested', handler: reviews.GET, expected: READ },
  { name: 'POST reviews (claim)', fixture: 'requested', handler: reviews.POST, body: () => ({}), mutates: true, expected: [401, 403, 404, 404, 201, 409, 201] },
  { name: 'POST reviews (assign)', fixture: 'requested', handler: reviews.POST, body: () => ({ reviewerId: assignee.id }), mutates: true, expected: [401, 403, 404, 404, 403, 403, 201] },
  { name: 'PATCH review', fixture: 'requested', handler: review.PATCH, body: () => ({ summary: 'edited' }), mutates: true, expected: [401, 404, 404, 404, 404, 200, 404] },
  { name: 'POST review submit', fixture: 'requested', handler: submitReview.POST, mutates: true, expected: [401, 404, 404, 404, 404, 200, 404] },

  { name: 'GET /api/sessions/{id} (open)', fixture: 'inProgress', handler: session.GET, expected: [401, 200, 404, 404, 404, 404, 200] },
  { name: 'PUT diagram (open)', fixture: 'inProgress', handler: diagram.PUT, body: () => ({ baseVersion: 0, ...twoNodes }), mutates: true, expected: OWNER_ONLY },
  { name: 'PUT estimate (open)', fixture: 'inProgress', handler: estimate.PUT, body: () => emptyEstimate, mutates: true, expected: OWNER_ONLY },
  { name: 'POST hints (open)', fixture: 'inProgress', handler: hints.POST, body: () => ({ hintIndex: 0 }), mutates: true, expected: [401, 201, 404, 404, 404, 404, 404] },
  { name: 'PUT notes (open)', fixture: 'inProgress', handler: notes.PUT, body: () => ({ phase: 1, markdown: 'x' }), expected: OWNER_ONLY },
  { name: 'PUT phase (open)', fixture: 'inProgress', handler: phase.PUT, body: () => ({ phase: 2 }), expected: OWNER_ONLY },
  { name: 'POST pause (open)', fixture: 'inProgress', handler: pause.POST, mutates: true, expected: OWNER_ONLY },
  { name: 'POST resume (open)', fixture: 'inProgress', handler: resume.POST, expected: OWNER_ONLY },
  { name: 'POST submit (open)', fixture: 'inProgress', handler: submit.POST, mutates: true, expected: OWNER_ONLY },
  { name: 'POST review-request (open)', fixture: 'inProgress', handler: reviewRequest.POST, expected: [401, 409, 404, 404, 404, 404, 404] },
  { name: 'POST reviews (open)', fixture: 'inProgress', handler: reviews.POST, body: () => ({}), expected: [401, 403, 404, 404, 404, 404, 409] },

  { name: 'GET /api/sessions/{id} (interview)', fixture: 'interview', handler: session.GET, expected: MOCK_READ },
  { name: 'GET diagram (interview)', fixture: 'interview', handler: diagram.GET, expected: MOCK_READ },
  { name: 'GET notes (interview)', fixture: 'interview', handler: notes.GET, expected: MOCK_READ },
  { name: 'PUT diagram (interview)', fixture: 'interview', handler: diagram.PUT, body: () => ({ baseVersion: 2, ...twoNodes }), expected: OWNER_ONLY_FROZEN },
  { name: 'GET reviews (interview)', fixture: 'interview', handler: reviews.GET, expected: MOCK_READ },
  { name: 'POST reviews (interview)', fixture: 'interview', handler: reviews.POST, body: () => ({}), mutates: true, expected: [401, 403, 404, 201, 404, 404, 201] },
];

const users = {} as Record<Who, CurrentUser | null>;
/** A reviewer an admin assigns sessions to; not a column, so every column's own rights show. */
let assignee: CurrentUser;

async function ok(promise: ReturnType<typeof call>, status = 200) {
  const res = await promise;
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  return res.json;
}

let invites = 0;

/** A mock interview run by `interviewer` with `owner` as candidate, ended: its session is frozen. */
async function interviewSession(): Promise<string> {
  const interviewer = users.interviewer as CurrentUser;
  const inviteTokenHash = `matrix-invite-${++invites}-${Date.now()}`;
  const interview = await createInterview({ actor: interviewer, problemSlug: SLUG, scheduledAt: new Date(), durationMinutes: 45, inviteTokenHash });
  await claimInvite({ actor: users.owner as CurrentUser, inviteTokenHash });
  const work = { diagram: diagramSchema.parse(twoNodes), estimate: { inputs: {}, lines: [] }, notes: {} };
  const sessionId = await endInterview({ actor: interviewer, interviewId: interview.id, work, now: new Date() });
  if (!sessionId) throw new Error('the interview left no session');
  return sessionId;
}

async function makeFixture(kind: FixtureKind): Promise<Fixture> {
  if (kind === 'interview') return { id: await interviewSession(), reviewId: 'none' };
  actAs(users.owner);
  const id = (await ok(call(sessions.POST, { body: { problemSlug: SLUG, mode: 'untimed' } }), 201)).id as string;
  if (kind === 'inProgress') return { id, reviewId: 'none' };
  await ok(call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, ...twoNodes } }));
  await ok(call(submit.POST, { params: { id } }));
  await ok(call(reviewRequest.POST, { params: { id } }));
  actAs(users.author);
  const reviewId = (await ok(call(reviews.POST, { params: { id }, body: {} }), 201)).id as string;
  const scores = rubric().map((dimension) => ({ dimension, level: 3 }));
  await ok(call(review.PATCH, { method: 'PATCH', params: { id, reviewId }, body: { scores, recommendation: 'hire' } }));
  return { id, reviewId };
}

const shared = {} as Record<FixtureKind, Fixture>;
beforeAll(async () => {
  users.anonymous = null;
  users.owner = await createTestUser('candidate');
  users.otherCandidate = await createTestUser('candidate');
  users.interviewer = await createTestUser('interviewer');
  users.reviewer = await createTestUser('reviewer');
  users.author = await createTestUser('reviewer');
  users.admin = await createTestUser('admin');
  assignee = await createTestUser('reviewer');
  shared.requested = await makeFixture('requested');
  shared.inProgress = await makeFixture('inProgress');
  shared.interview = await makeFixture('interview');
});

function methodOf(name: string): string {
  return name.split(' ')[0] ?? 'GET';
}

describe('authorization matrix', () => {
  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const actual = {} as Record<Who, number>;
    const expected = {} as Record<Who, number>;
    for (const [i, who] of WHO.entries()) {
      expected[who] = row.expected[i] ?? 0;
      const isChange = row.mutates === true && expected[who] < 300;
      const fixture = isChange ? await makeFixture(row.fixture) : shared[row.fixture];
      actAs(users[who]);
      const body = row.body?.(fixture);
      const res = await call(row.handler, { method: methodOf(row.name), params: { id: fixture.id, reviewId: fixture.reviewId }, body });
      actual[who] = res.status;
    }
    expect(actual).toEqual(expected);
  });
});

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

describe('coverage of the matrix', () => {
  it('has a row for every handler under app/api/sessions', async () => {
    const files = readdirSync('app/api/sessions', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('route.ts'));
    expect(files.length).toBeGreaterThan(10);
    const covered = new Set<unknown>(ROWS.map((row) => row.handler));
    const missing: string[] = [];
    for (const file of files) {
      const route = (await import(`@/app/api/sessions/${file}`)) as Record<string, unknown>;
      for (const method of HTTP_METHODS) {
        if (route[method] && !covered.has(route[method])) missing.push(`${method} ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('interview sessions in the queue', () => {
  it('reach their interviewer and admins, never reviewers', async () => {
    const ids = async (who: Who) => (await findReviewQueue({ actor: users[who] as CurrentUser, query: {} })).map((r) => r.sessionId);
    expect(await ids('interviewer')).toContain(shared.interview.id);
    expect(await ids('admin')).toContain(shared.interview.id);
    expect(await ids('reviewer')).not.toContain(shared.interview.id);
    expect(await ids('interviewer')).not.toContain(shared.requested.id);
  });
});
