import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The longest chapters: before, most of their code links showed only a sliver of their description. */
const LONG_CHAPTERS = ['/ko/notes/fastest-docker/using-docker-further/', '/en/notes/fastest-docker/using-docker-further/'];

const tooltipOf = async (page: Page, link: Locator) => page.locator(`#${await link.getAttribute('aria-describedby')}`);

/** Whether the whole tooltip is on screen and on top: its four corners are the topmost element there. */
async function fullyShown(tip: Locator): Promise<boolean> {
  return tip.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inset = 2;
    const corners = [
      [r.left + inset, r.top + inset + 6],
      [r.right - inset, r.top + inset + 6],
      [r.left + inset, r.bottom - inset],
      [r.right - inset, r.bottom - inset],
    ];
    return r.width > 40 && corners.every(([x, y]) => x! >= 0 && y! >= 0 && x! <= innerWidth && y! <= innerHeight && el.contains(document.elementFromPoint(x!, y!)));
  });
}

for (const path of LONG_CHAPTERS) {
  test(`every code link's tooltip shows in full on hover: ${path}`, async ({ page }) => {
    test.slow();
    await page.goto(path);
    const links = page.locator('pre a.cmd-link:visible');
    const count = await links.count();
    expect(count).toBeGreaterThan(60);
    const clipped: string[] = [];
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      await link.hover();
      const tip = await tooltipOf(page, link);
      await expect(tip).toBeVisible();
      if (!(await fullyShown(tip))) clipped.push(`${i}: ${await link.textContent()}`);
    }
    expect(clipped).toEqual([]);
  });
}

test('a code link is described by its tooltip, which keyboard focus shows and Escape dismisses', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const rm = page.locator('pre a.cmd-link:visible', { hasText: '--rm' }).first();
  await expect(rm).toHaveAccessibleDescription(/컨테이너가 종료되면/);
  const tip = await tooltipOf(page, rm);
  await expect(tip).toHaveAttribute('role', 'tooltip');
  await expect(tip).toBeHidden();
  await rm.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('컨테이너가 종료되면');
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(rm).toBeFocused();
});

test('the pointer can move from a link onto its tooltip without losing it', async ({ page }) => {
  await page.goto('/en/notes/docker-basics/concepts-and-commands/');
  const link = page.locator('pre a.cmd-link:visible').first();
  await link.hover();
  const tip = await tooltipOf(page, link);
  await expect(tip).toBeVisible();
  const box = (await tip.boundingBox())!;
  const from = (await link.boundingBox())!;
  // Move in small steps, as a hand does, from the link down onto the tooltip.
  await page.mouse.move(from.x + 2, from.y + from.height / 2);
  await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 8 });
  await expect(tip).toBeVisible();
  await page.mouse.move(box.x + box.width + 200, box.y + box.height + 200);
  await expect(tip).toBeHidden();
});

test('without JavaScript every code link keeps its description', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/notes/docker-basics/concepts-and-commands/');
  const rm = page.locator('pre a.cmd-link:visible', { hasText: '--rm' }).first();
  await expect(rm).toHaveAccessibleDescription(/remove|removed/i);
  await context.close();
});

test('@phone a first tap shows the tooltip with a link to the reference; a second tap follows the link', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const rm = page.locator('pre a.cmd-link:visible', { hasText: '--rm' }).first();
  await rm.scrollIntoViewIfNeeded();
  await rm.tap();
  const tip = await tooltipOf(page, rm);
  await expect(tip).toBeVisible();
  await expect(page).toHaveURL(/concepts-and-commands\/$/);
  await expect(tip.getByRole('link', { name: '레퍼런스로 이동' })).toHaveAttribute('href', /\/ko\/reference\/run\/#rm$/);
  expect(await fullyShown(tip)).toBe(true);
  await rm.tap();
  await expect(page).toHaveURL(/\/ko\/reference\/run\/#rm$/);
});

test('@phone the tooltip link goes to the reference, and a tap elsewhere closes the tooltip', async ({ page }) => {
  await page.goto('/en/notes/docker-basics/concepts-and-commands/');
  const links = page.locator('pre a.cmd-link:visible');
  await links.first().scrollIntoViewIfNeeded();
  await links.first().tap();
  const tip = await tooltipOf(page, links.first());
  await expect(tip).toBeVisible();
  await page.locator('h1').tap();
  await expect(tip).toBeHidden();
  await links.first().tap();
  const href = await links.first().getAttribute('href');
  await tip.getByRole('link', { name: 'Go to the reference' }).tap();
  await expect(page).toHaveURL(new RegExp(`/en/reference/${href!.split('/reference/')[1]!.replace(/[#/]/g, '.')}$`));
});

test('@phone every code link is a tap target of at least 24 x 24 px', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const small = await page.locator('pre a.cmd-link:visible').evaluateAll((links) =>
    links.flatMap((link) => {
      // Centre the link in the page and in its own scrolling block (a long line scrolls sideways).
      link.scrollIntoView({ block: 'center', inline: 'center' });
      const r = link.getBoundingClientRect();
      if (!r.width) return [];
      const [cx, cy] = [r.left + r.width / 2, r.top + r.height / 2];
      // The 24 px square around the link's centre must reach the link wherever it is tapped.
      const misses = [[-11.5, 0], [11.5, 0], [0, -11.5], [0, 11.5]].filter(([dx, dy]) => {
        const hit = document.elementFromPoint(cx + dx!, cy + dy!);
        return !hit || !(hit === link || link.contains(hit) || hit.closest('a.cmd-link'));
      });
      return misses.length ? [`${link.textContent} ${Math.round(r.width)}x${Math.round(r.height)}`] : [];
    }),
  );
  expect(small).toEqual([]);
});
