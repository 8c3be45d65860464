import { expect, test, type Page } from '@playwright/test';
import { signUpAndSignIn } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

/**
 * Solo timed practice end to end: start from the problem page, write notes, build the diagram, estimate,
 * open a hint, submit, rate yourself, ask for review, and find the session in history and progress. Then
 * the clock running out submits by itself, and a second account cannot see the session.
 */
const TITLE = 'Design a URL Shortener';

async function startSessionViaApi(page: Page, body: Record<string, unknown>): Promise<string> {
  const res = await page.request.post('/api/sessions', { data: { problemSlug: 'url-shortener', ...body } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function getJson(page: Page, path: string): Promise<Record<string, unknown>> {
  const res = await page.request.get(path);
  expect(res.status()).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

test.describe('solo practice', () => {
  test('a timed session from the problem page to history and progress', async ({ page }) => {
    test.setTimeout(150_000);
    await signUpAndSignIn(page);
    await page.goto('/problems/url-shortener');
    await page.getByRole('radio', { name: 'Timed, against the clock' }).check();
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split('/').pop() as string;
    const api = `/api/sessions/${id}`;

    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole('timer', { name: 'Time remaining' })).toHaveText(/4[45]:\d\d/);
    await expectNoAxeViolations(page);

    // Requirements notes, autosaved.
    const requirements = '- Shorten a long URL, redirect on open\n- 100M new links a day, p99 redirect under 50 ms';
    await page.getByRole('textbox', { name: /^Notes for Requirements/ }).fill(requirements);
    await expect.poll(async () => ((await getJson(page, `${api}/notes`)).notes as Record<string, string>)['1']).toBe(requirements);

    // Components from the palette, saved with the session.
    const palette = page.getByRole('navigation', { name: 'Component palette' });
    for (const name of ['Client', 'Load balancer', 'Service', 'SQL database']) {
      await palette.getByRole('button', { name, exact: true }).click();
    }
    await expect.poll(async () => ((await getJson(page, `${api}/diagram`)).nodes as unknown[]).length).toBe(4);

    // Estimation phase, then the estimator's assumptions.
    await page.getByRole('navigation', { name: 'Interview phases' }).getByRole('button', { name: /^2\. Estimation/ }).click();
    await expect(page.getByRole('button', { name: /^2\. Estimation/ })).toHaveAttribute('aria-current', 'step');
    const assumptions: [string, string][] = [
      ['Daily active users', '100M'],
      ['Writes per user per day', '1'],
      ['Reads per write', '100'],
      ['Bytes per write', '500'],
      ['Retention in years', '5'],
    ];
    for (const [label, value] of assumptions) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await expect.poll(async () => ((await getJson(page, `${api}/estimate`)).inputs as Record<string, number>).retentionYears).toBe(5);
    // No comparison with the reference while the clock runs.
    await expect(page.getByRole('table', { name: 'Your figures against the reference' })).toHaveCount(0);

    // A hint, recorded with its time.
    await page.getByRole('button', { name: 'Open hint 1' }).click();
    await expect(page.getByText(/^Opened at /)).toBeVisible();
    expect(((await getJson(page, `${api}/hints`)).opened as unknown[]).length).toBe(1);

    // Submit, then the after-submit view.
    await page.getByRole('button', { name: 'Submit session' }).click();
    await page.getByRole('button', { name: 'Yes, submit' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `${TITLE}: submitted` })).toBeVisible();
    expect((await getJson(page, api)).status).toBe('submitted');
    expect((await page.request.put(`${api}/notes`, { data: { phase: 1, markdown: 'too late' } })).status()).toBe(409);
    await expect(page.getByRole('table', { name: 'Your figures against the reference' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reference design' })).toBeVisible();

    const rating = page.getByRole('region', { name: 'Rate yourself' });
    const dimensions = rating.getByRole('group');
    const count = await dimensions.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await dimensions.nth(i).getByRole('radio').nth(2).check();
    await rating.getByRole('button', { name: 'Save self-ratings' }).click();
    await expect(rating.getByText('Your self-ratings are saved.')).toBeVisible();
    await page.getByRole('button', { name: 'Request a review' }).click();
    await expect(page.getByText(/^Review requested/)).toBeVisible();
    await expectNoAxeViolations(page);

    // History.
    await page.goto('/sessions');
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect(row).toContainText('Submitted');
    await expect(row).toContainText('Timed');
    await expect(row).toContainText('3 / 4');
    await expectNoAxeViolations(page);
    await row.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/sessions/${id}$`));
    await expect(page.getByText('Shorten a long URL, redirect on open')).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Replay revision' })).toBeVisible();
    await expect(page.getByText(/^Hint 1, opened/)).toBeVisible();

    // Progress.
    await page.goto('/progress');
    await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Requirements and scope scores by session' })).toContainText(TITLE);
    await expect(page.getByRole('table', { name: 'Average time per phase against the suggested budget' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a timed session submits itself, with everything saved, when time runs out', async ({ page }) => {
    await signUpAndSignIn(page);
    // A few seconds of clock (accepted by the e2e server only): enough to type, short enough to wait for.
    const id = await startSessionViaApi(page, { mode: 'timed', testDurationSeconds: 8 });
    await page.goto(`/practice/${id}`);
    await expect(page.getByText('1 minute left')).toBeVisible();
    await page.getByRole('textbox', { name: /^Notes for Requirements/ }).fill('Last words before the bell');
    await expect(page.getByRole('heading', { level: 1, name: `${TITLE}: submitted` })).toBeVisible({ timeout: 30_000 });
    const session = await getJson(page, `/api/sessions/${id}`);
    expect(session).toMatchObject({ status: 'submitted', remainingSeconds: null });
    expect(((await getJson(page, `/api/sessions/${id}/notes`)).notes as Record<string, string>)['1']).toBe('Last words before the bell');
  });

  test('another account gets 404 for the session’s pages and API', async ({ page, browser }) => {
    await signUpAndSignIn(page);
    const id = await startSessionViaApi(page, { mode: 'untimed' });
    const other = await (await browser.newContext()).newPage();
    await signUpAndSignIn(other);
    expect((await other.goto(`/practice/${id}`))?.status()).toBe(404);
    expect((await other.goto(`/sessions/${id}`))?.status()).toBe(404);
    expect((await other.request.get(`/api/sessions/${id}`)).status()).toBe(404);
    expect((await other.request.put(`/api/sessions/${id}/notes`, { data: { phase: 1, markdown: 'x' } })).status()).toBe(404);
    expect((await other.request.post(`/api/sessions/${id}/submit`)).status()).toBe(404);
    await other.context().close();
  });

  test('a reload resumes the clock from the server, and history resumes or deletes a session', async ({ page }) => {
    await signUpAndSignIn(page);
    const id = await startSessionViaApi(page, { mode: 'timed', durationMinutes: 30 });
    await page.goto(`/practice/${id}`);
    const timer = page.getByRole('timer', { name: 'Time remaining' });
    await expect(timer).toHaveText(/(29|30):\d\d/);
    await page.waitForTimeout(2_000);
    await page.reload();
    // The server's clock kept running across the reload: never back to 30:00.
    await expect(timer).toHaveText(/29:[0-5]\d/);

    await page.goto('/sessions');
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect(row).toContainText('In progress');
    await row.getByRole('link', { name: /^Resume/ }).click();
    await expect(page).toHaveURL(new RegExp(`/practice/${id}$`));

    await page.goto('/sessions');
    await row.getByRole('button', { name: /^Delete/ }).click();
    await row.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toHaveCount(0);
    expect((await page.request.get(`/api/sessions/${id}`)).status()).toBe(404);
  });

  test('an untimed session pauses and resumes, and the Analyze panel is open to it', async ({ page }) => {
    await signUpAndSignIn(page);
    const id = await startSessionViaApi(page, { mode: 'untimed' });
    await page.goto(`/practice/${id}`);
    await expect(page.getByRole('timer', { name: 'Time spent' })).toBeVisible();
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('timer')).toContainText('paused');
    expect((await getJson(page, `/api/sessions/${id}`)).isPaused).toBe(true);
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await page.getByText('Analyze the design').click();
    await expect(page.getByRole('heading', { name: 'Analyze' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
