import { expect, test } from '@playwright/test';
import { CONCEPT_SLUGS } from '../lib/problems/catalogue';
import { expectNoAxeViolations } from './fixtures/axe';

/** Concept guides: the index, one guide, and the problems that use it (both ways linked). */
test.describe('concept guides', () => {
  test('the index lists every guide', async ({ page }) => {
    await page.goto('/concepts');
    await expect(page.getByRole('heading', { level: 1, name: 'Concepts' })).toBeVisible();
    const guides = page.getByRole('list', { name: 'Concept guides' }).getByRole('article');
    await expect(guides).toHaveCount(CONCEPT_SLUGS.length);
    await expect(guides.getByRole('link', { name: 'Rate-limiting algorithms' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a guide renders its body and lists the problems that use it', async ({ page }) => {
    await page.goto('/concepts');
    await page.getByRole('link', { name: /^Caching/ }).click();
    await expect(page).toHaveURL(/\/concepts\/caching$/);
    await expect(page.getByRole('heading', { level: 1, name: /^Caching/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'What a cache buys' })).toBeVisible();
    // Markdown tables and code render as markup, not as source text.
    await expect(page.getByRole('article', { name: 'Guide' }).getByRole('table').first()).toBeVisible();

    const usedBy = page.getByRole('list', { name: 'Problems that use this' });
    await expect(page.getByRole('heading', { level: 2, name: 'Problems that use this' })).toBeVisible();
    await expect(usedBy.getByRole('link', { name: 'Design a URL Shortener' })).toBeVisible();
    await expectNoAxeViolations(page);

    await usedBy.getByRole('link', { name: 'Design a URL Shortener' }).click();
    await expect(page).toHaveURL(/\/problems\/url-shortener$/);
    await expect(page.getByRole('link', { name: /^Caching/ })).toBeVisible();
  });

  test('an unknown guide is a 404', async ({ page }) => {
    expect((await page.goto('/concepts/no-such-concept'))?.status()).toBe(404);
  });
});
