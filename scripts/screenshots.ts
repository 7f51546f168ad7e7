/**
 * Screenshots of built pages for a human look: phone and desktop widths, light and dark.
 *   node scripts/screenshots.ts [base-url] [path...]   (writes to screenshots/, which git ignores)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './lib/browser.ts';
import { LOCAL_HOST, PREVIEW_PORT } from './lib/addresses.ts';

const [base = `http://${LOCAL_HOST}:${PREVIEW_PORT}`, ...paths] = process.argv.slice(2);
const targets = paths.length ? paths : ['/ko/', '/ko/notes/fastest-docker/using-docker/'];
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
mkdirSync('screenshots', { recursive: true });

const browser = await chromium.launch(chromiumLaunchOptions());
for (const path of targets) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.goto(base + path);
      const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_')}-${device}-${scheme}.png`;
      await page.screenshot({ path: name });
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
