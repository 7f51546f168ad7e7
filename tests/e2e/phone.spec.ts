import { expect, test } from './fixtures.ts';

test('@phone the menu button opens and closes the chapter navigation', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  const nav = page.locator('#site-nav');
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: '메뉴' });
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: '4장. Docker 이미지 생성하기' }).click();
  await expect(page.locator('h1')).toHaveText('4장. Docker 이미지 생성하기');
  await menu.click();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
});

test('@phone no page scrolls sideways', async ({ page }) => {
  for (const path of ['/ko/', '/ko/notes/fastest-docker/using-docker-further/', '/ko/notes/fullstack-docker/dockerfile/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
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
