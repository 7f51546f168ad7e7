/**
 * What a reader meets on a phone (tagged @phone, run on a Pixel 7 and at 390 and 320 px) and on a desktop,
 * measured from the page's boxes rather than only looked at: code that stays whole, buttons beside the code
 * rather than over it, shell tabs on one row, the contents bar and the "back to top" link.
 */
import type { Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';
import { buttonsOverCode, selectsCutOff, splitCodeTokens } from './layout.ts';

const LONG_CHAPTER = 'notes/fastest-docker/using-docker-further/';
const TABS_CHAPTER = 'notes/docker-basics/concepts-and-commands/';
const WINDOWS_CHAPTER = 'notes/easy-docker/images-and-containers/';
const REFERENCE = 'reference/run/';
const PHONE_WIDTHS = [390, 320];

/** Runs `body` at each phone width (as @phone) or once at the desktop project's size. */
function onPhoneAndDesktop(title: string, body: (page: Page, width: number | null) => Promise<void>) {
  test(`@phone ${title}`, async ({ page }) => {
    for (const width of PHONE_WIDTHS) {
      await page.setViewportSize({ width, height: 844 });
      await body(page, width);
    }
  });
  test(title, async ({ page }) => body(page, null));
}

onPhoneAndDesktop('inline code moves to the next line whole; only a token wider than the line breaks, after / - _ =', async (page, width) => {
  for (const lang of LOCALES) {
    for (const path of [LONG_CHAPTER, REFERENCE, 'notes/fastest-docker/dockerfile-in-depth/']) {
      await page.goto(`/${lang}/${path}`);
      expect(await page.evaluate(splitCodeTokens, 'main'), `/${lang}/${path} at ${width ?? 'desktop'} px`).toEqual([]);
    }
  }
});

onPhoneAndDesktop('no button of a code block lies over its code', async (page, width) => {
  for (const lang of LOCALES) {
    for (const path of [TABS_CHAPTER, WINDOWS_CHAPTER, REFERENCE, LONG_CHAPTER]) {
      await page.goto(`/${lang}/${path}`);
      await expect(page.locator('copy-button button').first()).toBeAttached();
      expect(await page.evaluate(buttonsOverCode), `/${lang}/${path} at ${width ?? 'desktop'} px`).toEqual([]);
      // Scrolled sideways to the end of its longest line, the code still has nothing over it.
      await page.locator('pre').evaluateAll((pres) => pres.forEach((pre) => (pre.scrollLeft = pre.scrollWidth)));
      expect(await page.evaluate(buttonsOverCode), `/${lang}/${path} scrolled, at ${width ?? 'desktop'} px`).toEqual([]);
    }
  }
});

onPhoneAndDesktop('shell tabs sit on one row, named the same on every page; an added one says so in words', async (page, width) => {
  for (const lang of LOCALES) {
    for (const path of [TABS_CHAPTER, WINDOWS_CHAPTER, REFERENCE]) {
      await page.goto(`/${lang}/${path}`);
      const lists = page.getByRole('tablist');
      await expect(lists.first()).toBeVisible();
      const rows = await lists.evaluateAll((all) =>
        all.map((list) => [...list.querySelectorAll('[role=tab]')].map((tab) => [tab.textContent, Math.round(tab.getBoundingClientRect().top)] as const)),
      );
      for (const tabs of rows) {
        const where = `/${lang}/${path} at ${width ?? 'desktop'} px: ${JSON.stringify(tabs)}`;
        expect(new Set(tabs.map(([, top]) => top)).size, where).toBe(1);
        for (const [name] of tabs) expect(['Bash', 'PowerShell', 'cmd'], where).toContain(name);
      }
    }
  }
  await page.goto(`/ko/${TABS_CHAPTER}`);
  const set = page.locator('shell-tabs').first();
  await set.getByRole('tab', { name: 'PowerShell' }).click();
  await expect(set.getByRole('tabpanel')).toContainText('노트에는 Bash 명령만 있습니다. 이 PowerShell 명령은 이 사이트에서 덧붙였습니다.');
  await page.goto(`/en/${WINDOWS_CHAPTER}`);
  await page.locator('shell-tabs').first().getByRole('tab', { name: 'Bash' }).click();
  await expect(page.locator('shell-tabs').first().getByRole('tabpanel')).toContainText(
    'The note gives only the PowerShell command; this Bash version was added on this site.',
  );
});

/** The section a reader is reading: the last heading of the article in the upper third of the window. */
const headingBeingRead = (page: Page) =>
  page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('article .heading > :is(h2, h3)[id]')];
    return headings.filter((h) => h.getBoundingClientRect().top <= innerHeight / 3).at(-1)?.textContent ?? '';
  });

