import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAuthSecret } from './secret';

const original = process.env.AUTH_SECRET;
afterEach(() => {
  if (original === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = original;
});

describe('resolveAuthSecret', () => {
  it('uses AUTH_SECRET when set', () => {
    process.env.AUTH_SECRET = 'from-the-environment';
    expect(resolveAuthSecret({ local: false, dataDir: '/nonexistent' })).toBe('from-the-environment');
  });

  it('refuses to run in production without AUTH_SECRET', () => {
    delete process.env.AUTH_SECRET;
    expect(() => resolveAuthSecret({ local: false, dataDir: mkdtempSync(path.join(tmpdir(), 'sb-')) })).toThrow(/AUTH_SECRET is required/);
  });

  it('generates a secret once for local use and keeps it, readable only by the owner', () => {
    delete process.env.AUTH_SECRET;
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'sb-')), 'nested', 'data');
    const first = resolveAuthSecret({ local: true, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveAuthSecret({ local: true, dataDir })).toBe(first);
    const file = path.join(dataDir, 'auth-secret');
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});
