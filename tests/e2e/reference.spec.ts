import { expect, test } from './fixtures.ts';
import { FLAG_INDEX_PARTS } from '../../src/reference/flag-index.ts';

const CHEAT_SHEET = '/ko/notes/easy-docker/images-and-containers/';

test('tabs follow the WAI-ARIA pattern: arrows, Home and End move between shells', async ({ page }) => {
  await page.goto(CHEAT_SHEET);
  const tabs = page.locator('shell-tabs').first().getByRole('tab');
  await expect(tabs).toHaveCount(3);
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('shell-tabs').first().getByRole('tabpanel')).toContainText('ForEach-Object');
  await page.keyboard.press('End');
  await expect(tabs.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tabs.nth(0)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
});

test('choosing a shell switches every tab set on the page and is remembered on the next page', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const sets = page.locator('shell-tabs');
  await expect(sets).toHaveCount(3);
  await sets.first().getByRole('tab', { name: /PowerShell/ }).click();
  for (let i = 0; i < 3; i++) {
    await expect(sets.nth(i).getByRole('tab', { name: /PowerShell/ })).toHaveAttribute('aria-selected', 'true');
  }
  await page.goto(CHEAT_SHEET);
  await expect(page.locator('shell-tabs').first().getByRole('tab', { name: /PowerShell/ })).toHaveAttribute('aria-selected', 'true');
  await page.goto('/en/reference/run/');
  await expect(page.locator('shell-tabs').first().getByRole('tab', { name: /PowerShell/ })).toHaveAttribute('aria-selected', 'true');
});

test('without JavaScript every shell variant is shown, each labelled', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHEAT_SHEET);
  const set = page.locator('shell-tabs').first();
  await expect(set.getByRole('tab')).toHaveCount(0);
  for (const text of ['docker rm -f $(docker ps -aq)', 'ForEach-Object', 'FOR /f']) await expect(set.getByText(text)).toBeVisible();
  await expect(set.locator('.shell-tab__label')).toHaveText(['Bash (Linux, macOS)', 'PowerShell (Windows)', 'cmd (Windows)']);
  await expect(set.locator('.shell-tab__added')).toHaveText([/이 Bash 명령은 이 사이트에서 덧붙였습니다/, /이 cmd 명령은 이 사이트에서 덧붙였습니다/]);
  await context.close();
});

test('printing shows every shell variant', async ({ page }) => {
  await page.goto(CHEAT_SHEET);
  await page.emulateMedia({ media: 'print' });
  const panels = page.locator('shell-tabs').first().getByRole('tabpanel', { includeHidden: true });
  await expect(panels).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(panels.nth(i)).toBeVisible();
});

test('commands and flags in code link to their reference anchors', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const rm = page.locator('pre a.cmd-link', { hasText: '--rm' }).first();
  await expect(rm).toHaveAttribute('href', '../../../reference/run/#rm');
  await rm.click();
  await expect(page).toHaveURL(/\/ko\/reference\/run\/#rm$/);
  await expect(page.locator('#rm')).toBeInViewport();
});

test('copying a block with links copies the plain command', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/en/notes/docker-basics/concepts-and-commands/');
  const block = page.locator('figure.code').filter({ hasText: 'docker run --rm hello-world' }).first();
  await block.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker run --rm hello-world');
});

test('a legacy command in the notes that still works stays as written and shows what replaces it', async ({ page }) => {
  await page.goto('/en/notes/fastest-docker/using-docker-further/');
  const block = page.locator('figure.code').filter({ has: page.locator('.legacy-notice:not(.legacy-notice--corrected)') }).first();
  const notice = block.locator('.legacy-notice');
  await expect(notice).toContainText('docker run --link');
  await expect(notice).toContainText('docker network create');
  await expect(notice.getByRole('link')).toHaveAttribute('href', '/en/reference/run/#link');
  await expect(block.locator('pre')).toContainText('--link');
});

