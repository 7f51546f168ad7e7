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

  // The header's bookmarks link, on any page, opens the bookmarks page, which the worker kept on install.
  await page.goto(CHAPTER);
  await page.locator('a.bookmarks-link').first().evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/ko\/bookmarks\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('북마크');
  await page.goto('/en/bookmarks/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bookmarks');
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

for (const [lang, known, unsearched, offlineWords, saveLabel, saved, unshown] of [
  ['ko', '볼륨', '하이퍼바이저', '연결이 없어 찾지 못한 단어: ‘하이퍼바이저’', '이 노트를 오프라인용으로 저장', '이 노트는 연결 없이도 읽을 수 있습니다.', '이 기기에 저장되지 않은 페이지에도 맞는 곳이 있습니다. 연결하면 볼 수 있습니다.'],
  ['en', 'volume', 'hypervisor', 'Can\'t search “hypervisor” offline', 'Save this note for offline', 'This note can be read without a connection.', 'Some matches are in pages not saved on this device; connect to see them.'],
] as const) {
  test(`offline search on /${lang}/ says which words need a connection, never "nothing matches"; a saved note's index searches every word`, async ({ page, context }) => {
    test.setTimeout(150_000);
    const status = page.locator('.search-dialog__status');
    const searchFor = async (query: string) => {
      await page.getByRole('button', { name: /^(검색|Search)$/ }).click();
      await page.locator('#search-input').fill(query);
    };
    await page.goto(`/${lang}/notes/easy-docker/`);
    await controlled(page);
    await search(page, known);

    await context.setOffline(true);
    await page.reload();
    // A word never searched online: its part of the index was never fetched.
    await searchFor(unsearched);
    await expect(status).toContainText(offlineWords, { timeout: 20_000 });
    await expect(page.locator('#search-results [role="option"]')).toHaveCount(0);
    await page.keyboard.press('Escape');

    await context.setOffline(false);
    await page.reload();
    await page.getByRole('button', { name: saveLabel }).click();
    await expect(page.locator('save-offline [role="status"]')).toHaveText(saved, { timeout: 60_000 });

    await context.setOffline(true);
    await page.reload();
    await searchFor(unsearched);
    await expect(page.locator('#search-results a').first()).toHaveAttribute('href', new RegExp(`^/${lang}/notes/easy-docker/images-and-containers/#`), { timeout: 20_000 });
    await expect(status).not.toContainText(offlineWords);
    // A word found only in a page not kept (docker login's reference): its matches are there, not "nothing".
    await page.locator('#search-input').fill('password-stdin');
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'password-stdin', { timeout: 20_000 });
    await expect(status).toHaveText(unshown);
    await expect(page.locator('#search-results [role="option"]')).toHaveCount(0);
  });
}

test('offline, a search lists only results whose page is kept, and says the others are in pages not saved', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/en/notes/fastest-docker/');
  await controlled(page);
  // Online: the results' passages are kept, their pages (docker logs' reference first) are not.
  await search(page, 'logs');
  await context.setOffline(true);
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }));
  await page.reload();
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('#search-input').fill('logs');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'logs', { timeout: 20_000 });
  await expect(page.locator('.search-dialog')).toContainText('Some matches are in pages not saved on this device; connect to see them.');
  const hrefs = await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) expect(await cached(page, new URL(href, page.url()).pathname), href).toBe(true);
  expect(hrefs).not.toContainEqual(expect.stringMatching(/^\/en\/reference\/logs\//));
});

test('offline with no part of the search kept, typing a query still says search needs a connection', async ({ page, context }) => {
  await page.goto('/en/reference/rm/');
  await controlled(page);
  await context.setOffline(true);
  // The headless shell keeps navigator.onLine true when the network is cut; a browser offline says false.
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => false }));
  await page.reload();
  await page.getByRole('button', { name: 'Search' }).click();
  const status = page.locator('.search-dialog__status');
  await expect(status).toContainText('Search needs a connection', { timeout: 20_000 });
  await page.locator('#search-input').fill('volume');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'volume', { timeout: 20_000 });
  await expect(status).toContainText('Search needs a connection');
});

test('offline, an address without its trailing slash opens the kept page, or the offline page', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/en/reference/rm/');
  await controlled(page);
  await expect.poll(() => cached(page, '/en/reference/rm/'), { timeout: 20_000 }).toBe(true);
  await context.setOffline(true);
  await page.goto('/en/reference/rm');
  await expect(page).toHaveURL(/\/en\/reference\/rm\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('docker rm');
  await page.goto('/ko/reference/rmi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('오프라인입니다');
});

test('after a new build, what the old worker kept still works offline: bookmark titles and search', async ({ page, context }) => {
  test.setTimeout(150_000);
  await page.addInitScript(() => localStorage.setItem('docker-notes.bookmarks', JSON.stringify(['reference/run#rm'])));
  await page.goto('/en/bookmarks/');
  await controlled(page);
  // Loaded again under the worker, which keeps the title map this time.
  await page.reload();
  await expect(page.getByRole('link', { name: 'docker run --rm' })).toBeVisible();
  await expect.poll(() => cached(page, '/en/bookmarks/titles.json'), { timeout: 20_000 }).toBe(true);
  await search(page, 'volume');
  const [current] = await cacheNames(page);
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const version = current!.replace('docker-notes-', '');
  const next = 'e'.repeat(16);
  const nextFile = join(DIST, `sw-next-${process.pid}.js`);
  writeFileSync(nextFile, worker.replaceAll(version, next));
  try {
    await page.evaluate((url) => navigator.serviceWorker.register(url).then(() => undefined), `/${basename(nextFile)}`);
    const keptPaths = () => page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((keys) => keys.map((k) => new URL(k.url).pathname)), `docker-notes-${next}`);
    const search = JSON.parse(readFileSync(join(DIST, 'offline-search/en.json'), 'utf8')) as { files: string[] };
    await expect.poll(keptPaths, { timeout: 60_000 }).toEqual(expect.arrayContaining(['/en/bookmarks/', ...search.files]));
  } finally {
    rmSync(nextFile, { force: true });
  }
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: 'docker run --rm' })).toBeVisible();
  await expect(page.getByText('Page not on this site', { exact: false })).toHaveCount(0);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('#search-input').fill('volume');
  await expect(page.locator('.search-dialog__status')).not.toHaveText(/could not be loaded|Nothing matches/);
});
