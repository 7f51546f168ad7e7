import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system by default', async ({ page }) => {
  for (const [scheme, color] of [['light', 'rgb(255, 255, 255)'], ['dark', 'rgb(15, 20, 25)']] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/ko/');
    expect(await background(page)).toBe(color);
  }
});

test('the chosen theme is remembered and applied before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/ko/');
  await page.getByLabel('색상 테마').selectOption('dark');
  expect(await background(page)).toBe('rgb(15, 20, 25)');
  // The stored choice must already hold when the first stylesheet applies, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as any).__themeAtParse = document.documentElement.dataset.theme;
    });
  });
  await page.goto('/ko/notes/easy-docker/images-and-containers/');
  expect(await page.evaluate(() => (window as any).__themeAtParse)).toBe('dark');
  await expect(page.getByLabel('색상 테마')).toHaveValue('dark');
  await page.getByLabel('색상 테마').selectOption('auto');
  await page.reload();
  expect(await background(page)).toBe('rgb(255, 255, 255)');
});

/** Storage as a browser has it when full (every write throws) or turned off in its settings (even reading `localStorage` throws). */
const storageFull = () => {
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
};
const storageBlocked = () => {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
};

for (const [lang, label, kind, block, notice] of [
  ['ko', '색상 테마', 'full', storageFull, '이 테마는 이 페이지에만 적용됩니다.'],
  ['en', 'Color theme', 'blocked', storageBlocked, 'This theme applies to this page only'],
  ['en', 'Color theme', 'full', storageFull, 'This theme applies to this page only'],
  ['ko', '색상 테마', 'blocked', storageBlocked, '이 테마는 이 페이지에만 적용됩니다.'],
] as const) {
  test(`with storage ${kind}, a theme chosen on /${lang}/ applies to the page and the reader is told it is not kept`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(block);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`/${lang}/`);
    await page.getByLabel(label).selectOption('dark');
    expect(await background(page)).toBe('rgb(15, 20, 25)');
    await expect(page.getByRole('status').filter({ hasText: notice })).toBeVisible();
    expect(await axeViolations(page), 'the notice shown').toEqual([]);
    await page.getByLabel(label).selectOption('auto');
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    expect(errors).toEqual([]);
  });
}
