import { expect, test } from './fixtures.ts';

test('home lists the five notes and leads into a chapter', async ({ page }) => {
  await page.goto('/ko/');
  const cards = page.locator('.home__notes .home-card');
  await expect(cards).toHaveCount(5);
  await cards.nth(3).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/ko\/notes\/fastest-docker\/$/);
  await page.getByRole('link', { name: '1장. 가상머신과 Docker' }).first().click();
  await expect(page.locator('h1')).toHaveText('1장. 가상머신과 Docker');
});

test('sidebar marks the current chapter and prev/next walk the notes in order', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  const current = page.locator('.sidebar a[aria-current="page"]');
  await expect(current).toHaveText('3장. Docker 사용해보기');
  await page.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).toHaveText('4장. Docker 이미지 생성하기');
  await page.locator('a[rel="prev"]').click();
  await expect(page.locator('h1')).toHaveText('3장. Docker 사용해보기');
});

test('the last chapter of one note leads to the first of the next', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/ko\/notes\/easy-docker\//);
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto('/ko/notes/no-such-note/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
});

test('an address without its language folder, or with a folder of no language here, offers the page in each language', async ({ page }) => {
  const response = await page.goto('/reference/run/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('in-each-language a[hreflang="ko"]')).toHaveAttribute('href', /\/ko\/reference\/run\/$/);
  await expect(page.locator('in-each-language a[hreflang="en"]')).toHaveText('/en/reference/run/');
  await page.goto('/kr/notes/easy-docker');
  await expect(page.locator('in-each-language a[hreflang="ko"]')).toHaveText('/ko/notes/easy-docker/');
  // Nothing is offered for an address no language has.
  await page.goto('/no-such-page/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('in-each-language p:not([hidden])')).toHaveCount(0);
});

test('the table of contents follows the scroll', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  await page.locator('#stop-command').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('stop-command')!.scrollIntoView({ block: 'start' }));
  // The side table of contents (a narrow screen's disclosure repeats it and follows the scroll the same way).
  await expect(page.locator('nav.toc a[aria-current="true"]')).toHaveAttribute('href', '#stop-command');
});
