/**
 * Search numbers, measured in Chromium against the built site: what the first search downloads
 * (gzip, as a static host sends it), how long a query takes to show results once search is loaded,
 * and the size of each language's index.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { serveStatic } from './static-server.mjs';

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

export function indexSizes(dist) {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const sizes = {};
  for (const lang of Object.keys(entry.languages)) {
    const files = [
      ...readdirSync(join(dir, 'index')).filter((f) => f.startsWith(`${lang}_`)).map((f) => join(dir, 'index', f)),
      ...readdirSync(join(dir, 'filter')).filter((f) => f.startsWith(`${lang}_`)).map((f) => join(dir, 'filter', f)),
      join(dir, `pagefind.${entry.languages[lang].hash}.pf_meta`),
    ];
    sizes[lang] = { pages: entry.languages[lang].page_count, bytes: files.reduce((sum, f) => sum + statSync(f).size, 0) };
  }
  const fragments = readdirSync(join(dir, 'fragment')).reduce((sum, f) => sum + statSync(join(dir, 'fragment', f)).size, 0);
  return { sizes, fragments };
}

export async function measureSearch(dist, queries = { ko: ['--rm', '볼륨을 마운트하려면', 'docker run', '-v', '컨테이너를 삭제'], en: ['--rm', 'bind mounts', 'docker run', '-v', 'private registry'] }) {
  const server = await serveStatic(dist);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results = {};
  try {
    for (const [lang, list] of Object.entries(queries)) {
      const page = await browser.newPage();
      const fetched = [];
      page.on('requestfinished', (r) => {
        const path = new URL(r.url()).pathname;
        if (path.startsWith('/pagefind/')) fetched.push(path);
      });
      await page.goto(`${server.url}/${lang}/notes/docker-basics/concepts-and-commands/`);
      await page.keyboard.press('/');
      await page.locator('#search-input').fill(list[0]);
      await page.locator('#search-results [role="option"]').first().waitFor();
      await page.waitForLoadState('networkidle');
      const firstSearchBytes = [...new Set(fetched)].reduce((sum, p) => sum + gz(join(dist, p)), 0);
      const firstFiles = new Set(fetched).size;
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
      timings.sort((a, b) => a - b);
      results[lang] = { firstSearchBytes, files: firstFiles, medianMs: timings[Math.floor(timings.length / 2)], maxMs: timings.at(-1) };
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}
