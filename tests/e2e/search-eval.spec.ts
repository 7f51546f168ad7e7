/**
 * Every evaluation set through the real search dialog of the built site, one test per set (each page that
 * searches loads the index anew, a few seconds a time): in every category the first result must hold the answer
 * for at least the set's floor (TOP1_FLOOR), each category checked and reported on its own. `npm run bench` prints
 * the same numbers against the target (TOP1_TARGET). Whether the sets are large, varied and apart is checked
 * without a browser (tests/content/search-eval-sets.test.ts).
 */
import { EVAL_SETS, evalFile, evalQueries, rankOf, searchThroughDialog, TOP1_FLOOR } from '../../scripts/lib/search-eval.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { expect, test } from './fixtures.ts';

for (const set of EVAL_SETS) {
  test(`search evaluation ${set}: every category`, async ({ page }) => {
    test.setTimeout(240_000);
    const found = await searchThroughDialog(page, '', evalQueries(set));
    const ranks = found.map(({ query, urls }) => ({ query, rank: rankOf(urls, query.expect), got: urls.slice(0, 3) }));
    // The tune set's misses are printed to study; a hold-out miss is counted only (studying it moves it to the tune file).
    if (set === 'tune') for (const r of ranks.filter((x) => x.rank !== 0)) console.log(`  miss@1 [${r.query.lang}] ${r.query.query} -> ${r.rank < 0 ? 'none' : r.rank + 1}; got ${r.got.join(', ')}`);
    for (const category of [...new Set(ranks.map((r) => r.query.category))]) {
      const inCategory = ranks.filter((r) => r.query.category === category);
      const top1 = inCategory.filter((r) => r.rank === 0).length / inCategory.length;
      console.log(`search eval ${set} ${category}: ${inCategory.length} queries, top-1 ${(100 * top1).toFixed(0)}%`);
      expect.soft(top1, `${evalFile(set)} ${category}: share of queries whose first result holds the answer`).toBeGreaterThanOrEqual(TOP1_FLOOR[set]);
    }
  });
}

// The evaluation counts any passage of an entry's page for a command's name; a reader typing `docker rm` means the
// entry itself, not one of its flags' rows. Where it stands: all but the bare `docker` and the legacy `docker -d`.
const OWN_NAME_FLOOR = 0.95;
const entries = loadReferenceEntries('content/commands');
for (const lang of LOCALES) {
  test(`a reference entry's own name finds the entry itself first (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    const queries = entries.map(({ id, data }) => ({ category: 'own name', lang, query: data.name, expect: [`/${lang}/reference/${id}/`] }));
    const found = await searchThroughDialog(page, '', queries);
    const misses = found.filter(({ query, urls }) => urls[0] !== query.expect[0]);
    for (const { query, urls } of misses) console.log(`  own name [${lang}] ${query.query} -> ${urls[0] ?? 'nothing'}`);
    expect((found.length - misses.length) / found.length, 'share of entries whose name finds the entry first').toBeGreaterThanOrEqual(OWN_NAME_FLOOR);
  });
}
