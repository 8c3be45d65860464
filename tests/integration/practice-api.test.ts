import { beforeAll, describe, expect, it } from 'vitest';
import { actAs, call } from './support/as-user';
import { useTestDatabase } from './support/test-database';
import { createTestUser } from './support/users';
import * as sessions from '@/app/api/sessions/route';
import * as session from '@/app/api/sessions/[id]/route';
import * as diagram from '@/app/api/sessions/[id]/diagram/route';
import * as estimate from '@/app/api/sessions/[id]/estimate/route';
import * as hints from '@/app/api/sessions/[id]/hints/route';
import * as notes from '@/app/api/sessions/[id]/notes/route';
import * as pause from '@/app/api/sessions/[id]/pause/route';
import * as phase from '@/app/api/sessions/[id]/phase/route';
import * as resume from '@/app/api/sessions/[id]/resume/route';
import * as reviewRequest from '@/app/api/sessions/[id]/review-request/route';
import * as selfRating from '@/app/api/sessions/[id]/self-rating/route';
import * as submit from '@/app/api/sessions/[id]/submit/route';
import type { CurrentUser } from '@/lib/auth/session';
import { getProblem } from '@/lib/problems/library';

useTestDatabase();

let alice: CurrentUser;
let bob: CurrentUser;
let reviewer: CurrentUser;
beforeAll(async () => {
  alice = await createTestUser();
  bob = await createTestUser();
  reviewer = await createTestUser('reviewer');
});

async function start(body: Record<string, unknown> = { problemSlug: 'url-shortener', mode: 'timed' }): Promise<string> {
  const res = await call(sessions.POST, { body });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

const inputs = { dailyActiveUsers: 100_000_000, writesPerUserPerDay: 1, readsPerWrite: 10, bytesPerWrite: 500, retentionYears: 5 };
const allRatings = () =>
  Object.fromEntries((getProblem('url-shortener')?.rubric ?? []).map((r, i) => [r.dimension, (i % 4) + 1]));

describe('session work', () => {
  it('autosaves notes per phase and records time per phase on phase changes', async () => {
    actAs(alice);
    const id = await start();
    const saved = await call(notes.PUT, { method: 'PUT', params: { id }, body: { phase: 1, markdown: '- 100M DAU' } });
    expect(saved.status).toBe(200);
    await call(notes.PUT, { method: 'PUT', params: { id }, body: { phase: 2, markdown: '1.2K writes/s' } });
    expect((await call(notes.GET, { params: { id } })).json.notes).toEqual({ 1: '- 100M DAU', 2: '1.2K writes/s' });
    expect((await call(notes.PUT, { method: 'PUT', params: { id }, body: { phase: 9, markdown: 'x' } })).status).toBe(400);

    await new Promise((resolve) => setTimeout(resolve, 1_100)); // time is counted in whole seconds
    const moved = await call(phase.PUT, { method: 'PUT', params: { id }, body: { phase: 4 } });
    expect(moved.status).toBe(200);
    expect(moved.json.currentPhase).toBe(4);
    expect((moved.json.phaseSeconds as Record<string, number>)['1']).toBeGreaterThanOrEqual(1);
    expect((await call(phase.PUT, { method: 'PUT', params: { id }, body: { phase: 0 } })).status).toBe(400);
  });

  it('saves the estimate with versions: 409 with the current version when stale', async () => {
    actAs(alice);
    const id = await start();
    const empty = await call(estimate.GET, { params: { id } });
    expect(empty.json.version).toBe(0);
    const body = { baseVersion: 0, inputs, lines: [{ id: 'l1', expression: '100M * 500 B' }] };
    expect((await call(estimate.PUT, { method: 'PUT', params: { id }, body })).json).toEqual({ version: 1 });
    const stale = await call(estimate.PUT, { method: 'PUT', params: { id }, body });
    expect(stale.status).toBe(409);
    expect(stale.json.version).toBe(1);
    const loaded = await call(estimate.GET, { params: { id } });
    expect(loaded.json).toMatchObject({ version: 1, inputs, lines: body.lines });
    expect((loaded.json.results as Record<string, number>).writesPerSecond).toBeCloseTo(1157.4, 1);
    expect((await call(estimate.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 1, inputs: { dailyActiveUsers: 'lots' }, lines: [] } })).status).toBe(400);
  });

  it('records each hint once, with when it was opened, and refuses hints the problem lacks', async () => {
    actAs(alice);
    const id = await start();
    const first = await call(hints.POST, { params: { id }, body: { hintIndex: 1 } });
    expect(first.status).toBe(201);
    expect(first.json.text).toBe(getProblem('url-shortener')?.hints[1]);
    const again = await call(hints.POST, { params: { id }, body: { hintIndex: 1 } });
    expect(again.status).toBe(200);
    expect(again.json.openedAt).toBe(first.json.openedAt);
    expect((await call(hints.POST, { params: { id }, body: { hintIndex: 99 } })).status).toBe(400);
    const list = await call(hints.GET, { params: { id } });
    expect((list.json.opened as unknown[]).length).toBe(1);
    expect(list.json.total).toBe(getProblem('url-shortener')?.hints.length);
  });

  it('pauses only untimed sessions, and paused time does not count', async () => {
    actAs(alice);
    const timed = await start();
    expect((await call(pause.POST, { params: { id: timed } })).status).toBe(409);
    const untimed = await start({ problemSlug: 'url-shortener', mode: 'untimed' });
    const paused = await call(pause.POST, { params: { id: untimed } });
    expect(paused.json).toMatchObject({ isPaused: true, remainingSeconds: null });
    const resumed = await call(resume.POST, { params: { id: untimed } });
    expect(resumed.json.isPaused).toBe(false);
  });
});

