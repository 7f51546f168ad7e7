import type { Locator, Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

const WINDOWS_SECTION = 'notes/easy-docker/images-and-containers/';
const BASH_NOTE = 'notes/docker-basics/concepts-and-commands/';

test('a tab the note does not have says it was added, in the page language, and each set opens on the note’s own shell', async ({ page }) => {
  await page.goto(`/ko/${WINDOWS_SECTION}`);
  const tabs = page.locator('shell-tabs').first().getByRole('tab');
  await expect(tabs).toHaveText(['Bash', 'PowerShell', 'cmd']);
  await expect(page.locator('shell-tabs').first().getByRole('tabpanel')).not.toContainText('덧붙였습니다');
  await tabs.nth(2).click();
  await expect(page.locator('shell-tabs').first().getByRole('tabpanel')).toContainText('노트에는 PowerShell 명령만 있습니다. 이 cmd 명령은 이 사이트에서 덧붙였습니다.');
  // Choosing a tab is remembered; the reader here has not chosen yet.
  await page.evaluate(() => localStorage.removeItem('shell'));
  await page.reload();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(1)).toHaveAttribute('tabindex', '0');

  await page.goto(`/en/${BASH_NOTE}`);
  const sets = page.locator('shell-tabs');
  await expect(sets).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await expect(sets.nth(i).getByRole('tab')).toHaveText(['Bash', 'PowerShell', 'cmd']);
    await expect(sets.nth(i).getByRole('tab', { name: 'Bash' })).toHaveAttribute('aria-selected', 'true');
  }
});

test('a command corrected because Docker removed it shows the original and why, under the block', async ({ page }) => {
  for (const [lang, reason] of [
    ['ko', /1\.10에서 제거/],
    ['en', /removed in Docker 1\.10/],
  ] as const) {
    await page.goto(`/${lang}/notes/fastest-docker/remote-api/`);
    const figure = page.locator('figure.code', { has: page.locator('.legacy-notice--corrected') });
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('pre')).toContainText('dockerd -H tcp://0.0.0.0:4243');
    await expect(figure.locator('.legacy-notice--corrected del')).toHaveText('docker -d -H tcp://0.0.0.0:4243');
    await expect(figure.getByRole('note')).toContainText(reason);
    await figure.getByRole('note').getByRole('link').click();
    await expect(page).toHaveURL(/#corrections$/);
  }
});

/** Whether `element`'s focus ring (its box grown by outline width and offset) is inside every ancestor that clips. */
function focusRingUnclipped(element: Locator) {
  return element.evaluate((el) => {
    const style = getComputedStyle(el);
    const grow = Math.max(0, (parseFloat(style.outlineWidth) || 0) + (parseFloat(style.outlineOffset) || 0));
    const box = el.getBoundingClientRect();
    const ring = { left: box.left - grow, right: box.right + grow, top: box.top - grow, bottom: box.bottom + grow };
    if (ring.left < 0 || ring.right > document.documentElement.clientWidth) return `ring ${ring.left}..${ring.right} leaves the viewport`;
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(node);
      if (overflowX === 'visible' && overflowY === 'visible') continue;
      const clip = node.getBoundingClientRect();
      if (ring.left < clip.left || ring.right > clip.right || ring.top < clip.top || ring.bottom > clip.bottom) {
        return `clipped by ${node.tagName.toLowerCase()}.${node.className}`;
      }
    }
    return 'unclipped';
  });
}

async function checkEveryTabInSight(page: Page) {
  const sets = page.locator('shell-tabs');
  const count = await sets.count();
  expect(count).toBeGreaterThan(0);
  const width = page.viewportSize()!.width;
  for (let i = 0; i < count; i++) {
    const tabs = sets.nth(i).getByRole('tab');
    const list = sets.nth(i).getByRole('tablist');
    await list.scrollIntoViewIfNeeded();
    expect(await list.evaluate((el) => el.scrollWidth <= el.clientWidth), `set ${i}: the tab strip overflows`).toBe(true);
    for (let k = 0; k < (await tabs.count()); k++) {
      const box = (await tabs.nth(k).boundingBox())!;
      expect(box.x, `set ${i} tab ${k}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `set ${i} tab ${k}`).toBeLessThanOrEqual(width);
    }
    // Keyboard focus on the last tab: its ring must be drawn whole.
    await tabs.first().focus();
    await page.keyboard.press('End');
    await expect(tabs.last()).toBeFocused();
    expect(await focusRingUnclipped(tabs.last())).toBe('unclipped');
  }
}

for (const lang of LOCALES) {
  test(`@phone every shell tab is in sight and its focus ring is whole (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [BASH_NOTE, WINDOWS_SECTION]) {
      await page.goto(`/${lang}/${path}`);
      await checkEveryTabInSight(page);
    }
  });
}

test('on a wide screen every shell tab is in sight and its focus ring is whole', async ({ page }) => {
  await page.goto(`/en/${BASH_NOTE}`);
  await checkEveryTabInSight(page);
});
