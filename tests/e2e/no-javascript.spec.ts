import { expect, sitemapPaths, test } from './fixtures.ts';

test.use({ javaScriptEnabled: false });

// One test per page, so the crawl spreads over the workers and a failure names its page.
for (const path of sitemapPaths().filter((p) => p !== '/')) {
  test(`${path} reads and links onward without JavaScript`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1'), path).toBeVisible();
    // The first visible link: on a wide screen the narrow-screen "on this page" disclosure is hidden.
    await expect(page.locator('main a').filter({ visible: true }).first(), path).toBeVisible();
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
