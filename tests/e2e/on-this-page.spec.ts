import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const LONG_CHAPTER = '/ko/notes/fastest-docker/using-docker-further/';

/** The hrefs of the desktop table of contents and of the phone disclosure: one list, two places. */
const tocLinks = (page: Page, selector: string) =>
  page.locator(`${selector} a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('@phone a long chapter opens with an "on this page" disclosure of its sections', async ({ page }) => {
  await page.goto(LONG_CHAPTER);
  await expect(page.locator('.doc__toc .toc')).toBeHidden();
  const disclosure = page.locator('details.toc-disclosure');
  await expect(disclosure).toBeVisible();
  await expect(disclosure).not.toHaveAttribute('open');
  const links = await tocLinks(page, 'details.toc-disclosure');
  expect(links.length).toBeGreaterThan(3);
  expect(links).toEqual(await tocLinks(page, '.doc__toc .toc'));
  await expect(disclosure.locator('summary')).toContainText('이 페이지의 내용');
  await disclosure.locator('summary').click();
  const last = disclosure.getByRole('link').last();
  await last.click();
  const id = links.at(-1)!.slice(1);
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the "on this page" disclosure stays out of the way on a wide screen', async ({ page }) => {
  await page.goto(LONG_CHAPTER);
  await expect(page.locator('.doc__toc .toc')).toBeVisible();
  await expect(page.locator('details.toc-disclosure')).toBeHidden();
  await expect(page.locator('.back-to-top')).toBeHidden();
});

async function checkBackToTop(page: Page) {
  await page.goto(LONG_CHAPTER);
  const back = page.getByRole('link', { name: '맨 위로' });
  await expect(back).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(back).toBeVisible();
  // At the end of the page it sits in the bar under the header, over none of the content below the bar.
  const overlaps = await back.evaluate((link) => {
    const box = link.getBoundingClientRect();
    const below = link.parentElement!.getBoundingClientRect().bottom;
    const content = [...document.querySelectorAll('.doc__main :is(p, li, pre, h2, h3, table, a)')].filter((el) => !link.parentElement!.contains(el));
    return content
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.top >= below - 1 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top).length;
  });
  expect(overlaps, 'elements under the back-to-top link').toBe(0);
  await back.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
  await expect(page.locator('h1')).toBeInViewport();
}

test('@phone a "back to top" link appears once the reader has scrolled', async ({ page }) => {
  await checkBackToTop(page);
});

test('@phone without JavaScript the disclosure and the back-to-top link still work', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 }, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(LONG_CHAPTER);
  const disclosure = page.locator('details.toc-disclosure');
  await disclosure.getByText('이 페이지의 내용').click();
  await expect(disclosure.getByRole('link').first()).toBeVisible();
  await checkBackToTop(page);
  await context.close();
});

test('@phone the disclosure, open, and the back-to-top link pass axe', async ({ page }) => {
  await page.goto(LONG_CHAPTER);
  await page.locator('details.toc-disclosure summary').click();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(page.getByRole('link', { name: '맨 위로' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('@phone a printed chapter leaves out the disclosure and the back-to-top link', async ({ page }) => {
  await page.goto(LONG_CHAPTER);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('details.toc-disclosure')).toBeHidden();
  await expect(page.locator('.back-to-top')).toBeHidden();
});

test('a chapter whose commands were fixed lists the fixes last in its contents; one without fixes does not', async ({ page }) => {
  await page.goto('/en/notes/fastest-docker/using-docker-further/');
  for (const selector of ['details.toc-disclosure', '.doc__toc .toc']) {
    expect((await tocLinks(page, selector)).at(-1), selector).toBe('#corrections');
    await expect(page.locator(`${selector} a`).last()).toHaveText('Corrections');
  }
  await page.goto('/en/notes/fastest-docker/deploying-applications/');
  expect(await tocLinks(page, '.doc__toc .toc')).not.toContain('#corrections');
});

test('at the end of a chapter the contents mark its last section, which cannot reach the reading line', async ({ page }) => {
  await page.goto('/en/notes/fullstack-docker/installation/');
  await page.locator('.doc__toc .toc a[href="#corrections"]').click();
  await expect(page.locator('.doc__toc .toc a[aria-current="true"]')).toHaveAttribute('href', '#corrections');
});
