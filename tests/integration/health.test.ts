import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/health/route';
import { getConnection, closeConnection } from '@/lib/db/connection';
import { disconnectDb } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations/apply';

// A database of its own, deliberately left unmigrated at first (no useTestDatabase here).
delete process.env.DATABASE_URL;
process.env.PGLITE_DIR = 'memory://';

afterAll(async () => {
  await disconnectDb();
  await closeConnection();
});

describe('GET /api/health', () => {
  it('answers 503 with a short reason before migrations are applied, then ok', async () => {
    const before = await GET();
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ status: 'unavailable', database: 'pglite', reason: 'migrations not applied' });

    await applyMigrations(await getConnection());
    const after = await GET();
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ status: 'ok', database: 'pglite' });
  });
});
