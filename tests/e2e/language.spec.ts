import { LOCALES } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

test('the language switch keeps the page and the #fragment', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/using-docker/#exec-command');
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/notes\/fastest-docker\/using-docker\/#exec-command$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#exec-command')).toBeInViewport();
  await page.getByRole('link', { name: /한국어/ }).click();
  await expect(page).toHaveURL(/\/ko\/notes\/fastest-docker\/using-docker\/#exec-command$/);
});

test('without a #fragment the switch keeps the section scrolled to', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/dockerfile-in-depth/');
  await page.evaluate(() => document.getElementById('env')!.scrollIntoView({ block: 'start' }));
  // A plain DOM click: Playwright's own click would first scroll the page to "reveal" the header link.
  await page.getByRole('link', { name: /English/ }).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/en\/notes\/fastest-docker\/dockerfile-in-depth\/#env$/);
});

test('on a reference page the switch keeps the flag scrolled to, not only its section', async ({ page }) => {
  await page.goto('/ko/reference/run/');
  await page.evaluate(() => document.getElementById('tty')!.scrollIntoView({ block: 'start' }));
  await page.getByRole('link', { name: /English/ }).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/en\/reference\/run\/#tty$/);
  await expect(page.locator('#tty')).toBeInViewport();
});

test('a #fragment the reader has scrolled away from gives way to the section in view', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/dockerfile-in-depth/#from');
  await expect(page.locator('#from')).toBeInViewport();
  await page.evaluate(() => document.getElementById('env')!.scrollIntoView({ block: 'start' }));
  await expect(page.locator('#env')).toBeInViewport();
  await page.getByRole('link', { name: /English/ }).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/en\/notes\/fastest-docker\/dockerfile-in-depth\/#env$/);
});

test('a #fragment scrolled to before the page’s scripts ran is still carried after a header control scrolls the page', async ({ page }) => {
  // Chrome may scroll to the #fragment before the deferred scripts run, so the switch never sees that
  // scroll; focusing a control of the sticky header then scrolls the page, which is not the reader's doing.
  // Defining the element only once the page has loaded makes that order certain.
  await page.addInitScript(() => {
    const define = customElements.define.bind(customElements);
    customElements.define = (name, constructor, options) => {
      if (name !== 'language-switch') return define(name, constructor, options);
      addEventListener('load', () => requestAnimationFrame(() => define(name, constructor, options)));
    };
  });
  await page.goto('/ko/reference/run/#volumes-from');
  await expect(page.locator('#volumes-from')).toBeInViewport();
  await page.waitForFunction(() => customElements.get('language-switch') !== undefined);
  await page.getByLabel('색상 테마').focus();
  await page.evaluate(() => scrollBy(0, 3 * innerHeight));
  await expect(page.locator('#volumes-from')).not.toBeInViewport();
  await page.getByRole('link', { name: /English/ }).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/en\/reference\/run\/#volumes-from$/);
});

test('a heading link followed where the page cannot scroll is carried, not the section above it', async ({ page }) => {
  await page.goto('/ko/notes/fullstack-docker/inspecting-docker/');
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  // The last heading in view but below the reading line: the section being read is still the one above it.
  const id = await page.evaluate(() => {
    const line = innerHeight * Number(document.querySelector<HTMLElement>('language-switch')!.dataset.readingLine);
    const below = [...document.querySelectorAll<HTMLElement>('article :is(h2, h3, h4)[id]')].filter((h) => {
      const { top } = h.getBoundingClientRect();
      return top > line && top < innerHeight;
    });
    return below.at(-1)?.id;
  });
  expect(id, 'a heading in view below the reading line at the end of the chapter').toBeTruthy();
  const before = await page.evaluate(() => scrollY);
  await page.locator(`.heading:has(> #${id}) .heading__anchor`).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  expect(await page.evaluate(() => scrollY), 'the page was already at its end').toBe(before);
  await page.getByRole('link', { name: /English/ }).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(new RegExp(`/en/notes/fullstack-docker/inspecting-docker/#${id}$`));
});

test('a #fragment that is not valid percent-encoding breaks no script, and the switch carries it as it is', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A link cut in the middle of an escaped Hangul syllable: decodeURIComponent throws on it.
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/#%EC%BB%A8%ED');
  // The documentation pages' module runs to its end: its last step loads the shell tabs.
  await expect.poll(() => page.evaluate(() => customElements.get('shell-tabs') !== undefined)).toBe(true);
  await page.getByRole('link', { name: /English/ }).evaluate((link: HTMLElement) => link.click());
  await expect(page).toHaveURL(/\/en\/notes\/docker-basics\/concepts-and-commands\/#%EC%BB%A8%ED$/);
  expect(errors).toEqual([]);
});

// `/` is answered by the server from Accept-Language; /index.html is the static page that does the
// same in the browser on a host without that rule. Both send only Korean readers to Korean.
const READERS = [['en-US', '/en/'], ['ko-KR', '/ko/'], ['fr-FR', '/en/'], ['de-DE', '/en/']] as const;
test(`/ and /index.html open the language each browser asks for: ${READERS.map(([l, e]) => `${l} -> ${e}`).join(', ')}`, async ({ browser, baseURL }) => {
  for (const [locale, expected] of READERS) {
    // Nothing is remembered between the two: each answers from the browser's languages alone.
    const context = await browser.newContext({ locale, baseURL: baseURL! });
    const page = await context.newPage();
    for (const entry of ['/', '/index.html']) {
      await page.goto(entry);
      await expect.soft(page, `${entry} for a ${locale} browser`).toHaveURL(new RegExp(`${expected}$`));
    }
    await context.close();
  }
});

test('without JavaScript, / still follows the browser language and /index.html leads to English', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'ko-KR', baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/ko\/$/);
  await page.goto('/index.html');
  await expect(page).toHaveURL(/\/en\/$/);
  await context.close();
});

test('a missing page answers in its language, with search and a way back to the notes and the reference', async ({ page }) => {
  for (const lang of LOCALES) {
    const response = await page.goto(`/${lang}/reference/no-such-command/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('site-search, .site-search').first()).toBeAttached();
    for (const href of [`/${lang}/`, `/${lang}/reference/`, `/${lang}/reference/flags/`]) {
      await expect(page.locator(`main a[href="${href}"]`)).toBeVisible();
    }
    // The switch asks the other language for the same address (whose 404 page makes its own guess), never its 404 file.
    for (const other of LOCALES.filter((l) => l !== lang)) {
      await expect(page.locator(`a[hreflang="${other}"][data-language-link]`)).toHaveAttribute('href', `/${other}/reference/no-such-command/`);
    }
  }
});

test('English pages speak English in the interface', async ({ page }) => {
  await page.goto('/en/notes/fastest-docker/using-docker/');
  await expect(page.locator('.toc__title')).toHaveText('On this page');
  await expect(page.getByRole('navigation', { name: 'Previous and next page' })).toBeVisible();
  await expect(page.getByLabel('Color theme')).toBeVisible();
  await expect(page.locator('figure.code button').first()).toHaveText('Copy');
});
