import type { DatabaseConnection } from '../connection';
import { loadMigrationList, readSchema } from './migration-files';
import { createSchemaEngine, NO_FILTERS } from './schema-engine';

export const EMPTY_MIGRATION = '-- This is an empty migration.';

/**
 * SQL that takes a database from the state the migrations produce to the one schema.prisma describes.
 * Runs on an in-memory PGlite (its shadow database is in memory too), so it needs no server and never
 * touches real data. An empty result means schema and migrations agree.
 */
export async function diffMigrationsToSchema(): Promise<string> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const pglite = new PGlite();
  const connection: DatabaseConnection = { kind: 'pglite', factory: new PrismaPGlite(pglite), close: () => pglite.close() };
  const schema = readSchema();
  const engine = await createSchemaEngine(schema, connection.factory);
  try {
    const result = await engine.diff({
      from: { tag: 'migrations', ...loadMigrationList() },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = (result.stdout ?? '').trim();
    return sql === EMPTY_MIGRATION ? '' : sql;
  } finally {
    engine.free();
    await connection.close();
  }
}