test('@phone mid-chapter a bar under the header names the section being read and opens the contents', async ({ page }) => {
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    for (const lang of LOCALES) {
      await page.goto(`/${lang}/${LONG_CHAPTER}`);
      const label = page.locator('.toc-bar .toc-bar__label');
      // Once the bar names a section, the name takes the room of its label ("on this page", kept for screen readers).
      const labelWidth = async () => (await label.boundingBox())!.width;
      for (const share of [0.3, 0.55, 0.8]) {
        await page.evaluate((s) => window.scrollTo(0, document.documentElement.scrollHeight * s), share);
        const bar = page.locator('.toc-bar');
        await expect(bar).toBeInViewport();
        const [header, box] = await Promise.all([page.locator('.site-header').boundingBox(), bar.boundingBox()]);
        expect(Math.abs(box!.y - (header!.y + header!.height)), 'the bar sits right under the header').toBeLessThanOrEqual(1);
        const reading = await headingBeingRead(page);
        expect(reading).not.toBe('');
        await expect(bar.locator('[data-toc-current]')).toHaveText(reading);
        await expect.poll(labelWidth, { message: 'the label steps aside for the name' }).toBeLessThanOrEqual(1);
        await expect(bar.locator('summary')).toBeVisible();
      }
      await page.locator('.toc-bar summary').click();
      const links = page.locator('.toc-bar .toc a');
      await expect(links.first()).toBeInViewport();
      await expect(page.locator('.toc-bar .toc a[aria-current]')).toHaveCount(1);
      const target = links.nth(3);
      const id = (await target.getAttribute('href'))!.slice(1);
      await target.click();
      await expect(page.locator('.toc-bar details')).not.toHaveAttribute('open');
      const heading = page.locator(`[id="${id}"]`);
      await expect(heading).toBeInViewport();
      // Not hidden under the bar: anchored headings land below it.
      const [h, b] = await Promise.all([heading.boundingBox(), page.locator('.toc-bar').boundingBox()]);
      expect(h!.y).toBeGreaterThanOrEqual(b!.y + b!.height - 1);
    }
  }
});

test('@phone "back to top" sits in the bar under the header, over no text or button, wherever the reader is', async ({ page }) => {
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    for (const lang of LOCALES) {
      await page.goto(`/${lang}/${LONG_CHAPTER}`);
      const back = page.getByRole('link', { name: lang === 'ko' ? '맨 위로' : 'Back to top' });
      for (const share of [0.2, 0.5, 0.9, 1]) {
        await page.evaluate((s) => window.scrollTo(0, document.documentElement.scrollHeight * s), share);
        await expect(back).toBeVisible();
        const covered = await back.evaluate((link) => {
          const box = link.getBoundingClientRect();
          // Whatever scrolls beneath the header (and the contents bar, where the link sits) is hidden by them
          // alike; below them is the page, which nothing may cover.
          const bar = link.closest('.toc-bar') ?? document.querySelector('.site-header')!;
          const top = bar.getBoundingClientRect().bottom;
          const hits = (r: DOMRect) => r.width > 0 && r.top >= top - 1 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
          const found: string[] = [];
          const walker = document.createTreeWalker(document.querySelector('.doc__main')!, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (bar.contains(node) || link.contains(node) || !node.textContent!.trim()) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            if ([...range.getClientRects()].some(hits)) found.push(`text "${node.textContent!.trim().slice(0, 30)}"`);
          }
          for (const control of document.querySelectorAll('.doc__main :is(a, button, summary)')) {
            if (!bar.contains(control) && control !== link && hits(control.getBoundingClientRect())) found.push(`${control.tagName} "${control.textContent?.trim().slice(0, 30)}"`);
          }
          return found;
        });
        expect(covered, `/${lang}/ at ${width} px, scrolled to ${share}`).toEqual([]);
      }
      await back.click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(100);
    }
  }
});

test('on a wide screen the contents stay beside the article and no bar shows', async ({ page }) => {
  await page.goto(`/ko/${LONG_CHAPTER}`);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
  await expect(page.locator('.doc__toc .toc')).toBeVisible();
  await expect(page.locator('.toc-bar')).toBeHidden();
});

