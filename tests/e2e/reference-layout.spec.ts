import type { Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const REFERENCE_PAGES = ['/ko/reference/run/', '/ko/reference/create/', '/ko/reference/exec/', '/en/reference/run/', '/ko/reference/flags/', '/en/reference/flags/'];

/** Code shorter than 25 characters that the page breaks over more than one line. */
async function brokenShortCode(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const group of document.querySelectorAll('details')) group.open = true;
    return [...document.querySelectorAll('main code')]
      .filter((code) => !code.closest('pre') && code.textContent!.length < 25 && code.getClientRects().length > 1)
      .map((code) => code.textContent!);
  });
}

for (const path of REFERENCE_PAGES) {
  test(`@phone no code shorter than 25 characters breaks inside itself, and nothing overflows: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    expect(await brokenShortCode(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
}

test('@phone each option is a stacked entry: name and value on one line, the description below', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/ko/reference/run/');
  const env = page.locator('#env');
  const [name, value, description] = [env.locator('.opt__name'), env.locator('dt > code'), env.locator('dd')];
  const [n, v, d] = [(await name.boundingBox())!, (await value.boundingBox())!, (await description.boundingBox())!];
  expect(Math.abs(n.y - v.y)).toBeLessThan(4);
  expect(d.y).toBeGreaterThanOrEqual(n.y + n.height - 1);
  expect(d.width).toBeGreaterThan(300);
});

/**
 * Chromium opens a closed <details> itself when a link's fragment is inside it, so in Chromium the page's own
 * script (folded-target.ts, for browsers that do not) would never be exercised: every opening that is not the
 * page's (`details.open = true`) is undone as soon as it happens, which leaves the page's script to open the group.
 * (Whether it also scrolls cannot be told apart here: Chromium keeps a followed fragment in view while the page's
 * layout changes.)
 */
function undoNativeOpening() {
  const open = Object.getOwnPropertyDescriptor(HTMLDetailsElement.prototype, 'open')!;
  const openedByPage = new WeakSet<Element>();
  const undone = window as unknown as { nativeOpeningsUndone?: number };
  Object.defineProperty(HTMLDetailsElement.prototype, 'open', {
    ...open,
    set(this: HTMLDetailsElement, value: boolean) {
      if (value) openedByPage.add(this);
      open.set!.call(this, value);
    },
  });
  new MutationObserver((records) => {
    for (const { target } of records) {
      if (!(target instanceof HTMLDetailsElement) || !target.open) continue;
      // Each opening by the page is let through once: a later one, after the group is closed again, is judged afresh.
      if (openedByPage.delete(target)) continue;
      open.set!.call(target, false);
      undone.nativeOpeningsUndone = (undone.nativeOpeningsUndone ?? 0) + 1;
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['open'] });
}

test('a link to a flag in the folded group opens the group and scrolls to the flag; the page opens it where the browser does not', async ({ page }) => {
  await page.goto('/ko/reference/run/');
  const folded = page.locator('.opts__more');
  const anchor = await folded.locator('.opt').nth(40).getAttribute('id');
  await expect(folded).not.toHaveAttribute('open');
  // As Chromium's readers get it.
  await page.goto(`/en/reference/run/#${anchor}`);
  await expect(folded).toHaveAttribute('open');
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
  expect(await page.locator(`#${anchor}`).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

  // As a browser that leaves the group closed: on arrival, and on a link followed within the page.
  await page.addInitScript(undoNativeOpening);
  await page.goto(`/ko/reference/run/#${anchor}`);
  await expect(folded).toHaveAttribute('open');
  await expect(page.locator(`#${anchor}`)).toBeInViewport();
  const other = (await folded.locator('.opt').nth(60).getAttribute('id'))!;
  await folded.evaluate((group: HTMLDetailsElement) => {
    group.removeAttribute('open');
    scrollTo(0, 0);
  });
  await page.evaluate((id) => (location.hash = id), other);
  await expect(folded).toHaveAttribute('open');
  await expect(page.locator(`#${other}`)).toBeInViewport();
  expect(await page.evaluate(() => (window as unknown as { nativeOpeningsUndone?: number }).nativeOpeningsUndone), 'Chromium opened the group and the test undid it').toBeGreaterThan(0);
});

test('the flags the notes use come first with their uses; the others follow under a label', async ({ page }) => {
  await page.goto('/ko/reference/run/');
  await expect(page.locator('.opts__label')).toHaveText('노트에 나오는 옵션');
  await expect(page.locator('#detach')).toContainText(/노트에서 \d+번/);
  await expect(page.locator('.opts__more > summary')).toHaveText(/다른 옵션 \d+개/);
  await page.goto('/en/reference/run/');
  await expect(page.locator('.opts__more > summary')).toHaveText(/\d+ other options/);
});

test('a flag link is named by what it shows (label-content-name-mismatch)', async ({ page }) => {
  test.slow();
  for (const path of ['/ko/reference/run/', '/en/reference/run/']) {
    await page.goto(path);
    await expect(page.locator('#detach a.opt__name')).toHaveAccessibleName(/^-d, --detach/);
    expect(await axeViolations(page, { rules: ['label-content-name-mismatch'], include: '.options' })).toEqual([]);
  }
});

test('the flag filter ranks an exact name first, then a name that starts with the query, then descriptions', async ({ page }) => {
  await page.goto('/en/reference/flags/');
  const input = page.getByLabel('Find a flag or a word in its description');
  const names = page.locator('.flag-table tbody tr:visible th code');
  const namesOf = async () => (await names.allTextContents()).map((n) => n.split(', '));
  await input.fill('-p');
  await expect(names.first()).toHaveText(/^-p, /);
  // Polled: the other parts are fetched as the reader starts typing, and the list is sorted again once they are in.
  // The `-p` rows first, then only rows whose description writes `-p`; `-P` is another flag, not listed by its name.
  await expect
    .poll(async () => {
      const shown = await namesOf();
      const firstOther = shown.findIndex((n) => !n.includes('-p'));
      return firstOther < 0 || !shown.slice(firstOther).some((n) => n.includes('-p'));
    })
    .toBe(true);
  await input.fill('-P');
  await expect(names.first()).toHaveText(/^-P, /);
  for (const n of await namesOf()) expect(n.includes('-p') && !n.includes('-P'), n.join(', ')).toBe(false);
  await input.fill('publish');
  await expect(names.first()).toHaveText(/--publish\b/);
  await input.fill('');
  await expect(names.first()).toHaveText(await page.locator('.flag-table tbody tr th code').first().textContent() ?? '');
});

test('@phone the screenshot stand-in puts its icon above the caption, the link on a line of its own', async ({ page }) => {
  await page.goto('/ko/notes/official-guide/get-started/');
  const shot = page.locator('figure.screenshot').first();
  await shot.scrollIntoViewIfNeeded();
  const icon = (await shot.locator('.screenshot__frame').boundingBox())!;
  const caption = (await shot.locator('figcaption').boundingBox())!;
  expect(caption.y).toBeGreaterThanOrEqual(icon.y + icon.height - 1);
  expect(caption.width).toBeGreaterThan(300);
  const link = (await shot.locator('.screenshot__meta a').boundingBox())!;
  const file = (await shot.locator('.screenshot__meta code').boundingBox())!;
  expect(link.y).toBeGreaterThan(file.y + file.height - 2);
});

test('code in a block is at least as large as code in a sentence', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('pre code')).toBeGreaterThanOrEqual(await size('article :not(pre) > code'));
});

