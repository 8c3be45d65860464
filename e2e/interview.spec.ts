import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readLibrary } from '../lib/problems/read-library';
import { E2E_ADMIN_EMAIL, createAccount, signInViaApi, signUpAndSignIn } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

/**
 * Live mock interviews with two browser contexts (interviewer and candidate), plus a third account that
 * must be refused everywhere, and a restart of a server of the spec's own to prove rooms are persisted.
 */
const problem = readLibrary().problems.find((p) => p.slug === 'url-shortener');
// Text only the interviewer's guide contains: a rubric descriptor and a deep dive's strong answer.
const GUIDE_TEXTS = [problem?.rubric[0]?.levels[3] ?? 'missing', problem?.deepDives[0]?.strongAnswer ?? 'missing'].map((t) => t.slice(0, 40));

/** The interview and its invite link's path (the link's origin is the server's view of the host). */
async function scheduleInterview(request: APIRequestContext): Promise<{ id: string; invitePath: string; token: string }> {
  const res = await request.post('/api/interviews', {
    data: { problemSlug: 'url-shortener', scheduledAt: new Date(Date.now() + 60_000).toISOString(), durationMinutes: 45 },
  });
  expect(res.status()).toBe(201);
  const { id, inviteUrl } = (await res.json()) as { id: string; inviteUrl: string };
  const invitePath = new URL(inviteUrl).pathname;
  return { id, invitePath, token: invitePath.split('/').pop() ?? '' };
}

/** Every WebSocket frame the page receives, as text (binary frames decoded leniently). */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
  return frames;
}

async function addNode(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Component palette' }).getByRole('button', { name: label, exact: true }).click();
}

// The shared canvas only: the interviewer's page also shows the reference design, with nodes of its own.
const canvasNode = (page: Page, label: string) => page.getByLabel('Shared architecture diagram', { exact: true }).locator('.react-flow__node').filter({ hasText: label });

test.describe('mock interview room', () => {
  test('two people share the room live; the candidate never receives the interviewer’s guide or notes', async ({ page, browser }) => {
    await signUpAndSignIn(page, { role: 'interviewer', name: 'Ivy Interviewer' });
    const { id, invitePath } = await scheduleInterview(page.request);
    const candidateContext = await browser.newContext();
    const candidate = await candidateContext.newPage();
    await signUpAndSignIn(candidate, { name: 'Cam Candidate' });
    const frames = recordFrames(candidate);

    await candidate.goto(invitePath);
    await candidate.getByRole('button', { name: 'Join the interview' }).click();
    await expect(candidate).toHaveURL(new RegExp(`/interviews/${id}$`));
    await page.goto(`/interviews/${id}`);
    await expect(page.getByRole('list', { name: 'People in the room' })).toContainText('Cam Candidate');
    await expect(candidate.getByRole('list', { name: 'People in the room' })).toContainText('Ivy Interviewer');

    await addNode(candidate, 'Cache');
    await expect(canvasNode(page, 'Cache')).toBeVisible();

    const note = `PRIVATE-NOTE-${Date.now()}`;
    await page.getByRole('textbox', { name: 'Private notes' }).fill(note);
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(candidate.getByTestId('current-phase')).toHaveText('Phase 2 of 6: Estimation');
    await page.getByRole('button', { name: 'Send hint 1' }).click();
    await expect(candidate.getByRole('region', { name: 'Hints from your interviewer' })).toContainText((problem?.hints[0] ?? '').slice(0, 30));

    for (const text of GUIDE_TEXTS) await expect(page.locator('body')).toContainText(text); // the interviewer has them
    const candidateDom = await candidate.content();
    const received = frames.join('\n');
    for (const secret of [note, ...GUIDE_TEXTS]) {
      expect(candidateDom).not.toContain(secret);
      expect(received).not.toContain(secret);
    }
    expect(frames.length).toBeGreaterThan(0);
    await expectNoAxeViolations(candidate);

    // Ending freezes the work and takes the interviewer to the rubric scoring of the frozen session.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End interview' }).click();
    await expect(page).toHaveURL(/\/reviews\/[^/]+$/);
    await expect(candidate.getByRole('status').filter({ hasText: 'This interview has ended' })).toBeVisible();
    await candidateContext.close();
  });

  test('a third account is refused by the invite link, the room page and the room socket', async ({ page, browser }) => {
    await signUpAndSignIn(page, { role: 'interviewer' });
    const { id, invitePath, token } = await scheduleInterview(page.request);
    const candidate = await (await browser.newContext()).newPage();
    await signUpAndSignIn(candidate);
    await candidate.goto(invitePath);
    await candidate.getByRole('button', { name: 'Join the interview' }).click();
    await expect(candidate).toHaveURL(new RegExp(`/interviews/${id}$`));

    const third = await (await browser.newContext()).newPage();
    await signUpAndSignIn(third);
    expect((await third.goto(invitePath))?.status()).toBe(404);
    expect((await third.goto(`/interviews/${id}`))?.status()).toBe(404);
    expect((await third.request.post('/api/interviews/join', { data: { token } })).status()).toBe(404);
    const outcome = await third.evaluate(
      (roomId) =>
        new Promise<string>((resolve) => {
          const ws = new WebSocket(`ws://${location.host}/api/rooms/${roomId}`);
          ws.binaryType = 'arraybuffer';
          ws.onmessage = () => resolve('received data');
          ws.onopen = () => setTimeout(() => resolve('opened'), 500);
          ws.onclose = () => resolve('refused');
        }),
      id,
    );
    expect(outcome).toBe('refused');
  });
});

