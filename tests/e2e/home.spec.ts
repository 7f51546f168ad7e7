import { LOCALES, t, tCount } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

for (const lang of LOCALES) {
  test(`the ${lang} home page says where to start and where to look things up`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const main = page.getByRole('main');
    const start = main.locator('a[data-home-start]');
    await expect(start).toContainText(t(lang, 'home.start'));
    await expect(start).toHaveAttribute('href', `/${lang}/notes/docker-basics/concepts-and-commands/`);
    await expect(main.getByRole('link', { name: t(lang, 'reference.title'), exact: true })).toHaveAttribute('href', `/${lang}/reference/`);
    await expect(main.getByRole('link', { name: t(lang, 'flags.title'), exact: true })).toHaveAttribute('href', `/${lang}/reference/flags/`);
    await start.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/notes/docker-basics/concepts-and-commands/$`));
  });

  test(`the ${lang} note cards do not repeat themselves`, async ({ page }) => {
    await page.goto(`/${lang}/`);
    const cards = page.locator('.home-card[data-note]');
    await expect(cards).toHaveCount(5);
    for (const card of await cards.all()) {
      const names = await card.getByRole('link').allInnerTexts();
      expect(new Set(names).size, `links in ${await card.getAttribute('data-note')}: ${names.join(' | ')}`).toBe(names.length);
      await expect(card.getByRole('heading', { level: 3 })).toHaveCount(1);
    }
    // A note of several chapters names its first chapter by the chapter's own title.
    const fastest = page.locator('.home-card[data-note="fastest-docker"]');
    await expect(fastest).toContainText(tCount(lang, 'home.chapters', 13));
    await expect(fastest.getByRole('link').nth(1)).toHaveAttribute('href', `/${lang}/notes/fastest-docker/contents/`);
  });
}