test('the line between the sidebar and the page runs the full height', async ({ page }) => {
  await page.goto('/ko/reference/flags/');
  const main = page.locator('main');
  expect(await main.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('1px');
  const [m, nav] = [(await main.boundingBox())!, (await page.locator('#site-nav').boundingBox())!];
  expect(m.height).toBeGreaterThanOrEqual(nav.height);
  expect(m.x).toBeGreaterThanOrEqual(nav.x + nav.width - 1);
});

test('@phone an option bookmark button, added after load, changes the height of no entry', async ({ page }) => {
  await page.goto('/ko/reference/run/');
  // The buttons come when the reader first touches the list.
  await page.locator('.opt dd').first().tap();
  await expect(page.locator('.opt dt .bookmark-button')).toHaveCount(await page.locator('.opt').count());
  // Each entry's height with its button and without: a button that took room would push the page under a reader.
  const grown = await page.locator('.opt dt').evaluateAll((terms) =>
    terms.flatMap((term) => {
      const button = term.querySelector('.bookmark-button')!;
      const withButton = term.getBoundingClientRect().height;
      button.remove();
      const without = term.getBoundingClientRect().height;
      term.append(button);
      return withButton === without ? [] : [`${term.parentElement!.id}: ${without} -> ${withButton}`];
    }),
  );
  expect(grown).toEqual([]);
});
