/**
 * Lighthouse, mobile and desktop, on the pages that matter most in both languages: the home page,
 * the longest chapter, a reference page and the flag index. Reports go to audit-reports/ (HTML and
 * JSON); the scores are printed. Needs a built site (`npm run build`) and Chromium.
 *   npm run audit            (AUDIT_RUNS=1 for a quick look)
 *
 * One Lighthouse run is a noisy measure: on this machine the longest chapter's performance score moves between
 * 94 and 100 from one run to the next (its total blocking time between 0 and 300 ms). So each page is audited
 * AUDIT_RUNS times (5 by default) and the median run is the one reported, as Lighthouse's own guide on
 * variability advises (docs/variability.md: "the median Lighthouse score of 5 runs is twice as stable as 1
 * run"; lighthouse/core/lib/median-run.js picks it by first paint and time to interactive). The lowest and
 * highest performance scores of the runs are printed beside it, so a spread is never hidden.
 *
 * So is how many runs Lighthouse's Chromium drew its first frame well after the page had loaded: in about half the
 * runs on this machine it holds back an already painted frame for about a second (GoogleChrome/lighthouse#17148,
 * BeginFrame throttling in Chromium's compositor), which costs a run a point or two of Speed Index and first paint
 * whatever the page does. Such runs are counted, never left out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from './lib/browser.ts';
import { LOCALES } from '../src/i18n/index.ts';
import { freePort, startNginx } from './lib/nginx.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'audit-reports');
const PAGES = (process.env.AUDIT_PAGES ?? '/{lang}/,/{lang}/notes/fastest-docker/using-docker-further/,/{lang}/reference/run/,/{lang}/reference/flags/').split(',');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const RUNS = Number(process.env.AUDIT_RUNS ?? 5);
/** A first frame drawn this long after the load event was held back by the browser: the page was painted long before. */
const HELD_FRAME_MS = 500;
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`AUDIT_RUNS must be a whole number of runs, 1 or more; got ${process.env.AUDIT_RUNS}`);

mkdirSync(OUT, { recursive: true });
// Served by nginx with the production configuration (headers, compression, caching), as readers are.
const server = await startNginx({ port: await freePort(), site: join(ROOT, 'dist') });
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const rows = [];
let below = 0;
try {
  for (const lang of LOCALES) {
    for (const template of PAGES) {
      const path = template.replace('{lang}', lang);
      for (const device of ['mobile', 'desktop']) {
        const results = [];
        for (let run = 0; run < RUNS; run++) {
          results.push(
            await lighthouse(
              server.url + path,
              { port: chrome.port, output: ['html', 'json'], onlyCategories: CATEGORIES, logLevel: 'error' },
              device === 'desktop' ? desktopConfig : undefined,
            ),
          );
        }
        const median = computeMedianRun(results.map((r) => r.lhr));
        const result = results.find((r) => r.lhr === median);
        const name = `${path.replace(/[^a-z0-9]+/gi, '_')}-${device}`;
        writeFileSync(join(OUT, `${name}.html`), result.report[0]);
        writeFileSync(join(OUT, `${name}.json`), result.report[1]);
        const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
        below += scores.filter((s) => s < 100).length;
        const performance = results.map((r) => Math.round(r.lhr.categories.performance.score * 100));
        const held = results.filter((r) => {
          const observed = r.lhr.audits.metrics?.details?.items?.[0];
          return observed && observed.observedFirstPaint > observed.observedLoad + HELD_FRAME_MS;
        }).length;
        const notes = [
          RUNS > 1 ? `performance in ${RUNS} runs ${Math.min(...performance)}-${Math.max(...performance)}` : '',
          held ? `first frame held back in ${held} of ${RUNS}` : '',
        ].filter(Boolean);
        const spread = notes.length ? `   ${notes.join(', ')}` : '';
        rows.push(`${path.padEnd(52)} ${device.padEnd(8)} ${scores.map((s) => String(s).padStart(5)).join('')}${spread}`);
        const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
        for (const audit of failing) rows.push(`    ${audit.id}: ${audit.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
console.log(`${'page'.padEnd(52)} ${'device'.padEnd(8)} perf  a11y  best   seo   (the median of ${RUNS} run${RUNS > 1 ? 's' : ''})`);
for (const row of rows) console.log(row);
console.log(`reports in ${OUT}; scores below 100: ${below}`);
if (below) process.exitCode = 1;
