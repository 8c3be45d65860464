import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll } from 'vitest';

/**
 * Gives one test file its own empty, migrated database: an in-memory PGlite by default, or a throwaway
 * PostgreSQL database when SCALEBOARD_TEST_DB=postgresql (dropped afterwards). The suite runs both ways.
 */
export const TEST_DB_KIND = process.env.SCALEBOARD_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite';
const ADMIN_URL = process.env.SCALEBOARD_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function useTestDatabase(): void {
  const name = `scaleboard_test_${randomBytes(6).toString('hex')}`;
  beforeAll(async () => {
    if (TEST_DB_KIND === 'postgresql') {
      await adminQuery(`CREATE DATABASE ${name}`);
      const url = new URL(ADMIN_URL);
      url.pathname = `/${name}`;
      process.env.DATABASE_URL = url.toString();
    } else {
      delete process.env.DATABASE_URL;
      process.env.PGLITE_DIR = 'memory://';
    }
    const { getConnection } = await import('@/lib/db/connection');
    const { applyMigrations } = await import('@/lib/db/migrations/apply');
    await applyMigrations(await getConnection());
  });
  afterAll(async () => {
    const { disconnectDb } = await import('@/lib/db/client');
    const { closeConnection } = await import('@/lib/db/connection');
    await disconnectDb();
    await closeConnection();
    if (TEST_DB_KIND === 'postgresql') await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}
