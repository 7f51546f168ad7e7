/**
 * The evaluation sets and how they are scored; shared by the browser run (tests/e2e/search-eval.spec.ts)
 * and `npm run bench`. Ranking itself is never re-implemented here: both type the queries into the real
 * search box (searchThroughDialog).
 *
 * - `tune` (tests/search-eval.tune.json): what ranking is tuned against; a reader phrase may come from it.
 * - `holdout` (tests/search-eval.holdout.json): written blind, from the built pages only, by someone who never
 *   saw the reader phrases, the glossary or the ranking code. It measures whether ranking generalises, so its
 *   words never go into `phrases:` or the glossary; a hold-out query studied to fix a miss moves to the tune
 *   file, and a new one written blind takes its place.
 * - `blind` (tests/search-eval.blind.json): written blind the same way, later, by a reader with concrete problems
 *   who had never seen the other sets. The hold-out, studied query by query over many changes, had stopped seeing
 *   how ranking does on questions nobody tuned for; this set sees it again (its questions stood at 63 % top-1 when
 *   it was written, the hold-out's at 91 %). 86 queries by four more readers, written blind the same way, joined
 *   it later, so that a rule's gain on a few queries is told from chance. The same rules as the hold-out's keep it blind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalQuery {
  category: string;
  lang: string;
  query: string;
  expect: string[];
}

export const EVAL_SETS = ['tune', 'holdout', 'blind'] as const;
export type EvalSet = (typeof EVAL_SETS)[number];

/** Where a set lives, relative to the repository root. */
export const evalFile = (set: EvalSet) => `tests/search-eval.${set}.json`;

/** Top-1 every category of every set is to reach; `npm run bench` says where each stands against it. */
export const TOP1_TARGET = 0.9;

/**
 * The least top-1 every category of a set must keep in the test suite. The hold-out set's is the target itself: it is
 * the measure of questions nobody tuned for. The tune set's is a little under where ranking stands, so a change that
 * loses ground fails; so is the blind set's, which is far under the target (`npm run bench` shows the distance) and is
 * to be raised as ranking gets there. Never lower one to let a change pass.
 */
// The tune set's was 0.75 until 154 queries written blind for study joined it (2026-12-07): questions nobody had tuned
// for, they brought its questions from 77 % to 74 % with ranking unchanged (75 % once studied).
export const TOP1_FLOOR: Record<EvalSet, number> = { tune: 0.72, holdout: TOP1_TARGET, blind: 0.65 };

export const evalQueries = (set: EvalSet): EvalQuery[] =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '../..', evalFile(set)), 'utf8')) as { queries: EvalQuery[] }).queries;

/** A result answers when its URL is a target, or lies on a target page (a target ending in `/`). */
export const answers = (url: string, targets: string[]) => targets.some((t) => (t.endsWith('/') ? url.startsWith(t) : url === t));

/**
 * 0-based rank of the first answering result, -1 when none answers. A query with no targets is one the site
 * has no answer for (`xxxxxxxx`): it is answered, at rank 0, only by "nothing matches".
 */
export const rankOf = (urls: string[], targets: string[]) => (targets.length ? urls.findIndex((u) => answers(u, targets)) : urls.length ? -1 : 0);

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

/** The part of a Playwright page used here, so scripts and tests can share the loop. */
interface DialogPage {
  goto: (url: string) => Promise<unknown>;
  keyboard: { press: (key: string) => Promise<void> };
  evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;
}

/**
 * Types each query into the search dialog of `/<lang>/` pages (through `base`) and reads the result
 * URLs once the list answers that query: no pauses, the list says which query it shows. The "Explain this
 * command" row a command line gets before its results is an action, not a passage found: it is not a result.
 * The queries of a language are typed in one call into the page, as `fill()` types them (the value set, then an
 * `input` event): a round trip to the browser for each step of each query was most of the time the loop took.
 */
export async function searchThroughDialog(page: DialogPage, base: string, queries: EvalQuery[]): Promise<{ query: EvalQuery; urls: string[] }[]> {
  const found: { query: EvalQuery; urls: string[] }[] = [];
  for (const lang of [...new Set(queries.map((q) => q.lang))]) {
    await page.goto(`${base}/${lang}/notes/docker-basics/concepts-and-commands/`);
    await page.keyboard.press('/');
    const asked = queries.filter((q) => q.lang === lang);
    const answers = await page.evaluate(async (texts: string[]) => {
      const input = document.querySelector<HTMLInputElement>('#search-input')!;
      const list = document.querySelector<HTMLElement>('#search-results')!;
      const results: string[][] = [];
      for (const text of texts) {
        // The list's data-query is set as it shows a query's results: written again even when unchanged.
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (list.dataset.query !== text.trim()) return;
            observer.disconnect();
            resolve();
          });
          observer.observe(list, { attributes: true, attributeFilter: ['data-query'] });
        });
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await shown;
        const links = [...list.querySelectorAll<HTMLAnchorElement>('li:not(.search-results__explain) a')];
        results.push(links.map((a) => new URL(a.href).pathname + new URL(a.href).hash));
      }
      return results;
    }, asked.map((q) => q.query));
    asked.forEach((query, i) => found.push({ query, urls: answers[i]! }));
  }
  return found;
}
