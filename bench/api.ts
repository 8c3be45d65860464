import { percentile, round } from './stats';

interface Timing {
  name: string;
  p50Ms: number;
  p95Ms: number;
  requests: number;
}

async function signIn(baseUrl: string): Promise<string> {
  const email = `bench-${Date.now()}@scaleboard.test`;
  const password = 'bench password long enough';
  await fetch(`${baseUrl}/api/users`, { method: 'POST', body: JSON.stringify({ email, password, name: 'Bench' }), headers: { 'content-type': 'application/json' } });
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  return [cookie, ...res.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}

async function time(name: string, count: number, send: (i: number) => Promise<Response>): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const res = await send(i);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    samples.push(performance.now() - started);
  }
  return { name, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), requests: count };
}

function diagramOf(size: number, baseVersion: number) {
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `n${i}`,
    type: 'component',
    position: { x: (i % 10) * 200, y: Math.floor(i / 10) * 120 },
    data: { kind: i % 2 ? 'service' : 'cache', label: `Node ${i}`, instances: 2 },
  }));
  const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id, data: { kind: 'sync' } }));
  return JSON.stringify({ baseVersion, nodes, edges });
}

/** Sequential request latency of the main JSON endpoints against a running server. */
export async function runApiBench(baseUrl: string): Promise<Timing[]> {
  const cookie = await signIn(baseUrl);
  const json = { 'content-type': 'application/json', cookie };
  const session = (await (
    await fetch(`${baseUrl}/api/sessions`, { method: 'POST', headers: json, body: JSON.stringify({ problemSlug: 'url-shortener', mode: 'untimed' }) })
  ).json()) as { id: string };
  const estimate = JSON.stringify({ dailyActiveUsers: 1e8, writesPerUserPerDay: 1, readsPerWrite: 100, bytesPerWrite: 500, retentionYears: 5 });
  return [
    await time('GET /api/health', 200, () => fetch(`${baseUrl}/api/health`)),
    await time('POST /api/estimate', 200, () => fetch(`${baseUrl}/api/estimate`, { method: 'POST', headers: json, body: estimate })),
    await time('GET /api/sessions', 200, () => fetch(`${baseUrl}/api/sessions`, { headers: json })),
    await time('PUT diagram (100 nodes)', 100, (i) =>
      fetch(`${baseUrl}/api/sessions/${session.id}/diagram`, { method: 'PUT', headers: json, body: diagramOf(100, i) }),
    ),
    await time('GET diagram (100 nodes)', 200, () => fetch(`${baseUrl}/api/sessions/${session.id}/diagram`, { headers: json })),
  ];
}
