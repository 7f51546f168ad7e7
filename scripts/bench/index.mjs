/**
 * Prints the numbers the site is held to: cold build time, pages built, and the weight of the
 * heaviest page (HTML + CSS + JS as transferred with gzip, and its JavaScript alone), the service worker.
 *   npm run bench            (cold build, then weights)
 *   npm run bench -- --no-build   (weights of the existing dist/)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { indexSizes, measureSearch } from './search.mjs';
import { LOCALES } from '../../src/i18n/index.ts';
import { searchQuality } from './search-quality.mjs';
import { evalFile, TOP1_TARGET } from '../lib/search-eval.ts';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const TARGETS = { buildSeconds: 10, pageGzip: 25 * 1024, jsGzip: 5 * 1024, explainOnUseGzip: 40 * 1024, searchAddsGzip: 20 * 1024, typingMs: 100 };

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = (value, target) => (value <= target ? 'ok' : 'OVER TARGET');

if (!process.argv.includes('--no-build')) {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(ROOT, dir), { recursive: true, force: true });
  const start = performance.now();
  execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  console.log(`cold build           ${seconds.toFixed(2)} s   (target <= ${TARGETS.buildSeconds} s: ${verdict(seconds, TARGETS.buildSeconds)})`);
}
if (!existsSync(join(DIST, 'index.html'))) throw new Error('no dist/: run without --no-build');

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['_astro', 'pagefind', 'search-index'].includes(e.name) ? [] : htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`()]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** The scripts `code` (served at `base`) imports, as site paths. */
function importsOf(code, base, pattern) {
  return [...code.matchAll(pattern)].map((m) => new URL(m[1], `http://site${base}`).pathname);
}

/** `refs` and every script they import statically, transitively: what loading them downloads. */
function withStaticImports(refs) {
  const seen = new Set();
  const visit = (ref) => {
    if (seen.has(ref) || !ref.endsWith('.js')) return;
    seen.add(ref);
    for (const dep of importsOf(readFileSync(join(DIST, ref), 'utf8'), ref, STATIC_IMPORT)) visit(dep);
  };
  refs.forEach(visit);
  return seen;
}

/**
 * What a first visit to the page downloads: the HTML, every stylesheet and script it references and the
 * scripts those import. `lazyJsGzip` is the code it imports later, on first use (idle, a click, a scroll);
 * search's own files are measured apart, below.
 */
function weigh(file) {
  const html = readFileSync(file, 'utf8');
  const refs = [...html.matchAll(/<(?:link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href|script[^>]+src)="(\/[^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const loaded = withStaticImports([...refs, ...inline.flatMap((code) => importsOf(code, '/', STATIC_IMPORT))]);
  const assets = [...new Set([...refs, ...loaded])].map((ref) => ({ ref, text: readFileSync(join(DIST, ref), 'utf8') }));
  const scripts = [...inline.map((code) => ({ code, base: '/' })), ...assets.filter((a) => a.ref.endsWith('.js')).map((a) => ({ code: a.text, base: a.ref }))];
  const lazy = [...withStaticImports(scripts.flatMap(({ code, base }) => importsOf(code, base, DYNAMIC_IMPORT)))].filter((ref) => !loaded.has(ref) && !ref.startsWith('/pagefind/'));
  const inlineJs = inline.join('');
  const externalJs = assets.filter((a) => a.ref.endsWith('.js')).map((a) => a.text).join('');
  const lazyJs = lazy.map((ref) => readFileSync(join(DIST, ref), 'utf8')).join('');
  return {
    url: '/' + file.slice(DIST.length + 1).replace(/index\.html$/, ''),
    total: gz(html) + assets.reduce((sum, a) => sum + gz(a.text), 0),
    htmlGzip: gz(html),
    jsRaw: Buffer.byteLength(inlineJs + externalJs),
    jsGzip: gz(inlineJs) + (externalJs ? gz(externalJs) : 0),
    lazyJsGzip: lazyJs ? gz(lazyJs) : 0,
    lazy,
  };
}

const pages = htmlFiles(DIST).map(weigh);
const chapters = pages.filter((p) => /\/notes\/[^/]+\/[^/]+\/$/.test(p.url));
console.log(`pages built          ${pages.length} (${chapters.length} chapter pages)`);
for (const lang of LOCALES) {
  const own = chapters.filter((p) => p.url.startsWith(`/${lang}/`));
  if (!own.length) continue;
  const heaviest = own.reduce((a, b) => (b.total > a.total ? b : a));
  const mostJs = own.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
  console.log(`heaviest ${lang} chapter  ${heaviest.url}`);
  console.log(`  to load (gzip)     ${kb(heaviest.total)}   (HTML ${kb(heaviest.htmlGzip)}; target <= 25 KB: ${verdict(heaviest.total, TARGETS.pageGzip)})`);
  console.log(`  JavaScript         ${kb(mostJs.jsGzip)} gzip, ${kb(mostJs.jsRaw)} raw   (target <= 5 KB: ${verdict(mostJs.jsGzip, TARGETS.jsGzip)})`);
  const mostLazy = own.reduce((a, b) => (b.lazyJsGzip > a.lazyJsGzip ? b : a));
  console.log(`  on first use       ${kb(mostLazy.lazyJsGzip)} gzip more (bookmark state when idle, reading progress on first scroll)`);
  const median = own.map((p) => p.total).sort((a, b) => a - b)[Math.floor(own.length / 2)];
  console.log(`  median chapter     ${kb(median)}`);
}

const mostJsAnywhere = pages.reduce((a, b) => (b.jsGzip > a.jsGzip ? b : a));
console.log(`most JavaScript      ${mostJsAnywhere.url}: ${kb(mostJsAnywhere.jsGzip)} gzip   (target <= 5 KB on any page: ${verdict(mostJsAnywhere.jsGzip, TARGETS.jsGzip)})`);
const heaviestPage = pages.reduce((a, b) => (b.total > a.total ? b : a));
console.log(`heaviest page        ${heaviestPage.url}: ${kb(heaviestPage.total)}   (target <= 25 KB: ${verdict(heaviestPage.total, TARGETS.pageGzip)})`);
for (const lang of LOCALES) {
  const page = pages.find((p) => p.url === `/${lang}/explain/`);
  if (!page) continue;
  // The explainer's code is imported when its page starts, its data fetched then too (one file per language);
  // what every page imports later (search) is not the explainer's.
  const shared = new Set(pages.filter((p) => !p.url.endsWith('/explain/')).flatMap((p) => p.lazy));
  const code = page.lazy.filter((ref) => !shared.has(ref)).map((ref) => readFileSync(join(DIST, ref), 'utf8')).join('');
  const data = gz(readFileSync(join(DIST, lang, 'explain/data.json'), 'utf8'));
  const onUse = gz(code) + data;
  console.log(`explainer ${lang}         page ${kb(page.total)} (target <= 25 KB: ${verdict(page.total, TARGETS.pageGzip)}); loaded on use ${kb(onUse)} gzip: code ${kb(gz(code))}, data ${kb(data)} (target <= 40 KB: ${verdict(onUse, TARGETS.explainOnUseGzip)})`);
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
