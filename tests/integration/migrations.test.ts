import { describe, expect, it } from 'vitest';
import { diffMigrationsToSchema } from '@/lib/db/migrations/diff';
import { getConnection } from '@/lib/db/connection';
import { applyMigrations } from '@/lib/db/migrations/apply';
import { migrationNames } from '@/lib/db/migrations/migration-files';
import { checkHealth } from '@/lib/db/health';
import { useTestDatabase, TEST_DB_KIND } from './support/test-database';

useTestDatabase();

describe('migrations', () => {
  it('match schema.prisma exactly (run `npm run db:migration -- <name>` after changing the schema)', async () => {
    expect(await diffMigrationsToSchema()).toBe('');
  });

  it('are recorded in _prisma_migrations and not applied twice', async () => {
    expect(await applyMigrations(await getConnection())).toEqual([]);
    expect(migrationNames().length).toBeGreaterThan(0);
  });

  it('report the database healthy once applied', async () => {
    expect(await checkHealth()).toEqual({ status: 'ok', database: TEST_DB_KIND });
  });
});