describe('submit, self-rating and review request', () => {
  it('freezes the work: every later write answers 409', async () => {
    actAs(alice);
    const id = await start();
    expect((await call(selfRating.PUT, { method: 'PUT', params: { id }, body: { ratings: allRatings() } })).status).toBe(409);
    expect((await call(reviewRequest.POST, { params: { id } })).status).toBe(409);
    const submitted = await call(submit.POST, { params: { id } });
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: 'submitted', remainingSeconds: null });
    const writes = [
      call(submit.POST, { params: { id } }),
      call(notes.PUT, { method: 'PUT', params: { id }, body: { phase: 1, markdown: 'late' } }),
      call(phase.PUT, { method: 'PUT', params: { id }, body: { phase: 2 } }),
      call(hints.POST, { params: { id }, body: { hintIndex: 0 } }),
      call(estimate.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, inputs: {}, lines: [] } }),
      call(diagram.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, nodes: [], edges: [] } }),
    ];
    expect((await Promise.all(writes)).map((r) => r.status)).toEqual([409, 409, 409, 409, 409, 409]);
  });

  it('takes self-ratings for the problem’s dimensions only, then queues a review', async () => {
    actAs(alice);
    const id = await start();
    await call(submit.POST, { params: { id } });
    const unknown = await call(selfRating.PUT, { method: 'PUT', params: { id }, body: { ratings: { ...allRatings(), astrology: 2 } } });
    expect(unknown.status).toBe(400);
    expect((await call(selfRating.PUT, { method: 'PUT', params: { id }, body: { ratings: { estimation: 5 } } })).status).toBe(400);
    const rated = await call(selfRating.PUT, { method: 'PUT', params: { id }, body: { ratings: allRatings() } });
    expect(rated.status).toBe(200);
    expect(rated.json.selfRatings).toEqual(allRatings());
    const queued = await call(reviewRequest.POST, { params: { id } });
    expect(queued.json).toMatchObject({ reviewStatus: 'waiting' });
    expect(queued.json.reviewRequestedAt).toEqual(expect.any(String));
  });

  it('submits an expired timed session by itself, stamped when its time ran out', async () => {
    process.env.SCALEBOARD_ALLOW_TEST_DURATIONS = '1';
    actAs(alice);
    const id = await start({ problemSlug: 'url-shortener', mode: 'timed', testDurationSeconds: 3 });
    delete process.env.SCALEBOARD_ALLOW_TEST_DURATIONS;
    await new Promise((resolve) => setTimeout(resolve, 3_200));
    // Within the grace period the last autosave is still accepted, and an explicit submit is stamped at the end.
    expect((await call(notes.PUT, { method: 'PUT', params: { id }, body: { phase: 1, markdown: 'final words' } })).status).toBe(200);
    const submitted = await call(submit.POST, { params: { id } });
    expect(submitted.json.status).toBe('submitted');
    const started = Date.parse(submitted.json.startedAt as string);
    expect(Date.parse(submitted.json.submittedAt as string) - started).toBeLessThanOrEqual(3_000);
  });
});

describe('access', () => {
  it('answers 404 to anyone else, a reviewer before a review is requested included', async () => {
    actAs(alice);
    const id = await start();
    for (const other of [bob, reviewer]) {
      actAs(other);
      const answers = await Promise.all([
        call(submit.POST, { params: { id } }),
        call(notes.GET, { params: { id } }),
        call(notes.PUT, { method: 'PUT', params: { id }, body: { phase: 1, markdown: 'x' } }),
        call(phase.PUT, { method: 'PUT', params: { id }, body: { phase: 2 } }),
        call(estimate.GET, { params: { id } }),
        call(estimate.PUT, { method: 'PUT', params: { id }, body: { baseVersion: 0, inputs: {}, lines: [] } }),
        call(hints.GET, { params: { id } }),
        call(hints.POST, { params: { id }, body: { hintIndex: 0 } }),
        call(pause.POST, { params: { id } }),
        call(resume.POST, { params: { id } }),
        call(selfRating.PUT, { method: 'PUT', params: { id }, body: { ratings: allRatings() } }),
        call(reviewRequest.POST, { params: { id } }),
        call(session.GET, { params: { id } }),
      ]);
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 404));
    }
  });
});
