/**
 * Search quality on the evaluation set, per category: top-1, top-3 and mean reciprocal rank, typed
 * into the real search box of the built site in Chromium (the code readers run).
 *   node scripts/bench/search-quality.mjs [--misses]
 */
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/browser.ts';
import { evalQueries, rankOf, scoreByCategory, searchThroughDialog } from '../lib/search-eval.ts';
import { serveStatic } from './static-server.mjs';

export async function searchQuality(dist) {
  const server = await serveStatic(dist);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    const found = await searchThroughDialog(page, server.url, evalQueries());
    const ranked = found.map(({ query, urls }) => ({ query, rank: rankOf(urls, query.expect), got: urls.slice(0, 3) }));
    return { scores: scoreByCategory(ranked), misses: ranked.filter((r) => r.rank !== 0) };
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) {
  const { scores, misses } = await searchQuality(join(import.meta.dirname, '../../dist'));
  if (process.argv.includes('--misses')) {
    for (const m of misses) console.log(`miss [${m.query.category} ${m.query.lang}] ${m.query.query} -> ${m.rank < 0 ? 'none' : m.rank + 1}: ${m.got.join(' ')}`);
  }
  for (const s of scores) console.log(`${s.category.padEnd(15)} ${String(s.count).padStart(3)}  top-1 ${(100 * s.top1).toFixed(0)}%  top-3 ${(100 * s.top3).toFixed(0)}%  MRR ${s.mrr.toFixed(2)}`);
}
