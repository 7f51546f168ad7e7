/**
 * The evaluation set (tests/search-eval.json) through the real search dialog of the built site, one
 * test per category so they run in parallel: in every category the first result holds the answer for
 * at least 90% of the queries. `npm run bench` prints the same numbers the same way.
 */
import { evalQueries, rankOf, searchThroughDialog, type EvalQuery } from '../../scripts/lib/search-eval.ts';
import { expect, test } from './fixtures.ts';

const queries = evalQueries();

for (const category of [...new Set(queries.map((q) => q.category))]) {
  test(`search evaluation: ${category}`, async ({ page }) => {
    test.setTimeout(120_000);
    const found = await searchThroughDialog(page, '', queries.filter((q) => q.category === category));
    const ranks = found.map(({ query, urls }) => ({ query, rank: rankOf(urls, query.expect), got: urls.slice(0, 3) }));
    for (const r of ranks.filter((x) => x.rank !== 0)) {
      console.log(`  miss@1 [${r.query.lang}] ${r.query.query} -> ${r.rank < 0 ? 'none' : r.rank + 1}; got ${r.got.join(', ')}`);
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
