import type { Page } from '@playwright/test';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test } from './fixtures.ts';

// The suite blocks service workers (playwright.config.ts); these tests are about one.
test.use({ serviceWorkers: 'allow' });

const DIST = join(import.meta.dirname, '../../dist');
const CHAPTER = '/ko/notes/easy-docker/images-and-containers/';
const NOTE = '/en/notes/fullstack-docker/';

/** Waits until the service worker controls the page (it claims open pages once it is active). */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

const cached = (page: Page, url: string) => page.evaluate(async (u) => Boolean(await caches.match(u)), url);
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

async function search(page: Page, query: string) {
  await page.getByRole('button', { name: /^(검색|Search)$/ }).click();
  await page.locator('#search-input').fill(query);
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');
}

test.afterEach(async ({ context }) => context.setOffline(false));

test('a page and a search used once work with no network; a page never opened shows the offline page in its language', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(CHAPTER);
  await controlled(page);
  // The page opened before the worker existed is kept too, once the worker is active.
  await expect.poll(() => cached(page, CHAPTER), { timeout: 20_000 }).toBe(true);
  await search(page, '볼륨');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('쉬운 도커');
  // Styled and scripted as online: the stylesheet and scripts came from the cache.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).toBe('sticky');
  await search(page, '볼륨');

  await page.goto('/ko/notes/fastest-docker/monitoring/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('오프라인입니다');
  await page.goto('/en/notes/fastest-docker/monitoring/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('"save this note for offline" keeps every chapter, shows its progress and stays done', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto(NOTE);
  await controlled(page);
  const save = page.getByRole('button', { name: 'Save this note for offline' });
  await expect(save).toBeVisible();
  const chapters = await page.locator('.chapter-list a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(chapters.length).toBeGreaterThan(3);
  expect(await cached(page, chapters.at(-1)!)).toBe(false);

  await save.click();
  const status = page.locator('save-offline [role="status"]');
  await expect(status).toHaveText('This note can be read without a connection.', { timeout: 30_000 });
  await expect(page.locator('save-offline progress')).toBeHidden();
  for (const url of chapters) expect(await cached(page, url), url).toBe(true);

  await page.reload();
  await expect(status).toHaveText('This note can be read without a connection.');

  await context.setOffline(true);
  await page.goto(chapters.at(-1)!);
  await expect(page.locator('article h2').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('You are offline');
});

test('a new build replaces the old caches: the next worker deletes them on activate', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/en/');
  await controlled(page);
  const [current] = await cacheNames(page);
  expect(current).toMatch(/^docker-notes-[0-9a-f]{16}$/);
  // A cache left by an even older build, and one that belongs to someone else on this origin.
  await page.evaluate(() => Promise.all([caches.open('docker-notes-0000000000000000'), caches.open('not-ours')]));

  // The next build: the same worker with another version, as a rebuild of changed content gives. It is
  // served beside the current one (the preview server reads files as they are asked for) and takes its place.
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const version = current!.replace('docker-notes-', '');
  expect(worker).toContain(version);
  const next = 'f'.repeat(16);
  const nextFile = join(DIST, `sw-next-${process.pid}.js`);
  writeFileSync(nextFile, worker.replaceAll(version, next));
  try {
    await page.evaluate((url) => navigator.serviceWorker.register(url).then(() => undefined), `/${basename(nextFile)}`);
    await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual(expect.arrayContaining([`docker-notes-${next}`, 'not-ours']));
    await expect.poll(async () => (await cacheNames(page)).filter((name) => name.startsWith('docker-notes-'))).toEqual([`docker-notes-${next}`]);
    // The new cache has what the offline page needs, and the page the reader had open.
    await expect
      .poll(() => page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((keys) => keys.map((k) => new URL(k.url).pathname)), `docker-notes-${next}`))
      .toEqual(expect.arrayContaining(['/ko/offline/', '/en/offline/', '/en/']));
  } finally {
    rmSync(nextFile, { force: true });
  }
});
