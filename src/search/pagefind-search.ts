/**
 * One search as the search box runs it: the analyzed query goes to Pagefind, the passages it finds are
 * re-ranked (rerank.ts), and when nothing holds every word the search widens to the passages that hold
 * most of them, saying so; then, if a word may be a typo, the query is searched again as corrected.
 */
import type { Passage } from './index-data.ts';
import type { AnalyzedQuery, QueryAnalyzer } from './query.ts';
import { isHangul } from './korean.ts';
import { rerank, type SearchHit } from './rerank.ts';
import { CANDIDATES, RESULT_LIMIT, WIDEN_BELOW } from './settings.ts';

/** The part of Pagefind's browser API used here. */
export interface Pagefind {
  search: (query: string, options?: object) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}

export interface SearchOutcome {
  hits: SearchHit[];
  corrections: [string, string][];
  translations: string[];
  /** No passage holds every word: the hits hold most of them. */
  partial: boolean;
}

/**
 * One language's passages, narrowed by `kind:reference` or `section:<note title>` as the scope menu offers
 * them. The language is a filter only once the other language's index is merged in: a filter costs a
 * download (about 1.8 KB) on the first search, and the page's own index holds only its own language.
 */
export function scopeFilters(scope: string, lang: string, mixed: boolean): { filters: Record<string, string> } {
  const filters: Record<string, string> = mixed ? { lang } : {};
  if (scope) {
    const [key, ...value] = scope.split(':');
    filters[key!] = value.join(':');
  }
  return { filters };
}

/** A record's fragment as the passage it was built from (see index-integration.ts for the meta fields). */
export function passageOf(fragment: { url: string; content: string; meta: Record<string, string> }): Passage {
  const { meta } = fragment;
  return {
    url: fragment.url,
    title: meta.title ?? fragment.url,
    context: meta.context ?? '',
    // The record's content is the visible text followed by words only the index sees.
    text: fragment.content.slice(0, Number(meta.visible ?? fragment.content.length)),
    kind: meta.kind === 'reference' ? 'reference' : 'notes',
    scope: meta.scope ?? '',
    ...(meta.phrases ? { phrases: meta.phrases } : {}),
    ...(meta.uses ? { uses: Number(meta.uses) } : {}),
    ...(meta.cited ? { cited: Number(meta.cited) } : {}),
  };
}

/** `mixed`: Pagefind holds both languages' indexes (the other one merged in for a search that found nothing here). */
export async function searchSite(pagefind: Pagefind, analyzer: QueryAnalyzer, query: string, scope = '', mixed = false, limit = RESULT_LIMIT): Promise<SearchOutcome> {
  const options = scopeFilters(scope, analyzer.lexicon.lang, mixed);
  const outcome = await searchAnalyzed(pagefind, analyzer, analyzer.analyze(query), options, limit);
  // No passage holds every word: one may be a typo. The words to correct it towards are fetched only
  // now, and the query searched again if they correct it.
  if ((outcome.partial || !outcome.hits.length) && (await analyzer.learnTypoWords())) {
    const corrected = analyzer.analyze(query);
    if (corrected.corrections.length) return searchAnalyzed(pagefind, analyzer, corrected, options, limit);
  }
  return outcome;
}

async function searchAnalyzed(
  pagefind: Pagefind,
  analyzer: QueryAnalyzer,
  { groups, corrections, translations }: AnalyzedQuery,
  options: { filters: Record<string, string> },
  limit: number,
): Promise<SearchOutcome> {
  if (!groups.length) return { hits: [], corrections: [], translations, partial: false };
  const find = async (words: string[]) => (await pagefind.search(words.join(' '), options))?.results ?? [];

  // Each word as typed, or as corrected when it is a typo (query.ts puts a correction first). A Korean
  // word on a site whose text has no Korean is searched as its glossary counterpart: the passages hold
  // the counterpart only once, as an index extra, so Pagefind could not rank them by it.
  const foreign = (term: string) => !analyzer.lexicon.korean.length && isHangul(term);
  const searched = groups.map((g) => (foreign(g[0]!.term) ? (g.find((a) => !foreign(a.term)) ?? g[0]!) : g[0]!).term);
  let results = await find(searched);
  const widened = !results.length;
  if (results.length < WIDEN_BELOW && groups.length > 1) {
    // Nothing (or next to nothing) holds every word: the passages that hold the most of them, the strongest first.
    const byId = new Map<string, { result: PagefindResult; words: number; score: number }>();
    // Each word on its own, asked together, counted in query order.
    for (const found of await Promise.all(searched.map((term) => find([term])))) {
      for (const result of found) {
        const seen = byId.get(result.id) ?? { result, words: 0, score: 0 };
        seen.words++;
        seen.score += result.score;
        byId.set(result.id, seen);
      }
    }
    results = [...byId.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((m) => ({ ...m.result, score: m.score }));
  }
  // A passage whose fragment cannot be loaded (offline, not kept) is left out rather than failing the search.
  const loaded = await Promise.all(results.slice(0, CANDIDATES).map((r) => r.data().then((data) => ({ passage: passageOf(data), score: r.score }), () => undefined)));
  const fragments = loaded.filter((f) => f !== undefined);
  const hits = rerank(fragments, groups, (text) => analyzer.terms(text)).slice(0, limit);
  const partial = (widened && hits.length > 0) || (hits.length > 0 && hits[0]!.answered < groups.length);
  return { hits, corrections: hits.length ? corrections : [], translations, partial };
}