onPhoneAndDesktop('the language switch carries the section whose heading is in the upper third of the window', async (page) => {
  await page.goto(`/ko/${LONG_CHAPTER}`);
  const heading = page.locator('article .heading > :is(h2, h3)[id]').nth(3);
  const id = await heading.getAttribute('id');
  // The heading 100 px below the header (and below the contents bar on a phone). Controls revealed once
  // the page is idle may still move it: placed again until it stays.
  await page.waitForLoadState('networkidle');
  await expect
    .poll(() =>
      page.evaluate((target) => {
        const h = document.getElementById(target)!;
        const bar = document.querySelector('.toc-bar')?.getBoundingClientRect();
        const chrome = bar && bar.height > 0 ? bar.bottom : document.querySelector('.site-header')!.getBoundingClientRect().bottom;
        const off = h.getBoundingClientRect().top - chrome - 100;
        window.scrollBy(0, off);
        return Math.abs(off) < 1;
      }, id!),
    )
    .toBe(true);
  await page.waitForTimeout(100);
  // A tap where the link is: Playwright's own click would first scroll the sticky header's link "into view".
  const box = (await page.locator('a[data-language-link]').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(new RegExp(`/en/${LONG_CHAPTER}#${id}$`));
});

test('@phone at 390 and 320 px the header fits, and the theme and search scope menus show their whole choice', async ({ page }) => {
  for (const width of PHONE_WIDTHS) {
    await page.setViewportSize({ width, height: 700 });
    for (const lang of LOCALES) {
      await page.goto(`/${lang}/${LONG_CHAPTER}`);
      const where = `/${lang}/ at ${width} px`;
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), where).toBe(0);
      const header = await page.locator('.site-header').evaluate((h) => {
        const box = h.getBoundingClientRect();
        return [...h.querySelectorAll('a, button, select')]
          .filter((el) => el.getClientRects().length > 0 && !el.closest('dialog'))
          .map((el) => ({ name: el.textContent?.trim().slice(0, 20), ...el.getBoundingClientRect().toJSON() }))
          .filter((r) => r.right > box.right + 0.5 || r.left < box.left - 0.5 || r.width < 24 || r.height < 24);
      });
      expect(header, `${where}: header controls cut off or under 24 px`).toEqual([]);
      expect(await page.evaluate(selectsCutOff, ['.site-header theme-select', false] as [string, boolean]), where).toEqual([]);
      await page.locator('.search-button').click();
      await expect(page.locator('#search-scope')).toBeVisible();
      // The scope menu opens on "everything", which must show whole; a long note title may be cut on a phone.
      expect(await page.evaluate(selectsCutOff, ['.search-dialog', true] as [string, boolean]), `${where}: search dialog`).toEqual([]);
      const scope = await page.locator('#search-scope').boundingBox();
      const dialog = await page.locator('.search-dialog').boundingBox();
      expect(scope!.x + scope!.width, `${where}: the scope menu inside the dialog`).toBeLessThanOrEqual(dialog!.x + dialog!.width);
    }
  }
});

test('@phone a 404 page offers the nearest page by its address and title, the search box, and a language switch to the same address', async ({ page }) => {
  for (const [asked, guess, title, other] of [
    ['/en/reference/rnu/', '/en/reference/run/', 'docker run', '/ko/reference/rnu/'],
    ['/ko/notes/fastest-docker/using-dokcer/', '/ko/notes/fastest-docker/using-docker/', '3장. Docker 사용해보기', '/en/notes/fastest-docker/using-dokcer/'],
    ['/ko/dokcer-compose-up/', '/ko/reference/compose-up/', 'docker compose up', '/en/dokcer-compose-up/'],
  ] as const) {
    const response = await page.goto(asked);
    expect(response!.status()).toBe(404);
    const help = page.locator('not-found-help');
    await expect(help.getByRole('link')).toHaveAttribute('href', guess);
    await expect(help.getByRole('link')).toHaveText(title);
    await expect(help.locator('.not-found__address')).toHaveText(guess);
    await expect(help.locator('.not-found__guess')).toBeVisible();
    await expect(page.locator('a[data-language-link]')).toHaveAttribute('href', other);
    await help.getByRole('button').click();
    await expect(page.locator('.search-dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await help.getByRole('link').click();
    await expect(page).toHaveURL(guess);
  }
  await page.goto('/ko/nope');
  await expect(page.locator('.not-found__guess')).toBeHidden();
  await expect(page.locator('a[data-language-link]')).toHaveAttribute('href', '/en/nope');
});

test('without JavaScript the 404 language switch leads to the other language’s home, not its 404 file', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ko/nope');
  await expect(page.locator('a[data-language-link]')).toHaveAttribute('href', '/en/');
  await context.close();
});

test('the last chapter of a note says its "next" link leads to the next note', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/');
  const last = await page.locator('main a[href*="/notes/fastest-docker/"]').last().getAttribute('href');
  await page.goto(last!);
  const next = page.locator('.pager__link--next');
  await expect(next.locator('.pager__hint')).toHaveText('다음 노트');
  expect(await next.getAttribute('href')).not.toContain('/fastest-docker/');
  await page.goto('/en/notes/fastest-docker/using-docker/');
  await expect(page.locator('.pager__link--next .pager__hint')).toHaveText('Next');
});

test('@phone a tapped code link’s tooltip leaves the tapped line readable and sets its reference link apart', async ({ page }) => {
  for (const [lang, go] of [['ko', '레퍼런스로 이동'], ['en', 'Go to the reference']] as const) {
    await page.goto(`/${lang}/${TABS_CHAPTER}`);
    const links = page.locator('pre a.cmd-link:visible');
    for (const i of [0, 5, 12]) {
      const link = links.nth(i);
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
      await expect(tip).toBeVisible();
      // The words of the description and of the link are apart, not "...실행레퍼런스로 이동".
      expect(await tip.evaluate((t) => (t as HTMLElement).innerText)).toMatch(new RegExp(`\\S\\s+${go}$`));
      const [l, t] = await Promise.all([link.boundingBox(), tip.boundingBox()]);
      const apart = t!.y >= l!.y + l!.height - 0.5 || t!.y + t!.height <= l!.y + 0.5;
      expect(apart, `${lang} link ${i}: tooltip ${JSON.stringify(t)} over the line ${JSON.stringify(l)}`).toBe(true);
      await page.locator('h1').tap();
    }
  }
});
