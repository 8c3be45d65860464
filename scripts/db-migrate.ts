// npm run db:migrate: applies pending migrations to the configured database (PGlite or DATABASE_URL).
// Do not run it while the app is serving an embedded database: PGlite allows one process per folder.
import { closeConnection, getConnection } from '../lib/db/connection';
import { applyMigrations } from '../lib/db/migrations/apply';

const connection = await getConnection();
const applied = await applyMigrations(connection);
console.log(applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.');
await closeConnection();
process.exit(0);
