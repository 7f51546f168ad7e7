/**
 * `npm run serve:nginx`: serves dist/ with the production configuration on http://127.0.0.1:8080
 * (NGINX_PORT to choose another port) in the foreground until stopped (Ctrl+C).
 */
import { DEFAULT_PORT, startNginx } from './nginx.ts';

const port = Number(process.env.NGINX_PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`NGINX_PORT=${process.env.NGINX_PORT} is not a port number`);

const server = await startNginx({ port });
console.log(`Serving dist/ with deploy/nginx.conf on ${server.url}/ (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
server.process.on('exit', (code) => {
  process.exitCode = code ?? 1;
});
