import AxeBuilder from '@axe-core/playwright';
import { LOCALES } from '../../src/i18n/index.ts';
import { notFoundPath } from '../../src/server/not-found-pages.ts';
import { expect, sitemapPaths, test } from './fixtures.ts';

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

for (const { scheme, paths } of RUNS) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of paths) {
      test(`${path} has no accessibility violations`, async ({ page }) => {
        // axe takes a few seconds on the largest reference pages on an idle machine; leave room for a busy one.
        test.setTimeout(90_000);
        await page.goto(path);
        // Legacy mode runs axe once inside the page; the default mode also opens a second, blank page
        // per run to merge per-frame results, which these pages (no iframes) do not need.
        const results = await new AxeBuilder({ page })
          .setLegacyMode()
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}
