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

for (const [width, viewport] of Object.entries(WIDTHS)) {
  test.describe(`${width} width`, () => {
    // Viewport-sized shots at a device scale of 1 keep the files small; the width alone picks the layout.
    // bypassCSP lets the freezing style sheet in; the policy itself is checked by every other spec.
    test.use({ viewport, deviceScaleFactor: 1, bypassCSP: true });
    for (const theme of THEMES) {
      for (const lang of LOCALES) {
        for (const [name, path] of Object.entries(PAGES)) {
          test(`${lang} ${name}, ${theme}`, async ({ page }) => {
            await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
            await page.goto(`/${lang}/${path}`);
            await page.evaluate(() => document.fonts.ready);
            await expect(page).toHaveScreenshot(`${lang}-${name}-${width}-${theme}.png`, {
              // Paused in place by the style sheet ('disabled' would finish the scroll-driven reveal).
              animations: 'allow',
              stylePath: FREEZE,
              caret: 'hide',
              fullPage: false,
              // Two stable shots in a row are needed; a busy machine takes a while for a long page.
              timeout: 30_000,
            });
          });
        }
      }
    }
  });
}
