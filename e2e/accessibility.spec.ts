import { test } from '@playwright/test';
import { signUpAndSignIn } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

// Pages owned by feature specs (problems, practice, reviews, interviews, estimator) scan themselves;
// these are the platform's own pages.
const PUBLIC_PAGES = ['/', '/signin', '/signup', '/no-such-page'];

test.describe('accessibility of platform pages', () => {
  for (const path of PUBLIC_PAGES) {
    test(`${path} has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test('/admin has no axe violations, for an admin and for a refused candidate', async ({ page, browser }) => {
    await signUpAndSignIn(page);
    await page.goto('/admin');
    await expectNoAxeViolations(page);

    const context = await browser.newContext();
    const adminPage = await context.newPage();
    await signUpAndSignIn(adminPage, { role: 'admin' });
    await adminPage.goto('/admin');
    await expectNoAxeViolations(adminPage);
    await context.close();
  });
});
