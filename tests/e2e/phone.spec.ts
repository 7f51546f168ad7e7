import { expect, test } from './fixtures.ts';

test('@phone the menu button opens and closes the chapter navigation', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  const nav = page.locator('#site-nav');
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: '메뉴' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  // The panel reaches the bottom of the screen, however few its links: no part of the page shows under it.
  const box = (await nav.boundingBox())!;
  expect(box.y + box.height).toBeCloseTo(page.viewportSize()!.height, 0);
  await nav.getByRole('link', { name: '4장. Docker 이미지 생성하기' }).click();
  await expect(page.locator('h1')).toHaveText('4장. Docker 이미지 생성하기');
  await menu.click();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});

test('@phone no page scrolls sideways', async ({ page }) => {
  // Among them the chapters with a bare address longer than the screen is wide (docs.docker.com/toolbox/..., hub.docker.com/_/httpd?tab=...).
  const chapters = ['notes/fastest-docker/using-docker-further/', 'notes/fullstack-docker/dockerfile/', 'notes/fastest-docker/installing-docker/', 'notes/fullstack-docker/docker-commands/'];
  for (const path of ['/ko/', ...['ko', 'en'].flatMap((lang) => chapters.map((chapter) => `/${lang}/${chapter}`))]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('@phone a search for one long unbroken word keeps the dialog as wide as the screen', async ({ page }) => {
  await page.goto('/en/notes/fastest-docker/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('x'.repeat(300));
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toContainText('Nothing matches', { timeout: 15_000 });
  expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
});

test('@phone without JavaScript the navigation is still reachable', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  await expect(page.locator('#site-nav')).toBeVisible();
  await expect(page.getByRole('button', { name: '메뉴' })).toBeHidden();
  await context.close();
});

test('@phone a heading link keeps a 24 x 24 px target beside a long heading', async ({ page }) => {
  // The English long chapter has the longest headings; the link beside one once shrank to 12 px wide.
  await page.goto('/en/notes/fastest-docker/using-docker-further/');
  const sizes = await page.locator('.heading__anchor').evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute('href'), ...a.getBoundingClientRect().toJSON() })).filter((r) => r.width < 24 || r.height < 24),
  );
  expect(sizes).toEqual([]);
});
