/**
 * Search quality on every evaluation set (tune, hold-out, blind), per category: top-1, top-3 and mean reciprocal
 * rank, typed into the real search box of the built site in Chromium (the code readers run).
 *   node scripts/bench/search-quality.mjs [--misses] [--set tune|holdout|blind]
 * --misses lists a set's misses: study only the tune set's; a hold-out query you study moves to the tune file.
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { EVAL_SETS, evalQueries, rankOf, scoreByCategory, searchThroughDialog } from '../lib/search-eval.ts';
import { freePort, startNginx } from '../lib/nginx.ts';

/** Per set: the scores per category and the queries whose first result does not answer. */
export async function searchQuality(dist, sets = EVAL_SETS) {
  const server = await startNginx({ port: await freePort(), site: dist });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const quality = {};
    for (const set of sets) {
      const found = await searchThroughDialog(page, server.url, evalQueries(set));
      const ranked = found.map(({ query, urls }) => ({ query, rank: rankOf(urls, query.expect), got: urls.slice(0, 3) }));
      quality[set] = { scores: scoreByCategory(ranked), misses: ranked.filter((r) => r.rank !== 0) };
    }
    return quality;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.main) {
  const at = process.argv.indexOf('--set');
  const sets = at > 0 ? [process.argv[at + 1]] : EVAL_SETS;
  const quality = await searchQuality(join(import.meta.dirname, '../../dist'), sets);
  for (const [set, { scores, misses }] of Object.entries(quality)) {
    console.log(`${set}:`);
    if (process.argv.includes('--misses')) {
      for (const m of misses) console.log(`  miss [${m.query.category} ${m.query.lang}] ${m.query.query} -> ${m.rank < 0 ? 'none' : m.rank + 1}: ${m.got.join(' ')}`);
    }
    for (const s of scores) console.log(`  ${s.category.padEnd(15)} ${String(s.count).padStart(3)}  top-1 ${(100 * s.top1).toFixed(0)}%  top-3 ${(100 * s.top3).toFixed(0)}%  MRR ${s.mrr.toFixed(2)}`);
  }
}
