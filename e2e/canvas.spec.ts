import { expect, test, type Locator, type Page } from '@playwright/test';
import { signUpAndSignIn } from './fixtures/auth';
import { expectNoAxeViolations } from './fixtures/axe';

// The architecture canvas on a practice session: build a small design from the palette, reload and find it
// saved; a bad import leaves it untouched; edits made offline are saved once the connection returns.

async function startSession(page: Page): Promise<string> {
  await signUpAndSignIn(page);
  const res = await page.request.post('/api/sessions', { data: { problemSlug: 'url-shortener', mode: 'untimed' } });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  return id;
}

function canvas(page: Page): Locator {
  return page.getByLabel('Architecture diagram', { exact: true });
}

function node(page: Page, label: string): Locator {
  return canvas(page).locator('.react-flow__node').filter({ has: page.getByText(label, { exact: true }) });
}

function saveStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Diagram save status', exact: true });
}

/** Drags from a handle of one node to a handle of another, as a user connects two components. */
async function connect(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.hover();
  await page.mouse.down();
  const box = await to.boundingBox();
  if (!box) throw new Error('target handle is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Drags a palette button onto the canvas at a fraction of its width and height. */
async function dropFromPalette(page: Page, name: string, fx: number, fy: number): Promise<void> {
  const pane = canvas(page).locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('canvas is not visible');
  const button = page.getByRole('navigation', { name: 'Component palette' }).getByRole('button', { name, exact: true });
  await button.dragTo(pane, { targetPosition: { x: box.width * fx, y: box.height * fy } });
}

async function addFromPalette(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Component palette' }).getByRole('button', { name, exact: true }).click();
}

test.describe('architecture canvas', () => {
  test('builds a design from the palette and finds it again after a reload', async ({ page }) => {
    const id = await startSession(page);
    await page.goto(`/practice/${id}`);
    await expect(saveStatus(page)).toHaveText('Saved');

    // Dragged from the palette onto a 2×2 grid that fits even a narrow canvas: Client and Load balancer on
    // top, SQL database and Service below; then connected handle to handle, round the square.
    await dropFromPalette(page, 'Client', 0.25, 0.3);
    await dropFromPalette(page, 'Load balancer', 0.75, 0.3);
    await dropFromPalette(page, 'Service', 0.75, 0.7);
    await dropFromPalette(page, 'SQL database', 0.25, 0.7);
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(4);

    await canvas(page).scrollIntoViewIfNeeded();
    await connect(page, node(page, 'Client').locator('.react-flow__handle-right'), node(page, 'Load balancer').locator('.react-flow__handle-left'));
    await connect(page, node(page, 'Load balancer').locator('.react-flow__handle-bottom'), node(page, 'Service').locator('.react-flow__handle-top'));
    await connect(page, node(page, 'Service').locator('.react-flow__handle-left'), node(page, 'SQL database').locator('.react-flow__handle-right'));
    await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(3);

    await node(page, 'Service').click();
    const properties = page.getByRole('complementary', { name: 'Properties' });
    await properties.getByLabel('Instances').fill('3');
    await expect(node(page, 'Service')).toContainText('×3');
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });

    await page.reload();
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(4);
    await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(3);
    await node(page, 'Service').click();
    await expect(page.getByRole('complementary', { name: 'Properties' }).getByLabel('Instances')).toHaveValue('3');

    const saved = await page.request.get(`/api/sessions/${id}/diagram`);
    const body = (await saved.json()) as { version: number; nodes: { data: { kind: string; instances?: number } }[]; edges: unknown[] };
    expect(body.version).toBeGreaterThan(0);
    expect(body.nodes.map((n) => n.data.kind).sort()).toEqual(['client', 'load-balancer', 'service', 'sql-database']);
    expect(body.nodes.find((n) => n.data.kind === 'service')?.data.instances).toBe(3);
    expect(body.edges).toHaveLength(3);
  });

  test('refuses a malformed import and leaves the diagram unchanged', async ({ page }) => {
    const id = await startSession(page);
    await page.goto(`/practice/${id}`);
    await addFromPalette(page, 'Cache');
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(1);

    const bad = JSON.stringify({ nodes: [{ id: 'x', type: 'component', position: { x: 0, y: 0 }, data: { kind: 'mainframe', label: 'Big iron' } }], edges: [] });
    await page.getByLabel('Import JSON file').setInputFiles({ name: 'design.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const alert = page.getByRole('alert').filter({ hasText: 'Import failed' });
    await expect(alert).toContainText('nodes[0].data.kind');
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(1);
    await expect(node(page, 'Cache')).toBeVisible();

    await page.getByLabel('Import JSON file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect(alert).toContainText('not valid JSON');
    await expect(canvas(page).locator('.react-flow__node')).toHaveCount(1);
  });

  test('keeps edits made offline and saves them when the connection returns', async ({ page, context }) => {
    const id = await startSession(page);
    await page.goto(`/practice/${id}`);
    await expect(saveStatus(page)).toHaveText('Saved');

    await context.setOffline(true);
    await addFromPalette(page, 'Queue');
    await expect(saveStatus(page)).toHaveText('Offline');
    await context.setOffline(false);
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });

    await page.reload();
    await expect(node(page, 'Queue')).toBeVisible();
  });

  test('merges edits saved from another tab instead of overwriting them', async ({ page, context }) => {
    const id = await startSession(page);
    await page.goto(`/practice/${id}`);
    const other = await context.newPage();
    await other.goto(`/practice/${id}`);
    await expect(saveStatus(other)).toHaveText('Saved');

    await addFromPalette(page, 'Client');
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
    // The other tab still holds version 0: its save is refused (409), merged with the server's and retried.
    await addFromPalette(other, 'Cache');
    await expect(saveStatus(other)).toHaveText('Saved', { timeout: 15_000 });
    await expect(node(other, 'Client')).toBeVisible();
    await expect(node(other, 'Cache')).toBeVisible();

    await page.reload();
    await expect(node(page, 'Client')).toBeVisible();
    await expect(node(page, 'Cache')).toBeVisible();
  });

  test('browses saved versions and restores one', async ({ page }) => {
    // The server folds saves made close together into one revision, so a fresh session has one version
    // holding the latest state; restoring it shows the dialog's whole path without waiting for a new one.
    const id = await startSession(page);
    await page.goto(`/practice/${id}`);
    await addFromPalette(page, 'Client');
    await addFromPalette(page, 'Cache');
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
    await node(page, 'Cache').click();
    await page.keyboard.press('Delete');
    await expect(node(page, 'Cache')).toHaveCount(0);

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'Diagram history' });
    const versions = dialog.getByRole('list', { name: 'Saved versions' }).getByRole('button');
    await expect(versions.first()).toBeVisible();
    await versions.first().click();
    const restore = dialog.getByRole('button', { name: /^Restore version \d+$/ });
    await expect(dialog.getByLabel(/^Version \d+ \(preview\)$/)).toBeVisible();
    await restore.click();
    await expect(dialog).toBeHidden();
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
    // Undo takes the restore back, like any other edit.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
  });

  test('palette, toolbar and properties are keyboard operable and pass axe', async ({ page }) => {
    const id = await startSession(page);
    await page.goto(`/practice/${id}`);
    const loadBalancer = page.getByRole('button', { name: 'Load balancer', exact: true });
    await loadBalancer.focus();
    await page.keyboard.press('Enter');
    await expect(node(page, 'Load balancer')).toBeVisible();
    // The new node is selected, so its properties are one Tab stop away from the panel.
    const name = page.getByRole('complementary', { name: 'Properties' }).getByLabel('Name');
    await name.fill('Edge LB');
    await expect(node(page, 'Edge LB')).toBeVisible();
    // Connect without a pointer: add a service, then connect the selected service to the load balancer.
    await page.getByRole('button', { name: 'Service', exact: true }).press('Enter');
    await page.getByRole('complementary', { name: 'Properties' }).getByLabel('Connect to').selectOption({ label: 'Edge LB' });
    await page.getByRole('button', { name: 'Connect', exact: true }).press('Enter');
    await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(1);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('ControlOrMeta+z');
    await expect(node(page, 'Service')).toHaveCount(0);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('ControlOrMeta+z');
    await expect(node(page, 'Load balancer')).toBeVisible();
    await expect(saveStatus(page)).toHaveText('Saved', { timeout: 15_000 });
    await expectNoAxeViolations(page);
  });
});
