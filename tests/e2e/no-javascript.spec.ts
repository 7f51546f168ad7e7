import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/index.ts';
import { chapterPath } from '../../src/i18n/paths.ts';
import { chapterFiles } from '../support/notes.ts';
import { expect, inBatches, sitemapPaths, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

const swept = sitemapPaths().filter((p) => p !== '/');

/** The pages the content folder makes: every chapter in its language, every reference entry in every language. */
function pagesFromContent(): string[] {
  const chapters = LOCALES.flatMap(chapterFiles).map((c) => chapterPath(c.lang, c.note, c.chapter));
  const commands = readdirSync(join(import.meta.dirname, '../../content/commands')).filter((f) => f.endsWith('.yaml'));
  return [...chapters, ...LOCALES.flatMap((lang) => commands.map((f) => `/${lang}/reference/${f.slice(0, -'.yaml'.length)}/`))];
}

// Without this the sweep below passes on an empty or misread sitemap: it would simply make no tests.
test('the sweep covers every chapter and every reference page', () => {
  const expected = pagesFromContent();
  expect(expected.length).toBeGreaterThan(100);
  expect(expected.filter((path) => !swept.includes(path))).toEqual([]);
});

// Runs of pages, each on one reused browser page; the runs spread over the workers, and a failure names its page.
for (const batch of inBatches(swept, 40)) {
  test(`pages ${batch.label} read and link onward without JavaScript (${batch.items[0]} ...)`, async ({ page }) => {
    test.setTimeout(batch.items.length * 5_000);
    for (const path of batch.items) {
      await page.goto(path);
      // One look at the page: its heading shows, and so does at least one link in its content (on a wide
      // screen the narrow-screen "on this page" disclosure and its links are hidden, which is right).
      const seen = await page.evaluate(() => {
        // What Playwright calls visible: rendered, not visibility: hidden, and taking up some room.
        const shows = (el: Element | null) => !!el && el.checkVisibility({ visibilityProperty: true }) && el.getBoundingClientRect().width > 0;
        return { heading: shows(document.querySelector('h1')), link: [...document.querySelectorAll('main a')].some(shows) };
      });
      expect.soft(seen, path).toEqual({ heading: true, link: true });
    }
  });
}

test('without JavaScript all tab panels show, the theme follows the system, search says it needs JavaScript', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/reference/run/');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
  const panels = page.locator('shell-tabs .shell-tab');
  const count = await panels.count();
  expect(count).toBeGreaterThan(1);
  for (let i = 0; i < count; i++) await expect(panels.nth(i)).toBeVisible();
  await expect(page.locator('.search-noscript')).toBeVisible();
});

test('a chapter prints without navigation, with every shell variant', async ({ page }) => {
  await page.goto('/ko/notes/easy-docker/images-and-containers/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.doc__toc')).toBeHidden();
  await expect(page.getByText('ForEach-Object')).toBeVisible();
  await expect(page.getByText('FOR /f').first()).toBeVisible();
});
