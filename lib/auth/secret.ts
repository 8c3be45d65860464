import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The secret that signs session tokens. Production (`local` false) must provide AUTH_SECRET; local use
 * generates one on first start and keeps it in the data folder, so sessions survive restarts.
 */
export function resolveAuthSecret(options: { local: boolean; dataDir: string }): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (!options.local) {
    throw new Error('AUTH_SECRET is required in production. Generate one with: openssl rand -base64 32');
  }
  const file = path.join(options.dataDir, 'auth-secret');
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(options.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
