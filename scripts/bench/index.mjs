/**
 * Prints the numbers the site is held to: cold build time and its phases, pages built, and every page's weight as Chromium
 * loads it from nginx (scripts/lib/page-weight.ts: everything fetched until the page is idle, text gzip), the
 * heaviest ones and any over the budget, the service worker apart.
 *   npm run bench            (cold build, then weights)
 *   npm run bench -- --no-build   (weights of the existing dist/)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { indexSizes, measureSearch } from './search.mjs';
import { LOCALES } from '../../src/i18n/index.ts';
import { builtPages } from '../../src/html/built-pages.ts';
import { searchQuality } from './search-quality.mjs';
import { evalFile, TOP1_TARGET } from '../lib/search-eval.ts';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { PAGE_BUDGET_BYTES, PAGE_JS_BUDGET_BYTES, weighPage } from '../lib/page-weight.ts';
import { freePort, startNginx } from '../lib/nginx.ts';
import { BUILD_PHASES_FILE } from '../../src/post-build.ts';
import { OG_CACHE_DIR } from '../../src/og/card.ts';
import { FIRST_ROUND_TRIP_BYTES, PAGE_HEADER_BYTES, fitsFirstRoundTrip } from '../../src/server/first-round-trip.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
// The build: at most 1.5 times what Starlight takes for 7 pages of the same notes on the same machine (5.0 s on 2 cores).
const TARGETS = { buildSeconds: 7.5, explainOnUseGzip: 40 * 1024, searchAddsGzip: 20 * 1024, typingMs: 100 };

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (value, target) => (value <= target ? 'ok' : 'OVER TARGET');

if (!process.argv.includes('--no-build')) {
  // Cold: nothing a fresh clone does not have, the share images drawn before included.
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', OG_CACHE_DIR]) rmSync(join(ROOT, dir), { recursive: true, force: true });
  const start = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  console.log(`cold build           ${seconds.toFixed(2)} s   (npm run build; target <= ${TARGETS.buildSeconds} s: ${verdict(seconds, TARGETS.buildSeconds)})`);
  // Each phase as the build timed it (src/post-build.ts); the steps after the pages overlap, so their times add up to more than their phase.
  const { phases } = JSON.parse(readFileSync(join(ROOT, BUILD_PHASES_FILE), 'utf8'));
  for (const { name, seconds, parallel } of phases) console.log(`  ${name.padEnd(44)} ${seconds.toFixed(2).padStart(6)} s${parallel ? '   (side by side)' : ''}`);
}
if (!existsSync(join(DIST, 'index.html'))) throw new Error('no dist/: run without --no-build');

/** Every page as a reader opens it: a folder's index by its folder, other pages (the 404s) by their file. */
const pagePaths = builtPages(DIST).map((page) => page.url);

/**
 * Every page weighed in Chromium as it loads it from nginx with deploy/nginx.conf (scripts/lib/page-weight.ts):
 * a few pages at a time, each in a fresh context.
 */
async function weighAll(paths) {
  const nginx = await startNginx({ port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort() });
  // The headless shell: the same engine and network stack as the whole browser, quicker to open a page.
  // One browser per worker, each showing one page at a time: a page that is not in front may never get
  // its idle callbacks, and the scripts they import would go uncounted.
  const browsers = await Promise.all(Array.from({ length: 3 }, () => chromium.launch(chromiumLaunchOptions('shell'))));
  try {
    const weights = [];
    const failed = [];
    let next = 0;
    const worker = async (browser) => {
      while (next < paths.length) {
        const path = paths[next++];
        await weighPage(browser, nginx.url, path).then((w) => weights.push(w), (error) => failed.push(`${path}: ${error.message}`));
      }
    };
    await Promise.all(browsers.map(worker));
    // A page that could not be weighed is named, never skipped in silence.
    for (const failure of failed) console.log(`NOT WEIGHED         ${failure}`);
    return weights;
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
    await nginx.stop();
  }
}

