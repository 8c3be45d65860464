import { expect, test, type Page } from '@playwright/test';
import { signUpAndSignIn } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

/**
 * The problem library and a problem page: filters, the statement with collapsed hints, the Start practice
 * form, and the reference solution hidden until a candidate reveals it (staff see it at once).
 */

interface ListItem {
  slug: string;
  title: string;
  difficulty: string;
  topics: string[];
}

async function listProblems(page: Page): Promise<ListItem[]> {
  const res = await page.request.get('/api/problems');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { problems: ListItem[] }).problems;
}

const cards = (page: Page) => page.getByRole('list', { name: 'Problems' }).getByRole('article');

async function expectReferenceDesignShown(page: Page) {
  await expect(page.getByRole('heading', { level: 3, name: 'Reference design' })).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Reference figures' })).toBeVisible();
  await expect(page.getByText('Seeing the reference before you try spoils the practice')).toHaveCount(0);
}

test.describe('problem library', () => {
  test('lists every problem with difficulty, topics and time', async ({ page }) => {
    const problems = await listProblems(page);
    await page.goto('/problems');
    await expect(page.getByRole('heading', { level: 1, name: 'Problems' })).toBeVisible();
    await expect(cards(page)).toHaveCount(problems.length);
    const first = cards(page).filter({ hasText: 'Design a URL Shortener' });
    await expect(first.getByText('Difficulty: Easy')).toBeVisible();
    await expect(first.getByText('45 min')).toBeVisible();
    await expect(first.getByRole('list', { name: 'Topics' }).getByText('hashing')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('filters by difficulty, topic and text, and says when nothing matches', async ({ page }) => {
    const problems = await listProblems(page);
    await page.goto('/problems');

    await page.getByLabel('Difficulty').selectOption('hard');
    await page.getByLabel('Topic', { exact: true }).selectOption('messaging');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/difficulty=hard/);
    const expected = problems.filter((p) => p.difficulty === 'hard' && p.topics.includes('messaging'));
    expect(expected.length).toBeGreaterThan(0);
    await expect(cards(page)).toHaveCount(expected.length);
    for (const problem of expected) await expect(cards(page).filter({ hasText: problem.title })).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: `${expected.length} of ${problems.length} problems match` })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect(cards(page)).toHaveCount(problems.length);

    await page.getByRole('searchbox', { name: 'Search' }).fill('url shortener');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(cards(page)).toHaveCount(1);
    await expect(cards(page).getByRole('link', { name: 'Design a URL Shortener' })).toBeVisible();

    await page.goto('/problems?q=no+such+problem+anywhere');
    await expect(page.getByRole('heading', { name: 'No problems match these filters' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('each of the six classic problems has a page', async ({ page }) => {
    for (const slug of ['url-shortener', 'chat-system', 'news-feed', 'rate-limiter', 'notification-system', 'file-storage']) {
      const res = await page.goto(`/problems/${slug}`);
      expect(res?.status(), slug).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
    expect((await page.goto('/problems/no-such-problem'))?.status()).toBe(404);
  });
});

test.describe('problem page', () => {
  test('shows the statement with hints collapsed, and hides the reference from visitors', async ({ page }) => {
    await page.goto('/problems');
    await page.getByRole('link', { name: 'Design a URL Shortener' }).click();
    await expect(page).toHaveURL(/\/problems\/url-shortener$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Design a URL Shortener' })).toBeVisible();
    for (const name of ['The prompt', 'Requirements', 'Scale assumptions', 'Hints', 'Rubric', 'Concepts it uses']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByRole('rowheader', { name: 'Back-of-the-envelope estimation' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '4. Exceptional' })).toBeVisible();

    const firstHint = page.getByText('Before drawing boxes, compare how often links are created');
    await expect(page.getByText('Hint 1', { exact: true })).toBeVisible();
    await expect(firstHint).toBeHidden();
    await page.getByText('Hint 1', { exact: true }).click();
    await expect(firstHint).toBeVisible();
    await expect(page.getByText('Once a short code is created its target never changes')).toBeHidden();

    await expect(page.getByText('Seeing the reference before you try spoils the practice')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reference design' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Sign in to practise or reveal the reference' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /^Caching/ }).click();
    await expect(page).toHaveURL(/\/concepts\/caching$/);
  });

  test('Start practice sends a visitor to sign in, and back to the problem', async ({ page }) => {
    await page.goto('/problems/url-shortener');
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fproblems%2Furl-shortener$/);
  });

  test('Start practice opens a session for a signed-in candidate', async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto('/problems/url-shortener');
    await expect(page.getByLabel('Duration')).toHaveValue('45');
    await page.getByLabel('Untimed, at your own pace').check();
    await expect(page.getByLabel('Duration')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page).toHaveURL(/\/practice\/[a-z0-9]+$/);
    const sessions = (await (await page.request.get('/api/sessions')).json()) as { sessions: { problemSlug: string; mode: string }[] };
    expect(sessions.sessions[0]).toMatchObject({ problemSlug: 'url-shortener', mode: 'untimed' });
  });

  test('a new candidate sees the warning, and the reference design after revealing it', async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto('/problems/url-shortener');
    await expect(page.getByText('Seeing the reference before you try spoils the practice')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reference design' })).toHaveCount(0);
    expect(await (await page.request.get('/api/problems/url-shortener')).json()).not.toHaveProperty('solution');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Reveal the reference design' }).click();
    await expectReferenceDesignShown(page);
    await expect(page.getByRole('rowheader', { name: 'Redirects per second at peak' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Deep dives' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The reveal is remembered for this problem only.
    await page.reload();
    await expectReferenceDesignShown(page);
    expect(await (await page.request.get('/api/problems/url-shortener')).json()).toHaveProperty('solution');
    await page.goto('/problems/chat-system');
    await expect(page.getByText('Seeing the reference before you try spoils the practice')).toBeVisible();
  });

  test('a reviewer sees the reference design straight away', async ({ page }) => {
    await signUpAndSignIn(page, { role: 'reviewer' });
    await page.goto('/problems/url-shortener');
    await expectReferenceDesignShown(page);
    await expectNoAxeViolations(page);
  });
});
