import 'server-only';
import { databaseKind } from './config';
import { getDb } from './client';
import { migrationNames } from './migrations/migration-files';

export type HealthReport =
  | { status: 'ok'; database: 'pglite' | 'postgresql' }
  | { status: 'unavailable'; database: 'pglite' | 'postgresql'; reason: string };

/** Whether the database answers and every migration in prisma/migrations has been applied. */
export async function checkHealth(): Promise<HealthReport> {
  const database = databaseKind();
  try {
    const db = await getDb();
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = migrationNames().filter((name) => !applied.has(name));
    if (pending.length > 0) return { status: 'unavailable', database, reason: `${pending.length} migration(s) not applied` };
    return { status: 'ok', database };
  } catch (error) {
    const message = (error as Error).message ?? '';
    const reason = /_prisma_migrations/.test(message) ? 'migrations not applied' : 'database not reachable';
    return { status: 'unavailable', database, reason };
  }
}
