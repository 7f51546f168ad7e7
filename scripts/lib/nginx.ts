/**
 * Runs Debian's nginx with the production configuration (deploy/nginx.conf) over the built site, as an
 * ordinary process: its config, pid, temp files and logs live in a temporary folder, nothing is written
 * to /etc or /var, so it works for any user. Used by `npm run serve:nginx`, the server tests, the
 * browser tests (playwright.config.ts), `npm run bench` and `npm run audit`: every number and check meets
 * the server readers meet.
 */
import { createServer as createNetServer } from 'node:net';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_HOST, NGINX_PORT } from './addresses.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const SITE_CONFIG = join(ROOT, 'deploy/nginx.conf');
export const DIST = join(ROOT, 'dist');

const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];
/** Debian's nginx modules; `.br` files are served only where this one is installed. */
const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';

/**
 * The worker settings of the deployed server: those of the Docker image's /etc/nginx/nginx.conf (nginx.org's
 * build), which the Dockerfile checks when the image is built, so local runs and tests meet the server readers
 * meet. One worker of 256 connections turned 400 concurrent readers into errors the deployed server would not give.
 */
export const WORKER_SETTINGS = { worker_processes: 'auto', worker_connections: 1024 } as const;
const PACKAGES = 'nginx libnginx-mod-http-brotli-static';

const findNginx = () => {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`NGINX_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  return NGINX_CANDIDATES.find((path) => existsSync(path));
};

/**
 * The nginx binary. If it is missing and we are root on Debian, install it (with the brotli static
 * module) the way the browser tests install Chromium; otherwise say exactly what to do.
 */
export function nginxBinary(): string {
  let found = findNginx();
  if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`nginx not found: installing Debian packages ${PACKAGES} ...`);
    try {
      execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES}`, { stdio: 'inherit' });
    } catch {
      // reported below with the manual command
    }
    found = findNginx();
  }
  if (!found) {
    throw new Error(`No nginx found. Install it with \`apt-get install -y ${PACKAGES}\` (Debian) or set NGINX_PATH to an nginx binary.`);
  }
  return found;
}

export const hasBrotliStatic = () => existsSync(BROTLI_STATIC_MODULE);

/** deploy/nginx.conf with its two placeholders filled in; any other `${...}` is a mistake in the file. */
export function siteConfig(template: string, values: { NGINX_LISTEN: string; SITE_ROOT: string }): string {
  const filled = template.replace(/\$\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`deploy/nginx.conf: unknown placeholder ${whole}`);
    return values[name as keyof typeof values];
  });
  return filled;
}

/** The top-level nginx config around the site's `server`: what Debian's /etc/nginx/nginx.conf would give, in `dir`. */
export function mainConfig(dir: string): string {
  const brotli = hasBrotliStatic();
  return [
    'daemon off;',
    // Started by root, nginx's workers would switch to `nobody`, who cannot read a checkout inside a private
    // folder (a CI clone in a 0700 temp dir): they stay the user who started them, as for any other user.
    process.getuid?.() === 0 ? 'user root;' : '',
    `worker_processes ${WORKER_SETTINGS.worker_processes};`,
    `pid ${dir}/nginx.pid;`,
    'error_log stderr warn;',
    brotli ? `load_module ${BROTLI_STATIC_MODULE};` : '',
    `events { worker_connections ${WORKER_SETTINGS.worker_connections}; }`,
    'http {',
    `  include ${MIME_TYPES};`,
    '  default_type application/octet-stream;',
    '  sendfile on;',
    // Errors go to stderr; a request log would need /dev/stdout, which is no file when run under a test runner.
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${dir}/${kind}_temp;`),
    // The build writes a .br beside every .gz; Debian's module sends it to browsers that accept brotli.
    brotli ? '  brotli_static on;' : '',
    `  include ${dir}/site.conf;`,
    '}',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export interface RunningNginx {
  process: ChildProcess;
  url: string;
  stop: () => Promise<void>;
}

/** Starts nginx on 127.0.0.1:`port` over `site` and resolves once it answers. */
export async function startNginx({ port = NGINX_PORT, site = DIST } = {}): Promise<RunningNginx> {
  if (!existsSync(join(site, '_server/csp-header.conf'))) {
    throw new Error(`No built site in ${site} (or built before the server files existed): run \`npm run build\` first.`);
  }
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), 'docker-notes-nginx-'));
  writeFileSync(join(dir, 'site.conf'), siteConfig(readFileSync(SITE_CONFIG, 'utf8'), { NGINX_LISTEN: `${LOCAL_HOST}:${port}`, SITE_ROOT: site }));
  writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));

  const child = spawn(binary, ['-e', 'stderr', '-p', `${dir}/`, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk;
    process.stderr.write(chunk);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  exited.then(cleanup);
  // If this process ends first (a test runner stopping), nginx goes with it and leaves no folder behind.
  process.once('exit', () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    cleanup();
  });

  const url = `http://${LOCAL_HOST}:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start (exit ${child.exitCode}):\n${errors}`);
    try {
      await fetch(`${url}/ko/`, { redirect: 'manual' });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGTERM');
        throw new Error(`nginx did not answer on ${url} within 15 s:\n${errors}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    process: child,
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A port nobody listens on right now, on 127.0.0.1: for a server a test or the bench starts. */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, LOCAL_HOST, resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
