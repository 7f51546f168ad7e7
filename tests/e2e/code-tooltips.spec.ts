import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The longest chapters: before, most of their code links showed only a sliver of their description. */
const LONG_CHAPTERS = ['/ko/notes/fastest-docker/using-docker-further/', '/en/notes/fastest-docker/using-docker-further/'];

const tooltipOf = async (page: Page, link: Locator) => page.locator(`#${await link.getAttribute('aria-describedby')}`);

/** Whether the whole tooltip is on screen and on top: its four corners are the topmost element there. */
function fullyShownIn(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const inset = 2;
  const corners = [
    [r.left + inset, r.top + inset + 6],
    [r.right - inset, r.top + inset + 6],
    [r.left + inset, r.bottom - inset],
    [r.right - inset, r.bottom - inset],
  ];
  return r.width > 40 && corners.every(([x, y]) => x! >= 0 && y! >= 0 && x! <= innerWidth && y! <= innerHeight && el.contains(document.elementFromPoint(x!, y!)));
}
const fullyShown = (tip: Locator) => tip.evaluate(fullyShownIn);

for (const path of LONG_CHAPTERS) {
  test(`every code link's tooltip shows in full on hover: ${path}`, async ({ page }) => {
    await page.goto(path);
    // The same check, callable from inside the page (evaluated as the test's own code, as axe is).
    await page.evaluate(`window.fullyShownIn = ${fullyShownIn.toString()}`);
    const count = await page.locator('pre a.cmd-link:visible').count();
    expect(count).toBeGreaterThan(60);
    const problems: string[] = [];
    let previous = '';
    // A real pointer over each link in turn, as `hover()` moves it but without its waits between calls:
    // one look in the page checks the tooltip the pointer last showed and readies the next link, scrolled
    // just into view (so some sit at the window's edge) at a point that is on the link.
    for (let i = 0; i <= count; i++) {
      const step = await page.evaluate((i) => {
        const links = [...document.querySelectorAll<HTMLElement>('pre a.cmd-link')].filter((a) => a.checkVisibility());
        let shown = '';
        if (i > 0) {
          const tip = document.getElementById(links[i - 1]!.getAttribute('aria-describedby') ?? '');
          const fully = (window as unknown as { fullyShownIn: (el: Element) => boolean }).fullyShownIn;
          shown = !tip?.matches(':popover-open') ? 'not shown' : fully(tip) ? '' : 'clipped';
        }
        const link = links[i];
        if (!link) return { shown };
        const centre = () => {
          const r = link.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        };
        link.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        let point = centre();
        // Under the sticky header: bring it to the middle instead.
        if (!link.contains(document.elementFromPoint(point.x, point.y))) {
          link.scrollIntoView({ block: 'center', inline: 'nearest' });
          point = centre();
        }
        return { shown, point, text: link.textContent, onLink: link.contains(document.elementFromPoint(point.x, point.y)) };
      }, i);
      if (step.shown) problems.push(`${i - 1} (${previous}): ${step.shown}`);
      if (!step.point) break;
      previous = step.text ?? '';
      expect(step.onLink, `code link ${i} (${step.text}) can be pointed at`).toBe(true);
      await page.mouse.move(step.point.x, step.point.y);
      // The descriptions' code comes with the first hover over code: the first tooltip waits for it.
      if (i === 0) await expect(page.locator('.cmd-tip:popover-open')).toHaveCount(1);
    }
    expect(problems).toEqual([]);
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
  await expect(rm).toHaveAccessibleDescription(/delete|remove/i);
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

test('@phone side by side, `-d` and `-p` each answer taps across 24 px of their line, and never each other\'s', async ({ page }) => {
  for (const lang of ['ko', 'en']) {
    await page.goto(`/${lang}/notes/fullstack-docker/docker-commands/`);
    // The first `-d` followed, one space on, by a `-p` link.
    const pair = page.locator('pre a.cmd-link:visible', { hasText: /^-d$/ }).filter({ has: page.locator('xpath=self::*[following-sibling::*[2][self::a][normalize-space()="-p"]]') }).first();
    const d = pair;
    const p = pair.locator('xpath=following-sibling::*[2]');
    await d.scrollIntoViewIfNeeded();
    // Measured once it is still, as a reader sees it before tapping: whatever settles after the scroll, settles first.
    await expect.poll(async () => {
      const before = (await d.boundingBox())!.y;
      await page.waitForTimeout(100);
      return (await d.boundingBox())!.y - before;
    }, `${lang}: the line settles`).toBe(0);
    const [rd, rp] = [(await d.boundingBox())!, (await p.boundingBox())!];
    expect(rp.x - (rd.x + rd.width), 'one space apart').toBeLessThan(12);
    const y = rd.y + rd.height / 2;
    const ids = { [(await d.getAttribute('aria-describedby'))!]: '-d', [(await p.getAttribute('aria-describedby'))!]: '-p' };
    // The descriptions' code loads with the first tap in a code block: let it be in before the sweep, so that no
    // Escape is pressed while it loads (and lost) and no description opens late, arming the next tap to follow.
    await page.touchscreen.tap(rd.x + rd.width / 2, y);
    await expect(page.locator('.cmd-tip:popover-open'), `${lang}: the first tap on -d shows its description`).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.cmd-tip:popover-open')).toHaveCount(0);
    /** Which of the two a tap at (x, y) opens, if either. */
    const opened = async (x: number, atY = y) => {
      await page.touchscreen.tap(x, atY);
      const id = await page.evaluate(() => document.querySelector('.cmd-tip:popover-open')?.id);
      await page.keyboard.press('Escape');
      return id ? ids[id] : undefined;
    };
    const answers: { x: number; link: string | undefined }[] = [];
    for (let x = Math.floor(rd.x - 14); x <= Math.ceil(rp.x + rp.width + 14); x++) answers.push({ x, link: await opened(x) });
    for (const [flag, box] of [['-d', rd], ['-p', rp]] as const) {
      const xs = answers.filter((a) => a.link === flag).map((a) => a.x);
      const [from, to] = [Math.min(...xs), Math.max(...xs)];
      expect(to - from + 1, `${lang} ${flag}: answers taps from ${from} to ${to}`).toBeGreaterThanOrEqual(24);
      expect(xs.length, `${lang} ${flag}: one stretch, no holes`).toBe(to - from + 1);
      expect(from <= box.x && to >= box.x + box.width - 1, `${lang} ${flag}: the stretch holds its text`).toBe(true);
      // And 24 px high: near the top and the bottom of the target, still this flag.
      const middle = (from + to) / 2;
      expect(await opened(middle, y - 11)).toBe(flag);
      expect(await opened(middle, y + 11)).toBe(flag);
    }
  }
});
