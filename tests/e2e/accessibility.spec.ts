import { LOCALES } from '../../src/i18n/index.ts';
import { notFoundPath } from '../../src/server/not-found-pages.ts';
import { axeViolations, loadAxeWithEveryPage } from './axe.ts';
import { expect, inBatches, sitemapPaths, test } from './fixtures.ts';

/**
 * axe on every page in the light theme, and on one page of each template in the dark theme: the
 * themes share markup and differ only in colours, which one page per template covers.
 */
const NOT_FOUND = ['/404.html', ...LOCALES.map(notFoundPath)];
// `/` only redirects (meta refresh) and is checked by the navigation tests.
const EVERY_PAGE = [...sitemapPaths().filter((p) => p !== '/'), ...NOT_FOUND];
const ONE_PER_TEMPLATE = [
  '/ko/',
  '/en/notes/fastest-docker/',
  '/ko/notes/easy-docker/images-and-containers/',
  '/en/reference/run/',
  '/ko/reference/flags/',
  '/en/reference/',
  '/en/explain/',
  '/ko/404.html',
  '/404.html',
];

const RUNS = [
  { scheme: 'light', paths: EVERY_PAGE },
  { scheme: 'dark', paths: ONE_PER_TEMPLATE },
] as const;

test('the dark-theme pages are real pages, one per template', () => {
  for (const path of ONE_PER_TEMPLATE) expect(EVERY_PAGE, path).toContain(path);
});

// Forty pages a test: enough runs to share the workers evenly, few enough that each pays axe's first,
// slow compile only once per run.
const PAGES_PER_TEST = 40;

for (const { scheme, paths } of RUNS) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const batch of inBatches(paths, PAGES_PER_TEST)) {
      test(`pages ${batch.label} have no accessibility violations (${batch.items[0]} ...)`, async ({ page }) => {
        // axe takes a few seconds on the largest reference pages on an idle machine; leave room for a busy one.
        test.setTimeout(batch.items.length * 20_000);
        await loadAxeWithEveryPage(page);
        for (const path of batch.items) {
          await page.goto(path);
          const summary = await axeViolations(page);
          expect.soft(summary, `axe violations on ${path}`).toEqual([]);
        }
      });
    }
  });
}
