/**
 * The search of twin-search.ts, loaded when a query first needs it: a query searched in another language's index,
 * its passages shown as this language's twins, read from this language's fragments.
 */
import type { excerpt } from './excerpt.ts';
import { FRAGMENT_SIGNATURE } from './index-data.ts';
import type { passageOf, searchSite, Pagefind, SearchOutcome } from './pagefind-search.ts';
import type { QueryAnalyzer } from './query.ts';
import type { SearchHit } from './rerank.ts';
import type { fragmentUrl } from './settings.ts';

/**
 * What this module uses of the search the page has loaded already, handed over by search-box.ts: imported here, the
 * bundler would move them into a chunk of their own, one more file for every first search.
 */
export interface SearchTools {
  searchSite: typeof searchSite;
  passageOf: typeof passageOf;
  excerpt: typeof excerpt;
  fragmentUrl: typeof fragmentUrl;
  /** A file's response, or an error naming it when it cannot be loaded. */
  fetchOk: (url: string) => Promise<Response>;
}


export interface TwinFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}

/** A fragment file's record, from its bytes as served: gzip-compressed JSON after a signature, as Pagefind writes it. */
export async function readFragment(response: Response): Promise<TwinFragment> {
  const text = await new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text();
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${response.url} is not a Pagefind fragment`);
  return JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as TwinFragment;
}

/**
 * `hits`, found in another language's index, as their twins in `lang`: the same address, title, page and text in
 * this language, in the same order and with the same scores. `fragmentIds` is this language's address -> fragment
 * id (settings.ts fragmentIdsUrl); `load` reads a fragment by id. A hit whose twin cannot be loaded (offline, not
 * kept) is left out. The excerpt marks the words of `query` as this language's analyzer reads them, glossary
 * counterparts included (`bind mount` marks 바인드 마운트).
 */
export async function twinHits(
  hits: SearchHit[],
  lang: string,
  fragmentIds: Record<string, string>,
  load: (id: string) => Promise<TwinFragment>,
  analyzer: QueryAnalyzer,
  query: string,
  { passageOf, excerpt }: Pick<SearchTools, 'passageOf' | 'excerpt'>,
): Promise<SearchHit[]> {
  const asked = new Set(analyzer.analyze(query, { correct: false }).groups.flatMap((group) => group.map((alternative) => alternative.term)));
  const twins = await Promise.all(
    hits.map(async (hit) => {
      const address = hit.url.replace(/^\/[^/]+/, '');
      const id = fragmentIds[address];
      if (!id) return undefined;
      const fragment = await load(id).catch(() => undefined);
      if (!fragment) return undefined;
      const passage = passageOf(fragment);
      const marked = (word: string) => analyzer.terms(word).some((term) => asked.has(term));
      return { ...hit, url: `/${lang}${address}`, title: passage.title, context: passage.context, excerpt: excerpt(passage.text, (t) => marked(t.word)) };
    }),
  );
  return twins.filter((hit) => hit !== undefined);
}

/**
 * `query` searched with `other`'s Pagefind and analyzer, its hits shown as their twins in `analyzer`'s language,
 * whose passages' fragment ids by address are `fragmentIds` (settings.ts fragmentIdsUrl). Fails when a file it
 * needs cannot be loaded (offline, not kept), so that this language's own search answers.
 */
export async function searchTwins(
  tools: SearchTools,
  other: { pagefind: Pagefind; analyzer: QueryAnalyzer },
  analyzer: QueryAnalyzer,
  query: string,
  scope: string,
  fragmentIds: Record<string, string>,
): Promise<SearchOutcome> {
  const found = await tools.searchSite(other.pagefind, other.analyzer, query, scope);
  const load = async (id: string) => readFragment(await tools.fetchOk(tools.fragmentUrl(id)));
  // The counterparts the other language's glossary searched are in this language already: no notice for them.
  return { ...found, hits: await twinHits(found.hits, analyzer.lexicon.lang, fragmentIds, load, analyzer, query, tools), translations: [] };
}
