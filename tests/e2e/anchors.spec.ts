import { expect, test } from './fixtures.ts';

test('a bookmarked heading opens scrolled to that heading', async ({ page }) => {
  await page.goto('/ko/notes/fastest-docker/using-docker/#rm-command');
  const heading = page.locator('#rm-command');
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThan(40); // not hidden under the sticky header
});

test('the link icon of a heading puts its URL in the address bar and the clipboard', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/ko/notes/fastest-docker/using-docker/');
  const anchor = page.locator('a.heading__anchor[href="#exec-command"]');
  await expect(anchor).toHaveAccessibleName(/exec 명령으로 외부에서 컨테이너 안의 명령 실행하기/);
  await anchor.click();
  await expect(page).toHaveURL(/#exec-command$/);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/using-docker\/#exec-command$/);
  // Said where it can be seen, not only read out, and gone again after a moment.
  const status = page.locator('#copy-status');
  await expect(status).toHaveText('이 절의 링크를 복사했습니다');
  await expect(status).toBeInViewport();
  // A message to see, not a screen reader's one-pixel box.
  expect((await status.boundingBox())!.width).toBeGreaterThan(100);
  await expect(status).toBeHidden({ timeout: 5000 });
});

test('a code block copies its command without prompt or label', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const block = page.locator('figure.code').filter({ hasText: 'docker run --rm hello-world' }).first();
  await block.getByRole('button', { name: '복사' }).click();
  await expect(block.getByRole('button')).toHaveText('복사했습니다');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker run --rm hello-world');
});

test('--rm stays two hyphens in prose and code', async ({ page }) => {
  await page.goto('/ko/notes/docker-basics/concepts-and-commands/');
  const text = await page.locator('article').innerText();
  expect(text).toContain('--rm');
  expect(text).not.toMatch(/[–—]rm/);
});
