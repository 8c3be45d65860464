import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, call } from './support/as-user';
import { useTestDatabase } from './support/test-database';
import { createTestUser } from './support/users';
import * as sessions from '@/app/api/sessions/route';
import * as session from '@/app/api/sessions/[id]/route';
import * as diagram from '@/app/api/sessions/[id]/diagram/route';
import * as submitSession from '@/app/api/sessions/[id]/submit/route';
import * as reviewRequest from '@/app/api/sessions/[id]/review-request/route';
import * as reviews from '@/app/api/sessions/[id]/reviews/route';
import * as review from '@/app/api/sessions/[id]/reviews/[reviewId]/route';
import * as submitReview from '@/app/api/sessions/[id]/reviews/[reviewId]/submit/route';
import type { CurrentUser } from '@/lib/auth/session';
import { findAssignableReviewers, findReviewQueue } from '@/lib/db/reviews';
import { getProblem } from '@/lib/problems/library';

useTestDatabase();

const SLUG = 'url-shortener';
const dimensions = () => (getProblem(SLUG)?.rubric ?? []).map((r) => r.dimension);
const allScores = (level = 3) => dimensions().map((dimension) => ({ dimension, level }));
const twoNodes = {
  nodes: [
    { id: 'c', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'client', label: 'Client' } },
    { id: 's', type: 'component', position: { x: 200, y: 0 }, data: { kind: 'service', label: 'API' } },
  ],
  edges: [{ id: 'e1', source: 'c', target: 's', data: { kind: 'sync', label: 'HTTPS' } }],
};

let owner: CurrentUser;
let reviewer: CurrentUser;
let reviewer2: CurrentUser;
let admin: CurrentUser;
beforeAll(async () => {
  [owner, reviewer, reviewer2, admin] = await Promise.all([createTestUser(), createTestUser('reviewer'), createTestUser('reviewer'), createTestUser('admin')]);
});

/** A session of `owner` with a two-node diagram, submitted, optionally sent for review. */
async function submittedSession(options: { request?: boolean } = {}): Promise<string> {
  actAs(owner);
  const id = (await call(sessions.POST, { body: { problemSlug: SLUG, mode: 'untimed' } })).json.id as string;
  expect((await call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, ...twoNodes } })).status).toBe(200);
  expect((await call(submitSession.POST, { params: { id } })).status).toBe(200);
  if (options.request !== false) expect((await call(reviewRequest.POST, { params: { id } })).status).toBe(200);
  return id;
}

