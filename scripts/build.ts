/**
 * `npm run build`: builds the site beside dist/ (in .dist-next/) and puts it in place only once the build
 * has succeeded. A failed build (broken content, a check that stops it) leaves the previous dist/ exactly as
 * it was, so a server pointed at it keeps serving the last good site instead of a half-written folder.
 * Extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const NEXT = join(ROOT, '.dist-next');
const OLD = join(ROOT, '.dist-previous');

rmSync(NEXT, { recursive: true, force: true });
// A larger young generation: the build makes many short-lived objects (parsed pages, search passages), and with
// Node's default the collector ran often enough to take about a tenth of the build's time on the main thread.
const NODE_FLAGS = ['--max-semi-space-size=32'];
const astro = spawnSync(process.execPath, [...NODE_FLAGS, join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', NEXT, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  // Astro's usage report is a request to its server on every build: the build makes none.
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  rmSync(NEXT, { recursive: true, force: true });
  console.error(`\nThe build failed${astro.signal ? ` (${astro.signal})` : ''}: dist/ is left as it was.`);
  process.exit(astro.status ?? 1);
}
// Two renames on one file system: dist/ is missing only between them, never half written.
rmSync(OLD, { recursive: true, force: true });
if (existsSync(DIST)) renameSync(DIST, OLD);
renameSync(NEXT, DIST);
rmSync(OLD, { recursive: true, force: true });
