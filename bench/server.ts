import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';

/** Starts the production build on a fresh embedded database for benchmarking; resolves once healthy. */
export async function startBenchServer(port: number): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const dataDir = `.data/bench-${port}`;
  rmSync(dataDir, { recursive: true, force: true });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      SCALEBOARD_DATA_DIR: dataDir,
      SCALEBOARD_BENCH: '1',
      AUTH_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
      SCALEBOARD_SIGNIN_LIMIT_PER_IP: '100000',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://localhost:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