test.describe('room persistence across a server restart', () => {
  const PORT = 3110;
  const BASE = `http://localhost:${PORT}`;
  let server: ChildProcess | undefined;

  async function startServer(): Promise<void> {
    server = spawn('node', ['--import', 'tsx', 'server.ts'], {
      stdio: 'ignore',
      env: {
        ...process.env,
        PORT: String(PORT),
        SCALEBOARD_DATA_DIR: '.data/e2e-restart',
        AUTH_SECRET: 'e2e-only-secret-not-for-production-0123456789',
        SCALEBOARD_ADMIN_EMAILS: E2E_ADMIN_EMAIL,
        SCALEBOARD_SIGNIN_LIMIT_PER_IP: '100000',
        DATABASE_URL: '',
      },
    });
    await expect(async () => expect((await fetch(`${BASE}/api/health`)).ok).toBe(true)).toPass({ timeout: 120_000, intervals: [500] });
  }

  async function stopServer(signal: NodeJS.Signals): Promise<void> {
    const child = server;
    server = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => (child.once('exit', resolve), child.kill(signal)));
  }

  test.afterAll(() => stopServer('SIGTERM'));

  async function signedInContext(browser: Browser, email?: string): Promise<BrowserContext> {
    const context = await browser.newContext({ baseURL: BASE });
    const account = await createAccount(context.request, { email });
    await signInViaApi(context.request, account);
    return context;
  }

  test('a room reloads with everything in it after the server is killed and restarted', async ({ browser }) => {
    test.setTimeout(300_000);
    rmSync('.data/e2e-restart', { recursive: true, force: true });
    await startServer();
    // The bootstrap admin email makes an admin, who may run interviews, on this fresh database.
    const host = await signedInContext(browser, E2E_ADMIN_EMAIL);
    const guest = await signedInContext(browser);
    const { id, token } = await scheduleInterview(host.request);
    expect((await guest.request.post('/api/interviews/join', { data: { token } })).status()).toBe(200);
    const guestPage = await guest.newPage();
    await guestPage.goto(`/interviews/${id}`);
    await addNode(guestPage, 'Queue');
    await guestPage.getByRole('textbox', { name: 'Notes for phase 1' }).fill('10:1 read/write ratio');
    await expect(canvasNode(guestPage, 'Queue')).toBeVisible();
    await guestPage.waitForTimeout(1_500); // the room is written 500 ms after edits pause
    const hostState = await host.storageState();
    await guest.close();
    await host.close();

    await stopServer('SIGKILL'); // no graceful flush: only what was already persisted survives
    await startServer();
    const again = await browser.newContext({ baseURL: BASE, storageState: hostState });
    const hostPage = await again.newPage();
    await hostPage.goto(`/interviews/${id}`);
    await expect(canvasNode(hostPage, 'Queue')).toBeVisible();
    await expect(hostPage.getByRole('textbox', { name: 'Notes for phase 1' })).toHaveValue('10:1 read/write ratio');
    await again.close();
  });
});
