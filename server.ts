// Scaleboard's server: one Node process serving the Next.js app (and, on upgrade, live rooms), on the
// embedded database unless DATABASE_URL is set. `--local` marks local use (README quick start): a missing
// AUTH_SECRET is then generated once and kept in the data folder.
import { createServer } from 'node:http';
import { dataDir, databaseKind } from './lib/db/config';
import { closeConnection, getConnection } from './lib/db/connection';
import { applyMigrations } from './lib/db/migrations/apply';
import { resolveAuthSecret } from './lib/auth/secret';
import { stampClientIp, stampForwardedHost } from './lib/server/client-ip';
import { createRoomServer } from './lib/realtime/room-server';

const isDev = process.env.SCALEBOARD_DEV === '1';
const isLocal = process.argv.includes('--local') || isDev;
Object.assign(process.env, {
  NODE_ENV: isDev ? 'development' : 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1',
  AUTH_TRUST_HOST: 'true',
});

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const hostname = process.env.HOST ?? '0.0.0.0';
  process.env.AUTH_SECRET = resolveAuthSecret({ local: isLocal, dataDir: dataDir() });

  const connection = await getConnection();
  const applied = await applyMigrations(connection);
  console.log(`Database: ${databaseKind()}${applied.length ? `, applied ${applied.length} migration(s)` : ', up to date'}`);

  const { default: next } = await import('next');
  // Next builds request URLs from this name; the wildcard listen address would leak into redirects.
  const app = next({ dev: isDev, hostname: hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const upgrade = app.getUpgradeHandler();
  const trustProxy = process.env.TRUST_PROXY === '1';

  const server = createServer((req, res) => {
    stampClientIp(req, trustProxy);
    stampForwardedHost(req, trustProxy);
    void handle(req, res);
  });
  // Live rooms (/api/rooms/<interviewId>) are ours; every other upgrade (dev HMR) goes to Next.
  const rooms = createRoomServer();
  server.on('upgrade', (req, socket, head) => {
    if (rooms.handleUpgrade(req, socket, head)) return;
    void upgrade(req, socket, head);
  });
  // Outlive clients' and proxies' idle timeouts, so a reused keep-alive socket is never closed under a request.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => {
    console.log(`Scaleboard is running at http://localhost:${port}`);
  });

  const shutdown = () => {
    server.close();
    server.closeIdleConnections();
    // Rooms first: their last edits are written before the database closes.
    void rooms.close().catch(() => {}).then(closeConnection).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(`Scaleboard could not start: ${(error as Error).message}`);
  process.exit(1);
});
