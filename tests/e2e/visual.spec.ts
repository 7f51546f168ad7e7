/**
 * Screenshot comparisons of the pages a reader meets first, at phone and desktop width, light and dark, in
 * both languages. The reference images live in tests/e2e/__screenshots__/visual.spec.ts/; after an intended
 * change, rebuild and run `npm run test:visual:update` to redraw them (see the README).
 */
import { join } from 'node:path';
import { LOCALES } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const PAGES = {
  home: '',
  chapter: 'notes/fastest-docker/using-docker-further/',
  reference: 'reference/run/',
  flags: 'reference/flags/',
} as const;
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;
const THEMES = ['light', 'dark'] as const;
const FREEZE = join(import.meta.dirname, 'visual-freeze.css');

// One test a page and language: the four shots (two widths, two themes) share one browser page, which
// costs less than a fresh page each.
// Viewport-sized shots at a device scale of 1 keep the files small; the width alone picks the layout.
// bypassCSP lets the freezing style sheet in; the policy itself is checked by every other spec.
test.use({ deviceScaleFactor: 1, bypassCSP: true });

for (const lang of LOCALES) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${lang} ${name}: phone and desktop width, light and dark`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const [width, viewport] of Object.entries(WIDTHS)) {
        await page.setViewportSize(viewport);
        for (const theme of THEMES) {
          await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
          // A fresh load for each shot, so no state of the one before (scroll, an open menu) carries over.
          await page.goto(`/${lang}/${path}`);
          await page.evaluate(() => document.fonts.ready);
          await expect.soft(page).toHaveScreenshot(`${lang}-${name}-${width}-${theme}.png`, {
            // Paused in place by the style sheet ('disabled' would finish the scroll-driven reveal).
            animations: 'allow',
            stylePath: FREEZE,
            caret: 'hide',
            fullPage: false,
            // Two stable shots in a row are needed; a busy machine takes a while for a long page.
            timeout: 30_000,
          });
        }
      }
    });
  }
}
