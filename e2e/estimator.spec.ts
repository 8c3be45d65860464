import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The standalone estimator at /estimator: public, no sign-in, kept in localStorage. Each test gets a
 * fresh browser context, so it starts from the built-in example.
 */

async function fillAssumption(page: Page, label: string, value: string) {
  await page.getByRole('textbox', { name: label, exact: true }).fill(value);
}

test.describe('estimator page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/estimator');
    await expect(page.getByRole('heading', { level: 1, name: 'Back-of-the-envelope estimator' })).toBeVisible();
  });

  test('shows each figure with its working in human units', async ({ page }) => {
    const writes = page.getByRole('row', { name: /^Writes\/s = / });
    // Typing before hydration can be lost, so retry the first fill until the results follow it.
    await expect(async () => {
      await fillAssumption(page, 'Daily active users', '200M');
      await expect(writes).toContainText('200,000,000 × 1 ÷ 86,400', { timeout: 1_000 });
    }).toPass();
    await fillAssumption(page, 'Writes per user per day', '0.5');
    await fillAssumption(page, 'Bytes per write', '100');
    await fillAssumption(page, 'Retention in years', '10');
    await expect(writes).toContainText('200,000,000 × 0.5 ÷ 86,400');
    await expect(writes).toContainText('1.16 K/s');
    await expect(page.getByRole('row', { name: /^Total storage = / })).toContainText('36.5 TB');

    await fillAssumption(page, 'Replication factor', '0.5');
    await expect(page.getByRole('textbox', { name: 'Replication factor', exact: true })).toHaveAccessibleDescription(/Must be at least 1/);
    await expect(page.getByText(/Fill in or fix the highlighted assumptions/)).toBeVisible();
    await expect(page.getByText(/NaN|Infinity/)).toHaveCount(0);

    await fillAssumption(page, 'Replication factor', '');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Daily active users', exact: true })).toHaveValue('200M');
    await expect(page.getByRole('row', { name: /^Writes\/s = / })).toContainText('1.16 K/s');
  });

  test('scratch pad shows results and inline unit errors', async ({ page }) => {
    const addLine = page.getByRole('button', { name: 'Add line' });
    await expect(async () => {
      await addLine.click();
      await expect(page.getByRole('textbox', { name: 'Line 3', exact: true })).toBeFocused({ timeout: 1_000 });
    }).toPass();

    const bad = page.getByRole('textbox', { name: 'Line 3', exact: true });
    await bad.fill('1 GB + 1 s');
    await expect(bad).toHaveAttribute('aria-invalid', 'true');
    await expect(bad).toHaveAccessibleDescription(/Units do not match/);

    await bad.press('Enter');
    const good = page.getByRole('textbox', { name: 'Line 4', exact: true });
    await expect(good).toBeFocused();
    await good.fill('100M * 500 B / day to MB/s');
    await expect(good).toHaveAccessibleDescription('= 0.579 MB/s');

    await page.getByRole('textbox', { name: 'Name of line 4', exact: true }).fill('rate');
    await addLine.click();
    const uses = page.getByRole('textbox', { name: 'Line 5', exact: true });
    await uses.fill('rate * 1 day to GB');
    await expect(uses).toHaveAccessibleDescription('= 50 GB');
  });

  test('reference tables insert values into the focused line', async ({ page }) => {
    const first = page.getByRole('textbox', { name: 'Line 1', exact: true });
    // The table is a collapsed disclosure; its <summary> is the control that opens it.
    await page.locator('summary', { hasText: 'Seconds per day, month and year' }).click();
    await expect(async () => {
      await first.fill('100M * 500 B /');
      await first.focus();
      await page.getByRole('button', { name: /^Insert 1 day / }).click();
      await expect(first).toHaveValue('100M * 500 B / 1 day', { timeout: 1_000 });
    }).toPass();
    // 5e10 B a day is 578,704 B/s, shown in human units.
    await expect(first).toHaveAccessibleDescription('= 579 KB/s');
  });

  test('has no axe violations', async ({ page }) => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('POST /api/estimate', () => {
  const body = { dailyActiveUsers: 100_000_000, writesPerUserPerDay: 1, readsPerWrite: 10, bytesPerWrite: 100, retentionYears: 10 };

  test('answers the figures and their working', async ({ request }) => {
    const response = await request.post('/api/estimate', { data: body });
    expect(response.status()).toBe(200);
    const json = await response.json();
    expect(json.writesPerSecond).toBeCloseTo(1157.407, 3);
    expect(json.storageBytesTotal).toBe(36.5e12);
    expect(json.steps[0]).toMatchObject({ formula: '100,000,000 × 1 ÷ 86,400', unit: '1/s' });
  });

  test('answers 400 naming the invalid field', async ({ request }) => {
    const response = await request.post('/api/estimate', { data: { ...body, cacheHotFraction: 1.5 } });
    expect(response.status()).toBe(400);
    const json = await response.json();
    expect(json.error).toContain('cacheHotFraction');
    expect(json.fields).toHaveProperty('cacheHotFraction');

    const notJson = await request.post('/api/estimate', { data: 'not json', headers: { 'content-type': 'application/json' } });
    expect(notJson.status()).toBe(400);
  });
});
