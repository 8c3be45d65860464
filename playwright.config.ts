import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/fixtures/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${PORT}`;
/** Signing up with this email makes an admin (SCALEBOARD_ADMIN_EMAILS); fixtures use it to grant roles. */
export const E2E_ADMIN_EMAIL = 'e2e-admin@scaleboard.test';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // A common laptop size; the practice workspace lays out canvas, notes and estimator side by side.
    viewport: { width: 1440, height: 900 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // The production build (npm test builds first) on a fresh embedded database.
    command: 'rm -rf .data/e2e && node --import tsx server.ts',
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(PORT),
      SCALEBOARD_DATA_DIR: '.data/e2e',
      AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
      SCALEBOARD_ADMIN_EMAILS: E2E_ADMIN_EMAIL,
      // Every spec signs in from 127.0.0.1; the per-IP limit is covered by integration tests.
      SCALEBOARD_SIGNIN_LIMIT_PER_IP: '100000',
      SCALEBOARD_ALLOW_TEST_DURATIONS: '1',
      DATABASE_URL: '',
    },
  },
});
