/**
 * `npm run bench:load`: requests per second and errors of the production nginx setup (scripts/lib/nginx.ts with
 * deploy/nginx.conf over dist/) for one chapter page, at 50, 200 and 400 concurrent connections.
 * Only 127.0.0.1, and bounded: each level runs for LOAD_SECONDS (default 5) or MAX_REQUESTS requests,
 * whichever comes first, and a request that takes more than 5 s counts as an error.
 *   npm run build && npm run bench:load
 *   LOAD_PORT=8090 npm run bench:load          (the port nginx listens on; default: one that is free)
 */
import { Agent, get } from 'node:http';
import { freePort, startNginx } from '../lib/nginx.ts';

const LEVELS = [50, 200, 400];
const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const MAX_REQUESTS = 200_000;
const TIMEOUT_MS = 5000;
const PAGE = '/en/notes/easy-docker/images-and-containers/';
const port = process.env.LOAD_PORT ? Number(process.env.LOAD_PORT) : await freePort();
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`LOAD_PORT=${process.env.LOAD_PORT} is not a port number`);
if (!(SECONDS > 0 && SECONDS <= 60)) throw new Error(`LOAD_SECONDS=${process.env.LOAD_SECONDS}: give 1 to 60 seconds`);

interface Level {
  connections: number;
  ok: number;
  errors: Map<string, number>;
  latencies: number[];
  seconds: number;
}

function request(agent: Agent, url: string): Promise<{ status?: number; error?: string; ms: number }> {
  const start = performance.now();
  return new Promise((resolve) => {
    const req = get(url, { agent, headers: { 'accept-encoding': 'gzip' }, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - start }));
      response.on('error', (error) => resolve({ error: error.message, ms: performance.now() - start }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message, ms: performance.now() - start }));
  });
}

async function run(url: string, connections: number): Promise<Level> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const level: Level = { connections, ok: 0, errors: new Map(), latencies: [], seconds: 0 };
  const start = performance.now();
  const end = start + SECONDS * 1000;
  let sent = 0;
  const loop = async () => {
    while (performance.now() < end && sent < MAX_REQUESTS) {
      sent++;
      const { status, error, ms } = await request(agent, url);
      level.latencies.push(ms);
      if (status === 200) level.ok++;
      else {
        const reason = error ?? `HTTP ${status}`;
        level.errors.set(reason, (level.errors.get(reason) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  level.seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return level;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const nginx = await startNginx({ port });
try {
  const url = `${nginx.url}${PAGE}`;
  console.log(`${url}, ${SECONDS} s per level (at most ${MAX_REQUESTS} requests), keep-alive, gzip`);
  console.log('connections   requests/s   errors   p50 ms   p99 ms   max ms');
  for (const connections of LEVELS) {
    const level = await run(url, connections);
    const sorted = level.latencies.sort((a, b) => a - b);
    const errors = [...level.errors.values()].reduce((a, b) => a + b, 0);
    const detail = errors ? `  (${[...level.errors].map(([reason, n]) => `${reason}: ${n}`).join(', ')})` : '';
    console.log(
      [String(connections).padStart(11), (level.ok / level.seconds).toFixed(0).padStart(12), String(errors).padStart(8),
        ...[50, 99, 100].map((p) => percentile(sorted, p).toFixed(1).padStart(8))].join(' ') + detail,
    );
  }
} finally {
  await nginx.stop();
}
