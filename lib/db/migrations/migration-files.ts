import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export const PRISMA_DIR = path.join(process.cwd(), 'prisma');
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');
export const SCHEMA_PATH = path.join(PRISMA_DIR, 'schema.prisma');

const MIGRATION_FOLDER = /^\d{14}_[a-z0-9_]+$/;

/** Names of the migration folders, oldest first (`YYYYMMDDHHMMSS_name`). */
export function migrationNames(dir = MIGRATIONS_DIR): string[] {
  if (!existsSync(/*turbopackIgnore: true*/ dir)) return [];
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && MIGRATION_FOLDER.test(e.name))
    .map((e) => e.name)
    .sort();
}

/** The migrations folder in the shape the schema engine expects. */
export function loadMigrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(/*turbopackIgnore: true*/ lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: migrationNames(dir).map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

export function readSchema(schemaPath = SCHEMA_PATH): { path: string; content: string } {
  return { path: 'schema.prisma', content: readFileSync(/*turbopackIgnore: true*/ schemaPath, 'utf8') };
}