test('the flag index narrows as you type, across all its parts, and links to the flag anchor', async ({ page }) => {
  await page.goto('/en/reference/flags/');
  const rows = page.locator('.flag-table tbody tr:visible');
  const parts = page.getByRole('navigation', { name: 'Flags by first letter' }).getByRole('link');
  // The parts cover A to Z between them, one link each.
  await expect(parts).toHaveCount(FLAG_INDEX_PARTS);
  await expect(parts.first()).toHaveText(/^A–/);
  await expect(parts.last()).toHaveText(/–Z$/);
  const own = await rows.count();
  expect(own).toBeGreaterThan(100);
  await expect(page.locator('.flag-filter__count')).toHaveText(`${own} flags`);
  // docker run and docker create share the flag, no other command has it, and it is listed in the last part.
  const filter = page.getByLabel('Find a flag or a word in its description');
  await filter.fill('--volumes-from');
  await expect(rows).toHaveCount(2);
  await expect(page.locator('.flag-filter__count')).toHaveText('2 flags');
  // An empty query shows this part again, not the parts fetched for the filter.
  await filter.fill('');
  await expect(rows).toHaveCount(own);
  await filter.fill('--volumes-from');
  await rows.filter({ hasText: 'docker run' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/reference\/run\/#volumes-from$/);
});

test('the flag index keeps its query in the address, so a filtered list can be shared', async ({ page }) => {
  await page.goto('/en/reference/flags/?q=--volumes-from');
  await expect(page.locator('#flag-filter-input')).toHaveValue('--volumes-from');
  await expect(page.locator('.flag-table tbody tr:visible')).toHaveCount(2);
  await page.locator('#flag-filter-input').fill('--rm');
  await expect(page).toHaveURL(/\/en\/reference\/flags\/\?q=--rm$/);
  await page.locator('#flag-filter-input').fill('');
  await expect(page).toHaveURL(/\/en\/reference\/flags\/$/);
});

test('the flag index reads a flag as the CLI does: -it is -i and -t, -P is not -p, a value is left out', async ({ page }) => {
  await page.goto('/ko/reference/flags/');
  const names = page.locator('.flag-table tbody tr:visible th code');
  const filter = page.locator('#flag-filter-input');
  const shownNames = async () => (await names.allTextContents()).map((text) => text.split(', '));

  // docker run's -i and -t, and docker compose run's -i.
  await filter.fill('run -it');
  await expect(page.locator('.flag-filter__count')).toHaveText('플래그 3개');
  expect((await shownNames()).map((n) => n[0]).sort()).toEqual(['-i', '-i', '-t']);

  await filter.fill('-P');
  await expect(names.first()).toBeVisible();
  const capital = await shownNames();
  expect(capital.length).toBeGreaterThan(0);
  for (const n of capital) expect(n).toContain('-P');

  // Flags as pasted from a command: the values are left out, and each flag's rows are listed.
  await filter.fill('docker run -e FOO=bar');
  await expect(names.first()).toBeVisible();
  for (const n of await shownNames()) expect(n).toContain('-e');
  await filter.fill('—rm');
  await expect(names.first()).toHaveText('--rm');

  // docker run, create and update have the flag; docker restart and docker compose restart are not it.
  await filter.fill('restart=always');
  await expect(page.locator('.flag-filter__count')).toHaveText('플래그 3개');
  for (const n of await shownNames()) expect(n).toEqual(['--restart']);
});

test('each part of the flag index is a page of its own, named by its letters, in both languages', async ({ page }) => {
  await page.goto('/ko/reference/flags/');
  const parts = page.getByRole('navigation', { name: '첫 글자로 나눈 플래그' }).getByRole('link');
  const last = parts.last();
  const letters = (await last.textContent())!.trim();
  const [from, to] = letters.split('–').map((l) => l.toLowerCase());
  await last.click();
  await expect(page).toHaveURL(`/ko/reference/flags/${from}-${to}/`);
  await expect(page.locator('h1')).toHaveText(`플래그 찾아보기, ${letters}`);
  await expect(page.locator('.flag-table tbody th a').first()).toHaveAttribute('href', new RegExp(`#${from}`));
  await page.getByRole('link', { name: /English/ }).first().click();
  await expect(page).toHaveURL(`/en/reference/flags/${from}-${to}/`);
});

test('the reference lists the passages of the notes that use a command', async ({ page }) => {
  await page.goto('/ko/reference/commit/');
  const passages = page.locator('.passages a');
  await expect(passages.first()).toBeVisible();
  await passages.first().click();
  await expect(page).toHaveURL(/\/ko\/notes\/.+#.+/);
});
