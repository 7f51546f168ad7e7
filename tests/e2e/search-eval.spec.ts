/**
 * Runs every query of tests/search-eval.json through the search dialog of the built site and
 * reports how often the expected passage is the first result (top-1) or among the first three.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenResults, type PagefindPage } from '../../src/search/results.ts';
import { searchQuery } from '../../src/search/korean-query.ts';
import { LOCALES, type Locale } from '../../src/i18n/index.ts';
import { expect, test } from './fixtures.ts';

interface EvalQuery {
  lang: Locale;
  query: string;
  expect: string[];
}
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, '../search-eval.json'), 'utf8')) as { queries: EvalQuery[] };

const matches = (url: string, targets: string[]) => targets.some((t) => (t.endsWith('/') ? url.startsWith(t) : url === t));
const rankOf = (urls: string[], targets: string[]) => urls.findIndex((u) => matches(u, targets));

test('the evaluation set: top-1 and top-3 through the search dialog', async ({ page }) => {
  test.setTimeout(180_000);
  const ranks: { q: EvalQuery; rank: number; got: string[] }[] = [];
  for (const lang of LOCALES) {
    await page.goto(`/${lang}/notes/docker-basics/concepts-and-commands/`);
    await page.keyboard.press('/');
    const input = page.locator('#search-input');
    for (const q of queries.filter((x) => x.lang === lang)) {
      await input.fill('');
      await input.fill(q.query);
      await expect(page.locator('.search-dialog__status')).not.toHaveText(/^$|…/);
      const got = await page
        .locator('#search-results a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
      ranks.push({ q, rank: rankOf(got, q.expect), got: got.slice(0, 3) });
    }
  }
  const top1 = ranks.filter((r) => r.rank === 0).length;
  const top3 = ranks.filter((r) => r.rank >= 0 && r.rank < 3).length;
  for (const r of ranks.filter((x) => x.rank !== 0)) {
    console.log(`  miss@1 [${r.q.lang}] ${r.q.query} -> rank ${r.rank < 0 ? 'none' : r.rank + 1}; got ${r.got.join(', ')}`);
  }
  console.log(`search eval: ${ranks.length} queries, top-1 ${top1} (${((100 * top1) / ranks.length).toFixed(1)}%), top-3 ${top3} (${((100 * top3) / ranks.length).toFixed(1)}%)`);
  expect(ranks.length).toBeGreaterThanOrEqual(40);
  expect(top1 / ranks.length, 'top-1 share').toBeGreaterThanOrEqual(0.9);
  expect(top3 / ranks.length, 'top-3 share').toBeGreaterThanOrEqual(0.95);
});

test('Korean queries with particles: stripping them in the query beats searching them as typed', async ({ page }) => {
  await page.goto('/ko/');
  const korean = queries.filter((q) => q.lang === 'ko' && /[\uac00-\ud7a3]/.test(q.query));
  const run = (query: string) =>
    page.evaluate(async (q) => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
      await pagefind.init();
      const search = await pagefind.search(q);
      return Promise.all(search.results.slice(0, 8).map((r: { data: () => Promise<unknown> }) => r.data()));
    }, query) as Promise<PagefindPage[]>;
  let asTyped = 0;
  let stemmed = 0;
  for (const q of korean) {
    if (rankOf(flattenResults(await run(q.query), 10, q.query.split(' ')).map((h) => h.url), q.expect) === 0) asTyped++;
    const stems = searchQuery(q.query);
    if (rankOf(flattenResults(await run(stems), 10, stems.split(' ')).map((h) => h.url), q.expect) === 0) stemmed++;
  }
  console.log(`korean phrases: ${korean.length} queries, top-1 as typed ${asTyped}, with particles stripped ${stemmed}`);
  expect(stemmed).toBeGreaterThan(asTyped);
});
