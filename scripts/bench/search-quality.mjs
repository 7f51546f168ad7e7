/**
 * Search quality on the evaluation set, per category: top-1, top-3 and mean reciprocal rank, with
 * the ranking code the search box runs (src/search/engine.ts) over the built index.
 *   node scripts/bench/search-quality.mjs [--misses]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchEngine } from '../../src/search/engine.ts';
import { INDEX_PATH } from '../../src/search/settings.ts';
import { evalQueries, rankOf, scoreByCategory } from '../../tests/support/search-eval.ts';

export function searchQuality(dist) {
  const engines = {};
  const engine = (lang) => (engines[lang] ??= new SearchEngine(JSON.parse(readFileSync(join(dist, INDEX_PATH, `${lang}.json`), 'utf8'))));
  const ranked = evalQueries().map((query) => {
    const urls = engine(query.lang).search(query.query).hits.map((h) => h.url);
    return { query, rank: rankOf(urls, query.expect), got: urls.slice(0, 3) };
  });
  return { scores: scoreByCategory(ranked), misses: ranked.filter((r) => r.rank !== 0) };
}

if (import.meta.main) {
  const { scores, misses } = searchQuality(join(import.meta.dirname, '../../dist'));
  if (process.argv.includes('--misses')) {
    for (const m of misses) console.log(`miss [${m.query.category} ${m.query.lang}] ${m.query.query} -> ${m.rank < 0 ? 'none' : m.rank + 1}: ${m.got.join(' ')}`);
  }
  for (const s of scores) console.log(`${s.category.padEnd(15)} ${String(s.count).padStart(3)}  top-1 ${(100 * s.top1).toFixed(0)}%  top-3 ${(100 * s.top3).toFixed(0)}%  MRR ${s.mrr.toFixed(2)}`);
}
