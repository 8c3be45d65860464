import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { actAs, call } from './support/as-user';
import { useTestDatabase } from './support/test-database';
import { createTestUser } from './support/users';
import * as problems from '@/app/api/problems/route';
import * as problem from '@/app/api/problems/[slug]/route';
import type { Role } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/session';
import { recordProblemReveal } from '@/lib/db/problem-reveals';
import { createSession, submitSession } from '@/lib/db/sessions';

useTestDatabase();

const CLASSIC_SLUGS = ['url-shortener', 'chat-system', 'news-feed', 'rate-limiter', 'notification-system', 'file-storage'];

function getProblem(slug: string) {
  return call(problem.GET, { url: `http://localhost/api/problems/${slug}`, params: { slug } });
}

/** A submitted attempt, through the same data functions the practice API uses. */
async function submittedAttempt(user: CurrentUser, problemSlug: string): Promise<void> {
  const session = await createSession({ userId: user.id, problemSlug, mode: 'untimed', durationMinutes: null });
  await submitSession({ actor: user, sessionId: session.id });
}

afterEach(() => actAs(null));

describe('GET /api/problems', () => {
  it('lists every problem as {slug, title, difficulty, topics, timeMinutes}, signed out', async () => {
    const res = await call(problems.GET, { url: 'http://localhost/api/problems' });
    expect(res.status).toBe(200);
    const items = res.json.problems as Record<string, unknown>[];
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) expect(Object.keys(item).sort()).toEqual(['difficulty', 'slug', 'timeMinutes', 'title', 'topics']);
    expect(items.map((i) => i.slug)).toEqual(expect.arrayContaining(CLASSIC_SLUGS));
  });
});

describe('GET /api/problems/{slug}', () => {
  let candidate: CurrentUser;
  beforeAll(async () => {
    candidate = await createTestUser('candidate');
  });

  it.each(CLASSIC_SLUGS)('answers %s with its statement and rubric', async (slug) => {
    const res = await getProblem(slug);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ slug, requirements: { functional: expect.any(Array), nonFunctional: expect.any(Array) } });
    expect(res.json.scale).toMatchObject({ assumptions: expect.any(Array), estimate: expect.any(Object) });
    expect((res.json.hints as string[]).length).toBeGreaterThanOrEqual(3);
    for (const row of res.json.rubric as { dimension: string; title: string; levels: string[] }[]) {
      expect(row.levels).toHaveLength(4);
      expect(row.title.length).toBeGreaterThan(0);
    }
  });

  it('answers 404 with an error for an unknown slug', async () => {
    const res = await getProblem('no-such-problem');
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ error: 'Problem not found' });
  });

  it('never sends the solution to a signed-out caller', async () => {
    const res = await getProblem('url-shortener');
    expect(res.json).not.toHaveProperty('solution');
    expect(res.json).not.toHaveProperty('figures');
    expect(res.json).not.toHaveProperty('referenceDesign');
  });

  it('hides the solution from a fresh candidate, and shows it once they reveal it, for that problem only', async () => {
    actAs(candidate);
    expect((await getProblem('news-feed')).json).not.toHaveProperty('solution');
    await recordProblemReveal({ userId: candidate.id, problemSlug: 'news-feed' });
    await recordProblemReveal({ userId: candidate.id, problemSlug: 'news-feed' }); // idempotent
    const revealed = await getProblem('news-feed');
    expect(revealed.json.solution).toMatchObject({ figures: expect.any(Array), referenceDesign: { nodes: expect.any(Array) } });
    expect((await getProblem('chat-system')).json).not.toHaveProperty('solution');
  });

  it('shows the solution after a submitted attempt, not after one still in progress', async () => {
    const other = await createTestUser('candidate');
    actAs(other);
    await createSession({ userId: other.id, problemSlug: 'rate-limiter', mode: 'untimed', durationMinutes: null });
    expect((await getProblem('rate-limiter')).json).not.toHaveProperty('solution');
    await submittedAttempt(other, 'rate-limiter');
    expect((await getProblem('rate-limiter')).json).toHaveProperty('solution.api');
    // Another candidate's attempt unlocks nothing for this one.
    actAs(candidate);
    expect((await getProblem('rate-limiter')).json).not.toHaveProperty('solution');
  });

  it.each(['reviewer', 'interviewer', 'admin'] as Role[])('always shows the solution to a %s', async (role) => {
    actAs(await createTestUser(role));
    const res = await getProblem('file-storage');
    expect(res.status).toBe(200);
    expect(Object.keys(res.json.solution as object).sort()).toEqual(['api', 'dataModel', 'deepDives', 'figures', 'pitfalls', 'referenceDesign']);
  });
});
