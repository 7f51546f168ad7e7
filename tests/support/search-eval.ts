/**
 * The evaluation set (tests/search-eval.json) and how it is scored; shared by the browser run
 * (tests/e2e/search-eval.spec.ts) and `npm run bench`. Ranking itself is never re-implemented here:
 * both run src/search/engine.ts, the code the search box runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalQuery {
  category: string;
  lang: string;
  query: string;
  expect: string[];
}

export const evalQueries = (): EvalQuery[] =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '../search-eval.json'), 'utf8')) as { queries: EvalQuery[] }).queries;

/** A result answers when its URL is a target, or lies on a target page (a target ending in `/`). */
export const answers = (url: string, targets: string[]) => targets.some((t) => (t.endsWith('/') ? url.startsWith(t) : url === t));

/** 0-based rank of the first answering result, -1 when none answers. */
export const rankOf = (urls: string[], targets: string[]) => urls.findIndex((u) => answers(u, targets));

export interface CategoryScore {
  category: string;
  count: number;
  top1: number;
  top3: number;
  mrr: number;
}

export function scoreByCategory(ranked: { query: EvalQuery; rank: number }[]): CategoryScore[] {
  const categories = [...new Set(ranked.map((r) => r.query.category))];
  return [...categories, 'all'].map((category) => {
    const own = ranked.filter((r) => category === 'all' || r.query.category === category);
    return {
      category,
      count: own.length,
      top1: own.filter((r) => r.rank === 0).length / own.length,
      top3: own.filter((r) => r.rank >= 0 && r.rank < 3).length / own.length,
      mrr: own.reduce((sum, r) => sum + (r.rank >= 0 ? 1 / (r.rank + 1) : 0), 0) / own.length,
    };
  });
}
