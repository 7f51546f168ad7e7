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
