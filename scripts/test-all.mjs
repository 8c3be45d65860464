// npm test: the whole suite, in the order that fails fastest: typecheck, lint, unit, integration on the
// embedded database and on PostgreSQL (when one is reachable, and always on CI), build, end-to-end.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CHECKPOINT_DISABLE: '1' };
const isCi = Boolean(process.env.CI);
const results = [];

function run(label, command, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  results.push({ label, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (status !== 0) finish();
}

function finish() {
  console.log('\nSummary');
  for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.label} (${r.seconds}s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

function postgresReachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432), timeout: 1500 });
    socket.on('connect', () => { socket.destroy(); resolve(true); });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => { socket.destroy(); resolve(false); });
  });
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the end-to-end tests…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(path)) {
    console.error(`Chromium not found at ${path}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;
run('typecheck', bin('tsc'), ['--noEmit']);
run('lint', bin('eslint'), ['--max-warnings=0', '.']);
run('unit tests', bin('vitest'), ['run', '--project', 'unit']);
run('integration tests (PGlite)', bin('vitest'), ['run', '--project', 'integration'], { SCALEBOARD_TEST_DB: 'pglite' });
const pgUrl = process.env.SCALEBOARD_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
if (await postgresReachable(pgUrl)) {
  run('integration tests (PostgreSQL)', bin('vitest'), ['run', '--project', 'integration'], { SCALEBOARD_TEST_DB: 'postgresql', SCALEBOARD_TEST_PG_URL: pgUrl });
} else if (isCi) {
  console.error(`PostgreSQL is not reachable at ${pgUrl}; CI must test on it.`);
  results.push({ label: 'integration tests (PostgreSQL)', ok: false, seconds: 0 });
  finish();
} else {
  console.log(`\n(skipping the PostgreSQL integration run: nothing listens at ${pgUrl})`);
}
run('build', 'npm', ['run', 'build', '--silent']);
ensureChromium();
run('end-to-end tests', bin('playwright'), ['test']);
finish();
