/**
 * A page's weight as a browser loads it: everything Chromium fetches from opening the page until the
 * network has been quiet (the HTML, stylesheets, scripts, the scripts those import and the ones the page
 * imports by itself when idle), plus the favicon a tab shows (headless Chromium never asks for it), each
 * counted as deploy/nginx.conf sends it: text gzip-compressed, images (already compressed) as they are. The service worker is blocked: it installs once per
 * build, not per page, and the bench reports it apart. Shared by `npm run bench` and the budget tests.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** The most a page may weigh, gzip, as measured here. */
export const PAGE_BUDGET_BYTES = 25 * 1024;

/** The most JavaScript a page may load before the reader does anything, gzip. */
export const PAGE_JS_BUDGET_BYTES = 5 * 1024;

export interface PageWeight {
  path: string;
  /** Every file, in the bytes it is sent in (text gzip). */
  total: number;
  html: number;
  css: number;
  /** JavaScript the page's own tags load (inline scripts included in `html`, not here). */
  js: number;
  /** JavaScript the page imports later by itself (at idle), included in `total`. */
  idleJs: number;
  favicon: number;
  files: { url: string; bytes: number }[];
}

/** The bytes a file costs: gzip for text, as is for a compressed image format (nginx's gzip_types leaves those alone). */
const sentBytes = (body: Buffer, contentType = '') =>
  /^image\/(?!svg)/.test(contentType) ? body.length : gzipSync(body, { level: 9 }).length;

/**
 * Resolves after the browser has run its idle callbacks twice and the network has gone quiet again. The
 * callbacks get a deadline (a page not in front may get no idle time at all), so on a busy machine one can
 * fire before the page's own idle work: the bench weighs one page per browser at a time to keep them in front.
 */
async function settle(page: import('@playwright/test').Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = (fn: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 50));
        idle(() => idle(resolve));
      }),
  );
  await page.waitForLoadState('networkidle', { timeout: 15_000 });
}

/** Weighs `path` on the server at `origin` in a fresh context (empty cache, no service worker). */
export async function weighPage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const fetched: { url: string; type: string; contentType: string; body: Promise<Buffer | null>; afterLoad: boolean }[] = [];
    let loaded = false;
    const pending = new Set<string>();
    page.on('request', (request) => pending.add(request.url()));
    page.on('requestfinished', (request) => pending.delete(request.url()));
    page.on('requestfailed', (request) => pending.delete(request.url()));
    page.on('response', (response) => {
      // A redirect carries no body: what it leads to is fetched, and counted, on its own.
      if (response.status() === 304 || (response.status() >= 300 && response.status() < 400) || response.request().method() !== 'GET') return;
      fetched.push({
        url: response.url(),
        type: response.request().resourceType(),
        contentType: response.headers()['content-type'] ?? '',
        body: response.body().catch(() => null),
        afterLoad: loaded,
      });
    });
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    // The 404 pages are weighed too, as a reader meets them: with their 404 status.
    const expected = /(^|\/)404\.html$/.test(path) ? 404 : 200;
    if (response?.status() !== expected && !(expected === 404 && response?.status() === 200)) throw new Error(`${path}: HTTP ${response?.status()}`);
    loaded = true;
    await settle(page).catch((error: Error) => {
      throw new Error(`${path}: the network never went quiet (${error.message.split('\n')[0]}); still loading: ${[...pending].join(', ') || 'nothing'}`);
    });

    const files: PageWeight['files'] = [];
    const weight = { path, total: 0, html: 0, css: 0, js: 0, idleJs: 0, favicon: 0, files };
    for (const f of fetched) {
      const body = await f.body;
      if (!body) throw new Error(`${path}: no body for ${f.url}`);
      const bytes = sentBytes(body, f.contentType);
      files.push({ url: f.url.slice(origin.length), bytes });
      weight.total += bytes;
      if (f.type === 'document') weight.html += bytes;
      else if (f.type === 'stylesheet') weight.css += bytes;
      else if (f.type === 'script' || /\.m?js(?:\?|$)/.test(f.url)) {
        if (f.afterLoad) weight.idleJs += bytes;
        else weight.js += bytes;
      }
    }
    const icon = await page.evaluate(() => (document.querySelector('link[rel~="icon"]') as HTMLLinkElement | null)?.href ?? `${location.origin}/favicon.ico`);
    const iconFetched = files.find((f) => origin + f.url === icon);
    if (iconFetched) weight.favicon = iconFetched.bytes;
    else {
      const answer = await context.request.get(icon);
      if (answer.ok()) {
        weight.favicon = sentBytes(await answer.body(), answer.headers()['content-type']);
        weight.total += weight.favicon;
        files.push({ url: icon.slice(origin.length), bytes: weight.favicon });
      }
    }
    return weight;
  } finally {
    await context.close();
  }
}
