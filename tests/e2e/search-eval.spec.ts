/**
 * The evaluation set (tests/search-eval.json) through the real search dialog of the built site, one
 * test per category so they run in parallel: in every category the first result holds the answer for
 * at least 90% of the queries. `npm run bench` prints the same numbers from the same ranking code.
 */
import { LOCALES } from '../../src/i18n/index.ts';
import { evalQueries, rankOf, type EvalQuery } from '../support/search-eval.ts';
import { expect, test } from './fixtures.ts';

const queries = evalQueries();
const categories = [...new Set(queries.map((q) => q.category))];

for (const category of categories) {
  test(`search evaluation: ${category}`, async ({ page }) => {
    const ranks: { q: EvalQuery; rank: number; got: string[] }[] = [];
    for (const lang of LOCALES) {
      const own = queries.filter((q) => q.category === category && q.lang === lang);
      if (!own.length) continue;
      await page.goto(`/${lang}/notes/docker-basics/concepts-and-commands/`);
      await page.keyboard.press('/');
      const input = page.locator('#search-input');
      const list = page.locator('#search-results');
      for (const q of own) {
        await input.fill(q.query);
        await expect(list).toHaveAttribute('data-query', q.query.trim());
        const got = await list.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
        ranks.push({ q, rank: rankOf(got, q.expect), got: got.slice(0, 3) });
      }
    }
    for (const r of ranks.filter((x) => x.rank !== 0)) {
      console.log(`  miss@1 [${r.q.lang}] ${r.q.query} -> ${r.rank < 0 ? 'none' : r.rank + 1}; got ${r.got.join(', ')}`);
    }
    const top1 = ranks.filter((r) => r.rank === 0).length / ranks.length;
    console.log(`search eval ${category}: ${ranks.length} queries, top-1 ${(100 * top1).toFixed(0)}%`);
    expect(top1, `${category}: share of queries whose first result holds the answer`).toBeGreaterThanOrEqual(0.9);
  });
}

test('the evaluation set is large and varied enough to mean something', () => {
  const count = (predicate: (q: EvalQuery) => boolean) => queries.filter(predicate).length;
  expect(queries.length).toBeGreaterThanOrEqual(150);
  expect(count((q) => q.category === 'question')).toBeGreaterThanOrEqual(60);
  expect(count((q) => q.category === 'question' && q.lang === 'ko')).toBe(count((q) => q.category === 'question' && q.lang === 'en'));
  expect(count((q) => q.category === 'cross-language')).toBeGreaterThanOrEqual(15);
  expect(count((q) => q.category === 'flag')).toBeGreaterThanOrEqual(20);
  expect(count((q) => q.category === 'command')).toBeGreaterThanOrEqual(20);
  expect(count((q) => q.category === 'typo')).toBeGreaterThanOrEqual(5);
});
