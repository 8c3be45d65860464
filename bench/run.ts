// npm run bench: figures, not assertions. Needs a production build (npm run build). Starts its own server
// on a fresh embedded database, then measures API latency, page weight, the canvas and real-time rooms.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runApiBench } from './api';
import { runCanvasBench } from './canvas';
import { runPageWeightBench } from './pages';
import { startBenchServer } from './server';

const server = await startBenchServer(Number(process.env.BENCH_PORT ?? 3200));
const report: Record<string, unknown> = { at: new Date().toISOString() };
try {
  report.api = await runApiBench(server.baseUrl);
  console.log('\nAPI latency (sequential, ms)');
  console.table(report.api);

  report.pages = await runPageWeightBench(server.baseUrl, ['/', '/problems', '/problems/url-shortener', '/concepts', '/estimator', '/signin']);
  console.log('\nPage weight (KiB of JavaScript: first load, gzipped; all fetched)');
  console.table(report.pages);

  report.canvas = await runCanvasBench(server.baseUrl);
  console.log('\nCanvas: 500 nodes, 1,000 edges');
  console.table([report.canvas]);
} finally {
  await server.stop();
}

const { runRealtimeBench } = await import('./realtime');
report.realtime = await runRealtimeBench();
console.log('\nReal-time rooms');
console.table([report.realtime]);

mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nWritten to bench/results/latest.json');
process.exit(0);
