/**
 * `npm run serve:nginx`: serves dist/ with the production configuration on the loopback address at
 * NGINX_PORT (scripts/lib/addresses.ts; the NGINX_PORT variable chooses another port) in the foreground until stopped (Ctrl+C).
 */
import { startNginx } from './lib/nginx.ts';
import { NGINX_PORT } from './lib/addresses.ts';

const port = Number(process.env.NGINX_PORT ?? NGINX_PORT);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`NGINX_PORT=${process.env.NGINX_PORT} is not a port number`);

const server = await startNginx({ port });
console.log(`Serving dist/ with deploy/nginx.conf on ${server.url}/ (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
server.process.on('exit', (code) => {
  process.exitCode = code ?? 1;
});