async function claim(id: string, as: CurrentUser): Promise<string> {
  actAs(as);
  const res = await call(reviews.POST, { params: { id }, body: {} });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

const patch = (id: string, reviewId: string, body: unknown) => call(review.PATCH, { method: 'PATCH', params: { id, reviewId }, body });

describe('claiming', () => {
  it('creates a draft for the reviewer and moves the request to in review; a second claim is 409', async () => {
    const id = await submittedSession();
    const reviewId = await claim(id, reviewer);
    actAs(reviewer);
    expect((await call(reviews.POST, { params: { id }, body: {} })).status).toBe(409);
    actAs(owner);
    expect((await call(session.GET, { params: { id } })).json.reviewStatus).toBe('in_review');
    expect(reviewId).toBeTruthy();
  });

  it('hides unrequested sessions from reviewers (404) and refuses self-review (403)', async () => {
    const id = await submittedSession({ request: false });
    actAs(reviewer);
    expect((await call(reviews.POST, { params: { id }, body: {} })).status).toBe(404);
    actAs(owner);
    expect((await call(reviews.POST, { params: { id }, body: {} })).status).toBe(403);
  });

  it('lets an admin assign an unrequested session to a reviewer, who can then read it', async () => {
    const id = await submittedSession({ request: false });
    actAs(admin);
    const assigned = await call(reviews.POST, { params: { id }, body: { reviewerId: reviewer.id } });
    expect(assigned.status).toBe(201);
    expect(assigned.json).toMatchObject({ status: 'draft', assignedById: admin.id, reviewer: { id: reviewer.id } });
    expect((await call(reviews.POST, { params: { id }, body: { reviewerId: owner.id } })).status).toBe(400);
    actAs(reviewer);
    expect((await call(session.GET, { params: { id } })).status).toBe(200);
    actAs(reviewer2);
    expect((await call(reviews.POST, { params: { id }, body: { reviewerId: reviewer.id } })).status).toBe(404);
  });
});

describe('drafts and submission', () => {
  it('autosaves scores, recommendation, summary and pinned comments', async () => {
    const id = await submittedSession();
    const reviewId = await claim(id, reviewer);
    const saved = await patch(id, reviewId, {
      scores: [{ dimension: dimensions()[0], level: 2, comment: 'Thin on numbers' }],
      recommendation: 'hire',
      summary: 'Solid overall',
      comments: [{ targetType: 'node', targetId: 's', body: 'Single instance?' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({ recommendation: 'hire', summary: 'Solid overall', status: 'draft' });
    expect(saved.json.scores).toEqual([{ dimension: dimensions()[0], level: 2, comment: 'Thin on numbers' }]);
    expect(saved.json.comments).toMatchObject([{ targetType: 'node', targetId: 's', body: 'Single instance?' }]);
    // Fields left out keep their values.
    expect((await patch(id, reviewId, { summary: 'Better' })).json).toMatchObject({ recommendation: 'hire', summary: 'Better' });
  });

  it('answers 400 for bad levels, unknown dimensions and comments on missing nodes', async () => {
    const id = await submittedSession();
    const reviewId = await claim(id, reviewer);
    expect((await patch(id, reviewId, { scores: [{ dimension: dimensions()[0], level: 5 }] })).status).toBe(400);
    expect((await patch(id, reviewId, { scores: [{ dimension: dimensions()[0], level: 0 }] })).status).toBe(400);
    const unknown = await patch(id, reviewId, { scores: [{ dimension: 'charisma', level: 2 }] });
    expect(unknown.status).toBe(400);
    expect(unknown.json.fields).toHaveProperty(['scores.0.dimension']);
    expect((await patch(id, reviewId, { comments: [{ targetType: 'node', targetId: 'ghost', body: 'x' }] })).status).toBe(400);
    expect((await patch(id, reviewId, { comments: [{ targetType: 'edge', targetId: 'e1', body: 'Sync?' }] })).status).toBe(200);
  });

  it('refuses an incomplete submit (400), then submits, freezes the review (409) and marks the session reviewed', async () => {
    const id = await submittedSession();
    const reviewId = await claim(id, reviewer);
    await patch(id, reviewId, { scores: allScores().slice(1) });
    const incomplete = await call(submitReview.POST, { params: { id, reviewId } });
    expect(incomplete.status).toBe(400);
    expect(incomplete.json.error).toMatch(/recommendation/);
    await patch(id, reviewId, { scores: allScores(), recommendation: 'strong_hire' });
    const done = await call(submitReview.POST, { params: { id, reviewId } });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: 'submitted' });
    expect(done.json.submittedAt).toBeTruthy();
    expect((await patch(id, reviewId, { summary: 'late edit' })).status).toBe(409);
    expect((await call(submitReview.POST, { params: { id, reviewId } })).status).toBe(409);
    actAs(owner);
    expect((await call(session.GET, { params: { id } })).json.reviewStatus).toBe('reviewed');
  });

  it('answers 404 to anyone but the author, even an admin', async () => {
    const id = await submittedSession();
    const reviewId = await claim(id, reviewer);
    for (const actor of [reviewer2, admin, owner]) {
      actAs(actor);
      expect((await patch(id, reviewId, { summary: 'mine now' })).status).toBe(404);
      expect((await call(submitReview.POST, { params: { id, reviewId } })).status).toBe(404);
    }
  });
});

describe('listing', () => {
  it('shows the candidate only submitted reviews; a reviewer still drafting sees only their own (blind scoring)', async () => {
    const id = await submittedSession();
    const first = await claim(id, reviewer);
    const second = await claim(id, reviewer2);
    actAs(reviewer);
    await patch(id, first, { scores: allScores(2), recommendation: 'no_hire' });
    await call(submitReview.POST, { params: { id, reviewId: first } });

    actAs(owner);
    const forOwner = await call(reviews.GET, { params: { id } });
    expect((forOwner.json.reviews as { id: string }[]).map((r) => r.id)).toEqual([first]);
    actAs(reviewer2);
    const whileDrafting = await call(reviews.GET, { params: { id } });
    expect((whileDrafting.json.reviews as { id: string }[]).map((r) => r.id)).toEqual([second]);
    await patch(id, second, { scores: allScores(3), recommendation: 'hire' });
    await call(submitReview.POST, { params: { id, reviewId: second } });
    const afterSubmitting = await call(reviews.GET, { params: { id } });
    expect((afterSubmitting.json.reviews as { id: string }[]).map((r) => r.id).sort()).toEqual([first, second].sort());
    actAs(admin);
    expect((await call(reviews.GET, { params: { id } })).json.reviews).toHaveLength(2);
  });
});

describe('queue', () => {
  it('shows reviewers requested and assigned sessions, never unrequested ones; candidates get nothing', async () => {
    const requested = await submittedSession();
    const hidden = await submittedSession({ request: false });
    const assigned = await submittedSession({ request: false });
    actAs(admin);
    await call(reviews.POST, { params: { id: assigned }, body: { reviewerId: reviewer2.id } });

    const ids = async (actor: CurrentUser, query = {}) => (await findReviewQueue({ actor, query })).map((r) => r.sessionId);
    expect(await ids(reviewer)).toContain(requested);
    expect(await ids(reviewer)).not.toContain(hidden);
    expect(await ids(reviewer)).not.toContain(assigned);
    expect(await ids(reviewer2)).toContain(assigned);
    expect(await ids(owner)).toEqual([]);
    expect(await ids(reviewer, { status: 'reviewed' })).not.toContain(requested);
    expect(await ids(reviewer, { status: 'waiting', problem: SLUG })).toContain(requested);
    const row = (await findReviewQueue({ actor: reviewer2, query: {} })).find((r) => r.sessionId === assigned);
    expect(row).toMatchObject({ status: 'in_review', ownReview: { status: 'draft' }, candidateName: owner.name });
  });

  it('lists assignable reviewers for admins only', async () => {
    expect((await findAssignableReviewers({ actor: admin })).map((r) => r.id)).toEqual(expect.arrayContaining([reviewer.id, reviewer2.id]));
    expect(await findAssignableReviewers({ actor: reviewer })).toEqual([]);
  });
});
