import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getUserById } from '@/lib/db/users';
import { registerUser } from '@/lib/users/register';
import { TEST_DB_KIND, useTestDatabase } from './support/test-database';

useTestDatabase();

/** Runs an npm script's command the way `npm run` would, against the given environment. */
function runScript(script: 'db-migrate' | 'user-role', args: string[], env: Record<string, string | undefined>) {
  const flags = script === 'user-role' ? ['--conditions=react-server'] : [];
  const result = spawnSync(process.execPath, [...flags, '--import', 'tsx', `scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('command-line scripts', () => {
  it('db:migrate applies every migration to a new embedded database, then finds nothing to do', () => {
    const env = { DATABASE_URL: '', SCALEBOARD_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sb-cli-')), PGLITE_DIR: undefined };
    const first = runScript('db-migrate', [], env);
    expect(first.status).toBe(0);
    expect(first.output).toMatch(/Applied \d+ migration\(s\)/);
    const second = runScript('db-migrate', [], env);
    expect(second.output).toContain('Database is up to date.');
  });

  it('user:role explains its usage and refuses unknown roles', () => {
    const result = runScript('user-role', ['someone@example.com', 'overlord'], {});
    expect(result.status).toBe(2);
    expect(result.output).toContain('Usage: npm run user:role');
  });

  it('user:role answers 1 for an unknown email on a migrated database', () => {
    const env = { DATABASE_URL: '', SCALEBOARD_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sb-cli-')), PGLITE_DIR: undefined };
    runScript('db-migrate', [], env);
    const result = runScript('user-role', ['nobody@example.com', 'admin'], env);
    expect(result.status).toBe(1);
    expect(result.output).toContain('No user with email nobody@example.com');
  });

  it.runIf(TEST_DB_KIND === 'postgresql')('user:role promotes an existing user on PostgreSQL', async () => {
    const user = await registerUser({ email: 'first-admin@example.com', password: 'long enough password', name: 'First' });
    const result = runScript('user-role', ['First-Admin@example.com', 'admin'], { DATABASE_URL: process.env.DATABASE_URL });
    expect(result.output).toContain('first-admin@example.com is now admin.');
    expect((await getUserById({ userId: user.id }))?.role).toBe('admin');
  });
});
