import { expect, test } from './fixtures.ts';

test('a page that is only read downloads no search files', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && searchRequests.push(r.url()));
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(300);
  expect(searchRequests).toEqual([]);
  await page.getByRole('button', { name: '검색' }).click();
  await page.locator('#search-input').fill('--rm');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
  expect(searchRequests.length).toBeGreaterThan(0);
});

test('/ and Ctrl+K open search; arrows move; Enter opens the passage, highlighted', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const input = page.locator('#search-input');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.search-dialog')).not.toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await input.fill('--volumes-from');
  const options = page.locator('#search-results [role="option"]');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'search-hit-0');
  await expect(options.first().locator('mark').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/reference\/run\/#volumes-from$/);
  const row = page.locator('#volumes-from');
  await expect(row).toBeInViewport();
  expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test('search speaks the language of the page, including counts and "no results"', async ({ page }) => {
  await page.goto('/ko/');
  await page.getByRole('button', { name: '검색' }).click();
  await page.locator('#search-input').fill('볼륨을 마운트하려면');
  await expect(page.locator('.search-dialog__status')).toHaveText(/^결과 \d+개$/);
  await page.locator('#search-input').fill('qqqzzzxx');
  await expect(page.locator('.search-dialog__status')).toHaveText('‘qqqzzzxx’에 맞는 결과가 없습니다.');
  await page.goto('/en/');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('#search-input')).toHaveAttribute('placeholder', /Command, flag or word/);
  await page.locator('#search-input').fill('qqqzzzxx');
  await expect(page.locator('.search-dialog__status')).toHaveText('Nothing matches “qqqzzzxx”.');
  await page.locator('#search-input').fill('docker run');
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /^\/en\//);
});

test('the scope narrows results to the reference or to one note', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('volume');
  await page.locator('#search-scope').selectOption({ label: 'Command reference' });
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /\/en\/reference\//);
  await expect
    .poll(() => page.locator('#search-results a').evaluateAll((as) => as.every((a) => a.getAttribute('href')!.startsWith('/en/reference/'))))
    .toBe(true);
  await page.locator('#search-scope').selectOption({ label: 'Meet Docker, Fast' });
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /\/en\/notes\/fastest-docker\//);
});

test('without JavaScript the search button is hidden and a note explains why', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/');
  await expect(page.locator('.search-button')).toBeHidden();
  await expect(page.locator('.search-noscript')).toHaveText('Search needs JavaScript');
  await expect(page.locator('.search-noscript')).toBeVisible();
  await context.close();
});

test('@phone search works on a phone', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  await page.getByRole('button', { name: '검색' }).click();
  await page.locator('#search-input').fill('-p');
  const first = page.locator('#search-results a').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/\/ko\/reference\/run\/#publish$/);
});
