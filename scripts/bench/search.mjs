/**
 * Search numbers, measured in Chromium against the built site: what the first search downloads
 * (gzip, as deploy/nginx.conf sends it), how long a query takes to show results once search is loaded,
 * and the size of each language's passage index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { DEBOUNCE_MS, lexiconUrl, PAGEFIND_PATH, typoWordsUrl } from '../../src/search/settings.ts';
import { freePort, startNginx } from '../lib/nginx.ts';

/**
 * What the server sends for a file: the .gz the build wrote beside it (deploy/nginx.conf serves those as
 * they are), else the file itself (Pagefind's index, fragments and WebAssembly are compressed already).
 */
const wireBytes = (path) => (existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : statSync(path).size);

/** Per language: passages indexed, Pagefind's index chunks, the lexicon and the typo words (gzip bytes). */
export function indexSizes(dist) {
  const dir = join(dist, PAGEFIND_PATH);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries(entry.languages).map(([lang, { page_count }]) => {
      const chunks = readdirSync(join(dir, 'index')).filter((f) => f.startsWith(`${lang}_`));
      return [lang, { passages: page_count, chunks: chunks.length, bytes: chunks.reduce((sum, f) => sum + wireBytes(join(dir, 'index', f)), 0), lexicon: wireBytes(join(dist, lexiconUrl(lang))), typoWords: wireBytes(join(dist, typoWordsUrl(lang))) }];
    }),
  );
}

const QUERIES = {
  ko: ['--rm', '볼륨을 마운트하려면', 'docker run', '-v', '컨테이너를 삭제', '자동 재시작', '작업 디렉터리', '로그 계속 보기', 'contianer 삭제'],
  en: ['--rm', 'bind mounts', 'docker run', '-v', 'private registry', 'auto restart', 'working directory', 'see the logs of a container', 'imgaes'],
};

/** A steady typist's pace, 130 ms a key (about 90 words a minute): each prefix is searched as it is typed. */
const KEY_DELAY_MS = 130;

/**
 * Typing to results as a reader types: key by key on a fresh page whose search is loaded (one query
 * done), from the last keystroke's input to the list answering the whole query, less the debounce.
 * The searches of the query's prefixes have fetched part of what the last one needs, as they do for a reader.
 */
async function typedLatencies(browser, url, list) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.keyboard.press('/');
  await page.locator('#search-input').fill(list[0]);
  await page.locator('#search-results [role="option"]').first().waitFor();
  await page.evaluate(() => document.querySelector('#search-input').addEventListener('input', () => (window.lastInputAt = performance.now())));
  const latencies = [];
  for (const query of list.slice(1)) {
    await page.locator('#search-input').fill('');
    await page.evaluate((q) => {
      window.answeredAt = undefined;
      const results = document.querySelector('#search-results');
      const observer = new MutationObserver(() => {
        if (results.dataset.query !== q) return;
        window.answeredAt = performance.now();
        observer.disconnect();
      });
      observer.observe(results, { attributes: true, childList: true });
    }, query);
    await page.keyboard.type(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => window.answeredAt !== undefined);
    latencies.push(await page.evaluate((debounce) => window.answeredAt - window.lastInputAt - debounce, DEBOUNCE_MS));
  }
  await page.close();
  return latencies;
}

export async function measureSearch(dist, queries = QUERIES) {
  const server = await startNginx({ port: await freePort(), site: dist });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results = {};
  try {
    for (const [lang, list] of Object.entries(queries)) {
      // Service workers blocked: the first search is counted as a first visit fetches it, not from a precache.
      const page = await browser.newPage({ serviceWorkers: 'block' });
      await page.goto(`${server.url}/${lang}/notes/docker-basics/concepts-and-commands/`);
      await page.waitForLoadState('networkidle');
      // Everything requested from pressing `/` to the first results is what the first search costs.
      const fetched = new Set();
      page.on('requestfinished', (r) => fetched.add(new URL(r.url()).pathname));
      await page.keyboard.press('/');
      await page.locator('#search-input').fill(list[0]);
      await page.locator('#search-results [role="option"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      // Results render only after their fragments arrived, so everything the first search needs is in.
      const firstFiles = [...fetched];
      const bytesOf = (files) => files.reduce((sum, p) => sum + wireBytes(join(dist, p)), 0);
      const firstSearchBytes = bytesOf(firstFiles);
      // Where they go: Pagefind's own program, metadata and index chunk; the passages the results show; the site's code and lexicon.
      const fragments = firstFiles.filter((p) => p.startsWith(`${PAGEFIND_PATH}fragment/`));
      const pagefind = firstFiles.filter((p) => p.startsWith(PAGEFIND_PATH) && !fragments.includes(p));
      const parts = { pagefind: bytesOf(pagefind), fragments: bytesOf(fragments), site: firstSearchBytes - bytesOf(pagefind) - bytesOf(fragments) };
      const timings = [];
      for (const query of list.slice(1)) {
        timings.push(
          await page.evaluate(async (q) => {
            const input = document.querySelector('#search-input');
            const list = document.querySelector('#search-results');
            list.replaceChildren();
            const start = performance.now();
            const done = new Promise((resolve) => new MutationObserver((_, o) => list.children.length && (o.disconnect(), resolve(undefined))).observe(list, { childList: true }));
            input.value = q;
            input.dispatchEvent(new Event('input'));
            await done;
            return performance.now() - start;
          }, query),
        );
      }
      await page.close();
      // The debounce is a deliberate wait for the reader to stop typing; what is measured is the work after it.
      const work = timings.map((ms) => ms - DEBOUNCE_MS).sort((a, b) => a - b);
      const typed = (await typedLatencies(browser, `${server.url}/${lang}/notes/docker-basics/concepts-and-commands/`, list)).sort((a, b) => a - b);
      results[lang] = {
        firstSearchBytes, parts, files: firstFiles.length,
        medianMs: typed[Math.floor(typed.length / 2)], maxMs: typed.at(-1),
        pastedMedianMs: work[Math.floor(work.length / 2)], pastedMaxMs: work.at(-1),
      };
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return results;
}
