import { expect, test } from './fixtures.ts';

test('keyboard only: skip link, tabs, theme, search and language', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문으로 건너뛰기' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#content$/);
  await expect(page.locator('#content')).toBeFocused();

  // Tabs: reach the first tab set by Tab, switch with the arrow keys.
  const firstTab = page.locator('shell-tabs').first().getByRole('tab').first();
  for (let i = 0; i < 80 && !(await firstTab.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(firstTab).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('shell-tabs').first().getByRole('tab').nth(1)).toHaveAttribute('aria-selected', 'true');

  // Search from the keyboard, open a result with Enter.
  await page.keyboard.press('Escape');
  await page.locator('body').press('/');
  await page.keyboard.type('--volumes-from');
  await expect(page.locator('#search-results [role="option"]').first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/reference\/run\/#volumes-from$/);

  // Theme: the select is reachable and changes the theme.
  const theme = page.getByLabel('색상 테마');
  await theme.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);

  // Language: the switch is a link in the tab order and keeps the fragment.
  const english = page.getByRole('link', { name: /English/ });
  await english.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/reference\/run\/#volumes-from$/);
});

test('@phone keyboard only: the menu opens, its links are reachable, Escape closes it', async ({ page }) => {
  await page.goto('/en/notes/fastest-docker/using-docker/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('#site-nav a[aria-current="page"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#site-nav :focus')).toHaveCount(1);
  // Past the menu's last link, Tab does not go into the page the menu covers: it goes round to the header.
  await page.locator('#site-nav :is(a, summary)').last().focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('#content :focus, .doc__toc :focus, .site-footer :focus')).toHaveCount(0);
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('#site-nav :focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  // Closed, the page is reachable again.
  await expect(page.locator('#content')).not.toHaveAttribute('inert');
});

test('@phone the menu opened at 800 px, then the window widened: the menu closes and the page answers again', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/en/reference/run/');
  await page.locator('.menu-toggle button').click();
  await expect(page.locator('#content')).toHaveAttribute('inert');
  await page.setViewportSize({ width: 810, height: 900 });
  await expect(page.locator('.menu-toggle button')).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#content')).not.toHaveAttribute('inert');
});

test('@phone Escape closes the menu where the reader was: the page does not scroll', async ({ page }) => {
  await page.goto('/en/notes/fastest-docker/using-docker/');
  await page.evaluate(() => scrollTo(0, 1500));
  const menu = page.locator('.menu-toggle button');
  // Tapped where it is: Playwright's click would first scroll the button into view past the page's scroll padding.
  await menu.evaluate((button: HTMLButtonElement) => button.click());
  expect(await page.evaluate(() => scrollY)).toBe(1500);
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(1500);
});

test('@phone the open menu holds focus at 800 px, the widest the menu button shows at', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto('/ko/reference/run/');
  const menu = page.locator('.menu-toggle button');
  await expect(menu).toBeVisible();
  await menu.click();
  await page.locator('#site-nav :is(a, summary)').last().focus();
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    await expect(page.locator('main :focus')).toHaveCount(0);
  }
});
