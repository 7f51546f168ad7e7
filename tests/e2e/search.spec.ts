import { expect, test } from './fixtures.ts';

test('a page that is only read downloads no search files', async ({ page }) => {
  const searchRequests: string[] = [];
  page.on('request', (r) => /\/search-index\/|\/search-box\./.test(r.url()) && searchRequests.push(r.url()));
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  await page.mouse.wheel(0, 2000);
  await page.waitForLoadState('networkidle');
  expect(searchRequests).toEqual([]);
  await page.getByRole('button', { name: '검색' }).click();
  await page.locator('#search-input').fill('--rm');
  // The first search downloads and compiles Pagefind's WebAssembly: give it longer than a keystroke.
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible({ timeout: 15_000 });
  expect(searchRequests.length).toBeGreaterThan(0);
});

test('/ and Ctrl+K open search; arrows move; Enter opens the passage, highlighted', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('/');
  const input = page.locator('#search-input');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.search-dialog')).not.toBeVisible();
  // Focus leaves the closed dialog's field at the browser's next rendering step, not at once: a key pressed before
  // then still goes to the hidden field (as typing, which the shortcut ignores). No reader types within that frame.
  await expect(input).not.toBeFocused();
  // With a query typed, one Escape closes it too (a search field's own Escape would only clear the query).
  await page.keyboard.press('/');
  await input.fill('volume');
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.search-dialog')).not.toBeVisible();
  await expect(input).not.toBeFocused();
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

test('a result on the page being read, tapped or clicked, closes the dialog and shows the passage', async ({ page }) => {
  await page.goto('/en/reference/run/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('--restart');
  const result = page.locator('#search-results [role="option"] a[href="/en/reference/run/#restart"]');
  await result.click();
  await expect(page.locator('dialog.search-dialog')).not.toBeVisible();
  await expect(page).toHaveURL(/\/en\/reference\/run\/#restart$/);
  await expect(page.locator('#restart')).toBeInViewport();
});

test('Enter typed with the query, before the list has caught up, opens what the whole query finds', async ({ page }) => {
  await page.goto('/ko/');
  const input = page.locator('#search-input');
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  // A list already answering the start of the query: without waiting, Enter would open its first row.
  await input.pressSequentially('--volumes');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', '--volumes');
  await input.pressSequentially('-from');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/ko\/reference\/run\/#volumes-from$/);
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

test('excerpts show only text a reader sees on the page, with the matched words marked', async ({ page }) => {
  for (const [lang, query, hidden] of [
    ['ko', '컨테이너를 삭제', '이 절의 링크'],
    ['en', 'remove a container', 'Link to this section'],
  ] as const) {
    await page.goto(`/${lang}/`);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill(query);
    await expect(page.locator('#search-results')).toHaveAttribute('data-query', query);
    const excerpts = page.locator('.search-results__excerpt');
    await expect(excerpts.locator('mark').first()).toBeVisible();
    expect((await excerpts.allTextContents()).join(' ')).not.toContain(hidden);
  }
});

test('a typo corrected only where the other language\'s words make it unambiguous still finds this site\'s passages', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('도거');
  await expect(page.locator('.search-dialog__notice')).toHaveText('‘도커’(으)로 고쳐 찾았습니다.');
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /^\/ko\//);
});

test('a Korean word matches as a word: a question about logs does not land on docker login', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('로그 ');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', '로그');
  await expect(page.locator('#search-results a').first()).not.toHaveAttribute('href', /\/reference\/login\//);
});

test('never a dead end: typos are corrected, partial matches and the other language are labelled', async ({ page }) => {
  test.setTimeout(60_000); // the other language's index loads on demand
  await page.goto('/en/');
  await page.keyboard.press('/');
  const input = page.locator('#search-input');
  const notice = page.locator('.search-dialog__notice');
  await input.fill('imgaes');
  await expect(notice).toHaveText('Showing results for “images”.');
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /\/en\/reference\/images\//);
  await input.fill('dockerfile qqqzzzxx');
  await expect(notice).toHaveText('No passage has every word; showing those that match the most.');
  await expect(page.locator('#search-results [role="option"]').first()).toBeVisible();
  // A word only the Korean notes use: the Korean site's passages, labelled and marked as Korean.
  await input.fill('하이버파이저');
  await expect(notice).toHaveText('Nothing matches on this site; showing results from the Korean site.');
  const first = page.locator('#search-results a').first();
  await expect(first).toHaveAttribute('href', /^\/ko\//);
  await expect(first).toHaveAttribute('lang', 'ko');
});

test('English words on the Korean site find the Korean passages, in Korean, at this site\'s addresses', async ({ page }) => {
  await page.goto('/ko/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('private registry');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'private registry');
  const first = page.locator('#search-results a').first();
  await expect(first).toHaveAttribute('href', '/ko/notes/fastest-docker/using-docker-further/#private-registry');
  await expect(first.locator('.search-results__title')).toContainText('개인 저장소');
  await expect(first).not.toHaveAttribute('lang', /./);
  // Found through the English index, but these are this site's own passages: not "results from the English site".
  await expect(page.locator('.search-dialog__notice')).toHaveText('');
});

test('when the English index cannot be loaded, English words on the Korean site are searched in the Korean one', async ({ page }) => {
  await page.route(/\/pagefind\/pagefind\.en_[0-9a-f]+\.pf_meta$/, (route) => route.abort());
  await page.goto('/ko/');
  await page.keyboard.press('/');
  await page.locator('#search-input').fill('private registry');
  await expect(page.locator('#search-results')).toHaveAttribute('data-query', 'private registry');
  await expect(page.locator('#search-results a').first()).toHaveAttribute('href', /^\/ko\//);
  await expect(page.locator('.search-dialog__status')).toHaveText(/\d+개/);
  // The Korean index answers through the glossary's counterparts, and says so; nothing says a part failed to load.
  await expect(page.locator('.search-dialog__notice')).toHaveText('함께 찾은 말: 개인 저장소, 사설 레지스트리');
});

test('a query holding $& or $\' is shown as typed in the status line, in both languages', async ({ page }) => {
  for (const [lang, expected] of [
    ['ko', "‘qqqzzzxx$&$'’에 맞는 결과가 없습니다."],
    ['en', "Nothing matches “qqqzzzxx$&$'”."],
  ] as const) {
    await page.goto(`/${lang}/`);
    await page.keyboard.press('/');
    await page.locator('#search-input').fill("qqqzzzxx$&$'");
    await expect(page.locator('.search-dialog__status')).toHaveText(expected, { timeout: 15_000 });
  }
});
