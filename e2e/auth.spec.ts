import { expect, test } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { createAccount, signUpAndSignIn } from './fixtures/auth';

const E2E_SECRET = 'e2e-only-secret-not-for-production-0123456789';
const COOKIE = 'authjs.session-token';

test.describe('accounts', () => {
  test('sign up, sign out and sign in again in the browser', async ({ page }) => {
    const email = `browser-${Date.now()}@scaleboard.test`;
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Browser User');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a long browser password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.getByText('Browser User')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    await page.goto('/signin');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill('a wrong password!!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' })).toBeVisible();

    await page.getByLabel('Password').fill('a long browser password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('sign-up explains what is wrong with each field', async ({ page }) => {
    await page.goto('/signup');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await expect(page.getByText('Password must be at least 10 characters')).toBeVisible();
    await expect(page.getByText('Name is required')).toBeVisible();
  });

  test('a candidate is refused the admin page; an admin can change roles there', async ({ page, browser }) => {
    await signUpAndSignIn(page);
    await page.goto('/admin');
    await expect(page.getByRole('heading', { name: 'You do not have access to this page' })).toBeVisible();

    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signUpAndSignIn(adminPage, { role: 'admin' });
    const target = await createAccount(adminPage.request);
    await adminPage.goto(`/admin?q=${encodeURIComponent(target.email)}`);
    await adminPage.getByLabel(`Role of ${target.email}`, { exact: true }).selectOption('reviewer');
    await adminPage.getByRole('button', { name: `Save role of ${target.email}` }).click();
    await expect(adminPage.getByText(`${target.email} is now reviewer.`)).toBeVisible();
    await adminContext.close();
  });

  test('the API refuses anonymous callers and hides the admin endpoint from candidates', async ({ page, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    expect((await anonymous.get('/api/sessions')).status()).toBe(401);
    await anonymous.dispose();

    const me = await signUpAndSignIn(page);
    const res = await page.request.get('/api/sessions');
    expect(res.status()).toBe(200);
    expect(await res.json()).toMatchObject({ sessions: [], total: 0 });
    expect((await page.request.patch(`/api/users/${me.id}`, { data: { role: 'admin' } })).status()).toBe(404);
  });

  test('health answers ok on the embedded database; unknown pages show a 404 page', async ({ page }) => {
    const health = await page.request.get('/api/health');
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
    const res = await page.goto('/no-such-page');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('an expired or forged session cookie reads as signed out, never as an error', async ({ page, context }) => {
    const account = await createAccount(page.request);
    const expired = await encode({ token: { sub: account.id, email: account.email }, secret: E2E_SECRET, salt: COOKIE, maxAge: -60 });
    const valid = await encode({ token: { sub: account.id, email: account.email }, secret: E2E_SECRET, salt: COOKIE, maxAge: 600 });
    for (const [value, status] of [[expired, 401], ['forged-token', 401], [valid, 200]] as const) {
      await context.clearCookies();
      await context.addCookies([{ name: COOKIE, value, domain: 'localhost', path: '/' }]);
      expect((await page.request.get('/api/sessions')).status()).toBe(status);
    }
    await context.clearCookies();
    await context.addCookies([{ name: COOKIE, value: expired, domain: 'localhost', path: '/' }]);
    await page.goto('/sessions');
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsessions/);
  });
});
