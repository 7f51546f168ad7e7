import { test as base, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every URL in the built sitemap, as a path: the e2e runs cover the whole site, not a sample. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
}

/**
 * A page sweep split into runs of `size` pages: each run is one test that reuses one browser page (a new
 * page per URL costs more than checking it), and the runs spread over the workers. Checks inside a run are
 * soft and carry the page's path, so one failing page neither hides the others nor goes unnamed.
 */
export function inBatches<T>(items: T[], size: number): { label: string; items: T[] }[] {
  const batches: { label: string; items: T[] }[] = [];
  const count = Math.ceil(items.length / size);
  for (let i = 0; i < count; i++) batches.push({ label: `${i + 1} of ${count}`, items: items.slice(i * size, (i + 1) * size) });
  return batches;
}

/**
 * Every test also fails when the page requests anything from another origin, or when the
 * Content-Security-Policy blocks something (a script, style or wasm the site itself needs).
 */
export const test = base.extend<{ sameOriginOnly: void; cspClean: void }>({
  cspClean: [
    async ({ page }, use) => {
      const blocked: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) blocked.push(message.text());
      });
      await use();
      expect(blocked, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  sameOriginOnly: [
    async ({ page, baseURL }, use) => {
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(baseURL!) && !url.startsWith('data:')) foreign.push(url);
      });
      await use();
      expect(foreign, 'requests to other origins').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
