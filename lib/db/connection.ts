import { mkdirSync } from 'node:fs';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { databaseKind, pgliteDir, type DatabaseKind } from './config';

/**
 * The process-wide database connection: a driver-adapter factory for Prisma (queries) and the schema
 * engine (migrations). Cached on globalThis because the custom server and Next's bundled route code load
 * separate copies of this module, and PGlite allows only one instance per data folder.
 */
export interface DatabaseConnection {
  kind: DatabaseKind;
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

const globalForDb = globalThis as typeof globalThis & { __scaleboardDb?: Promise<DatabaseConnection> };

async function openPostgres(url: string): Promise<DatabaseConnection> {
  const { PrismaPg } = await import('@prisma/adapter-pg');
  const factory = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return { kind: 'postgresql', factory, close: async () => {} };
}

async function openPglite(dir: string): Promise<DatabaseConnection> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  // In-memory for tests (`memory://`); otherwise a folder that PGlite will not create by itself.
  if (!dir.startsWith('memory://')) mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true });
  const pglite = new PGlite(dir);
  await pglite.waitReady;
  return { kind: 'pglite', factory: new PrismaPGlite(pglite), close: () => pglite.close() };
}

/** Opens (once per process) the database selected by the environment. */
export function getConnection(): Promise<DatabaseConnection> {
  globalForDb.__scaleboardDb ??= process.env.DATABASE_URL
    ? openPostgres(process.env.DATABASE_URL)
    : openPglite(process.env.PGLITE_DIR ?? pgliteDir());
  return globalForDb.__scaleboardDb;
}

/** Whether the configured database is the embedded one; readable without opening it. */
export function isEmbedded(): boolean {
  return databaseKind() === 'pglite';
}

/** Closes and forgets the connection (tests, scripts, shutdown). */
export async function closeConnection(): Promise<void> {
  const pending = globalForDb.__scaleboardDb;
  globalForDb.__scaleboardDb = undefined;
  if (pending) await (await pending).close();
}
