import path from 'node:path';

export type DatabaseKind = 'pglite' | 'postgresql';

/** Where local state lives (embedded database, generated secret). Git-ignored. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SCALEBOARD_DATA_DIR ?? path.join(process.cwd(), '.data'));
}

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite database in the data folder. */
export function databaseKind(): DatabaseKind {
  return process.env.DATABASE_URL ? 'postgresql' : 'pglite';
}

export function pgliteDir(): string {
  return path.join(/*turbopackIgnore: true*/ dataDir(), 'pglite');
}
