import type { DatabaseConnection } from '../connection';
import { loadMigrationList, readSchema } from './migration-files';
import { createSchemaEngine, NO_FILTERS } from './schema-engine';

/**
 * Applies pending migrations from prisma/migrations to the connected database and returns the names of
 * those just applied. Bookkeeping goes to `_prisma_migrations`, as `prisma migrate deploy` would do.
 */
export async function applyMigrations(connection: DatabaseConnection): Promise<string[]> {
  const engine = await createSchemaEngine(readSchema(), connection.factory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: loadMigrationList(),
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