const started = performance.now();
const pages = await weighAll(pagePaths);
// The explainer's code and its language's data are what its page is for: loaded as the page starts, they are
// counted apart, against their own budget (40 KB), and the page without them against the page budget.
const EXPLAINER_FILES = /\/explain\/data\.json$|\/_astro\/(explain|render|CommandExplainer)[^/]*\.js$/;
for (const page of pages.filter((p) => p.path.endsWith('/explain/'))) {
  page.onUse = page.files.filter((f) => EXPLAINER_FILES.test(f.url)).reduce((sum, f) => sum + f.bytes, 0);
  page.total -= page.onUse;
}
const chapters = pages.filter((p) => /\/notes\/[^/]+\/[^/]+\/$/.test(p.path));
console.log(`pages built          ${pages.length} (${chapters.length} chapter pages), weighed in Chromium from nginx in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log('                     (page weight: every file fetched until the page is idle, its idle-time imports and the favicon included, text gzip, images as sent; not the service worker)');
const heaviestOf = (list, key) => list.reduce((a, b) => (b[key] > a[key] ? b : a));
for (const lang of LOCALES) {
  const own = chapters.filter((p) => p.path.startsWith(`/${lang}/`));
  if (!own.length) continue;
  const heaviest = heaviestOf(own, 'total');
  console.log(`heaviest ${lang} chapter  ${heaviest.path}`);
  console.log(`  to load (gzip)     ${kb(heaviest.total)}   (HTML ${kb(heaviest.html)}, CSS ${kb(heaviest.css)}, JS ${kb(heaviest.js)} + ${kb(heaviest.idleJs)} at idle, favicon ${kb(heaviest.favicon)}; target <= ${kb(PAGE_BUDGET_BYTES)}: ${verdict(heaviest.total, PAGE_BUDGET_BYTES)})`);
  const mostJs = heaviestOf(own, 'js');
  console.log(`  JavaScript         ${kb(mostJs.js)} gzip before idle   (target <= ${kb(PAGE_JS_BUDGET_BYTES)}: ${verdict(mostJs.js, PAGE_JS_BUDGET_BYTES)})`);
  const median = own.map((p) => p.total).sort((a, b) => a - b)[Math.floor(own.length / 2)];
  console.log(`  median chapter     ${kb(median)}`);
}
const mostJsAnywhere = heaviestOf(pages, 'js');
console.log(`most JavaScript      ${mostJsAnywhere.path}: ${kb(mostJsAnywhere.js)} gzip before idle   (target <= ${kb(PAGE_JS_BUDGET_BYTES)} on any page: ${verdict(mostJsAnywhere.js, PAGE_JS_BUDGET_BYTES)})`);
const over = pages.filter((p) => p.total > PAGE_BUDGET_BYTES).sort((a, b) => b.total - a.total);
const heaviestPage = heaviestOf(pages, 'total');
console.log(`heaviest page        ${heaviestPage.path}: ${kb(heaviestPage.total)}   (target <= ${kb(PAGE_BUDGET_BYTES)} on every page: ${over.length ? `${over.length} OVER TARGET` : 'ok'})`);
for (const page of over) console.log(`  over               ${page.path} ${kb(page.total)}`);
// A page whose headers and gzip copy pass TCP's first window waits one more round trip before it can be drawn
// (src/server/first-round-trip.ts); gzip is what a browser gets over plain HTTP, as Lighthouse loads the site here.
const gzipCopies = builtPages(DIST).map(({ url, file }) => ({ url, bytes: statSync(`${file}.gz`).size }));
const secondTrip = gzipCopies.filter((page) => !fitsFirstRoundTrip(page.bytes)).sort((a, b) => b.bytes - a.bytes);
console.log(`first round trip     ${gzipCopies.length - secondTrip.length} of ${gzipCopies.length} pages arrive whole in it (${PAGE_HEADER_BYTES} B of headers and the gzip copy within ${FIRST_ROUND_TRIP_BYTES} B)`);
for (const page of secondTrip) console.log(`  needs a second     ${page.url} ${kb(page.bytes)} gzip`);
for (const lang of LOCALES) {
  const page = pages.find((p) => p.path === `/${lang}/explain/`);
  if (!page) continue;
  console.log(`explainer ${lang}         page ${kb(page.total)} without its code and data; loaded on use ${kb(page.onUse)} gzip   (target <= 40 KB: ${verdict(page.onUse, TARGETS.explainOnUseGzip)})`);
}
const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
console.log(`service worker       /sw.js ${kb(gz(worker))} gzip, ${kb(Buffer.byteLength(worker))} raw   (its own file, fetched once per build)`);

for (const [lang, { passages, chunks, bytes, lexicon, typoWords }] of Object.entries(indexSizes(DIST))) {
  console.log(`search index ${lang}      ${passages} passages; Pagefind index ${kb(bytes)} gzip in ${chunks} chunks; lexicon ${kb(lexicon)} gzip; typo words ${kb(typoWords)} gzip (fetched when a word finds nothing)`);
}
const search = await measureSearch(DIST);
for (const [lang, r] of Object.entries(search)) {
  // Pagefind's engine, metadata and first index chunk are a floor the site cannot lower; what it adds on top is its budget.
  const added = r.parts.fragments + r.parts.site;
  console.log(`first search ${lang}      ${kb(r.firstSearchBytes)} gzip in ${r.files} files: Pagefind's program, metadata and index chunk ${kb(r.parts.pagefind)}`);
  console.log(`  the site adds      ${kb(added)}: search code and lexicon ${kb(r.parts.site)}, result passages ${kb(r.parts.fragments)}   (target <= 20 KB: ${verdict(added, TARGETS.searchAddsGzip)})`);
  console.log(`typing to results ${lang} median ${r.medianMs.toFixed(0)} ms, slowest ${r.maxMs.toFixed(0)} ms after the debounce (typed key by key on a warm page; target <= ${TARGETS.typingMs} ms: ${verdict(r.medianMs, TARGETS.typingMs)})`);
  console.log(`  a pasted query    median ${r.pastedMedianMs.toFixed(0)} ms, slowest ${r.pastedMaxMs.toFixed(0)} ms after the debounce (the whole query at once: no prefix has fetched its passages)`);
}
for (const [set, { scores }] of Object.entries(await searchQuality(DIST))) {
  console.log(`search quality ${set.padEnd(7)} (${evalFile(set)}; the first result must hold the answer)`);
  for (const s of scores) {
    const pct = (x) => `${(100 * x).toFixed(0)}%`.padStart(4);
    const target = s.category === 'all' ? '' : `   (top-1 target >= ${pct(TOP1_TARGET)}: ${s.top1 >= TOP1_TARGET ? 'ok' : 'UNDER TARGET'})`;
    console.log(`  ${s.category.padEnd(15)} ${String(s.count).padStart(3)} queries  top-1 ${pct(s.top1)}  top-3 ${pct(s.top3)}  MRR ${s.mrr.toFixed(2)}${target}`);
  }
}
