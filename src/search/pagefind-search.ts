/**
 * One search as the search box runs it: the analyzed query goes to Pagefind, the passages it finds are
 * re-ranked (rerank.ts), and when nothing holds every word the search widens to the passages that hold
 * most of them, saying so; then, if a word may be a typo, the query is searched again as corrected.
 */
import { entryKey, instructionKey, visibleContent, type Passage } from './index-data.ts';
import type { AnalyzedQuery, QueryAnalyzer } from './query.ts';
import { isHangul } from '../i18n/hangul.ts';
import { isLocale, WRITTEN_IN_HANGUL } from '../i18n/locales.ts';
import { COMMAND_GROUP_WORDS } from './lexicon.ts';
import { rerank, type SearchHit } from './rerank.ts';
import { CANDIDATES, COMMON_WORD_CANDIDATES, COMMON_WORD_PASSAGES, EXTRA_CANDIDATES, RESULT_LIMIT, TYPO_SUSPECT_COUNT, WIDEN_BELOW } from './settings.ts';

/** The part of Pagefind's browser API used here. */
export interface Pagefind {
  search: (query: string, options?: object) => Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string>; filters?: Record<string, string[]> }>;
}

export interface SearchOutcome {
  hits: SearchHit[];
  corrections: [string, string][];
  translations: string[];
  /** No passage holds every word: the hits hold most of them. */
  partial: boolean;
  /** Nothing matches: the words of this site nearest to those typed, as queries to try. */
  suggestions: string[];
}

/**
 * The passages a scope narrows to, as the scope menu offers them: `kind:reference` or `section:<note title>`. No
 * language: each language's index has a Pagefind of its own (search-box.ts loadPagefind).
 */
export function scopeFilters(scope: string): { filters: Record<string, string> } {
  const filters: Record<string, string> = {};
  if (scope) {
    const [key, ...value] = scope.split(':');
    filters[key!] = value.join(':');
  }
  return { filters };
}

/** A count kept in a record's meta, as text; undefined when the record has none. */
const countOf = (value: string | undefined) => (value ? Number(value) : undefined);

/** A record's fragment as the passage it was built from (see records.ts for the meta fields). */
export function passageOf(fragment: { url: string; content: string; meta: Record<string, string>; filters?: Record<string, string[]> }): Passage {
  const { meta, filters = {} } = fragment;
  return {
    url: fragment.url,
    title: meta.title ?? fragment.url,
    // In the browser, only the title of the page a note's passage is on, the part of its context results show; none
    // for a reference passage, whose title names its page (records.ts).
    context: meta.page ?? '',
    // The build cuts the words only the index sees out of each fragment (fragments.ts). Cut here too: a reader's
    // offline copy may hold a fragment of the same name from an earlier build, which still had them.
    text: visibleContent(fragment.content),
    kind: filters.kind?.[0] === 'reference' ? 'reference' : 'notes',
    // What the scope menu filters on; the search itself never reads it.
    scope: '',
    phrases: meta.phrases,
    aliases: meta.aliases,
    uses: countOf(meta.uses),
    cited: countOf(meta.cited),
    runs: meta.runs,
    legacy: !!meta.legacy,
  };
}

export async function searchSite(pagefind: Pagefind, analyzer: QueryAnalyzer, query: string, scope = '', limit = RESULT_LIMIT): Promise<SearchOutcome> {
  const options = scopeFilters(scope);
  // As typed first, even once the typo words are in: a query ranks the same whatever was searched before it,
  // and a correction always passes the test below.
  const first = analyzer.analyze(query, { correct: false });
  const { outcome, rareWords } = await searchAnalyzed(pagefind, analyzer, first, options, limit);
  // A hyphenated word the site writes apart (`copy-on-write` for Copy on Write) finds nothing as typed: its words
  // are searched, before any correction is tried. A flag's hyphens (`--volumes-from`) stay.
  const apart = wordsApart(query);
  if ((outcome.partial || !outcome.hits.length) && apart !== query) {
    const split = await searchAnalyzed(pagefind, analyzer, analyzer.analyze(apart, { correct: false }), options, limit);
    if (split.outcome.hits.length && !split.outcome.partial) return split.outcome;
  }
  // A word may be a typo: no passage holds every word, or a word typed is one almost no passage holds
  // (`dokcer`, written once in the notes, beside `docker` everywhere). The words to correct it towards are
  // fetched only now, and the query searched again if they correct it.
  const missing = outcome.partial || !outcome.hits.length;
  // A Latin word, a flag, a hyphenated word (`--memroy`, `docekr-compose`) or a Korean word may be a typo.
  // So may the word after `docker` that names no command (`docker exce`): that place is a command's.
  const suspect = missing || rareWords.some((w) => /^-{0,2}[a-z][a-z-]{3,}$/.test(w) || isHangul(w)) || notACommand(query, analyzer);
  if (suspect && (await analyzer.learnTypoWords())) {
    const corrected = analyzer.analyze(query);
    // When other words found passages, a word is corrected only towards one of the site's common words, or
    // towards a command's name (`docker exce` is `docker exec`, however rarely the notes run it):
    // `dokcer` is `docker`, but `packed` (a word the site never uses) is not `picked`.
    // A Korean correction has no rank, but only one stem could be meant (typo.ts correctKorean).
    const trusted = !outcome.hits.length || corrected.corrections.every(([, to]) => analyzer.trusts(to));
    if (corrected.corrections.length && trusted) {
      const again = await searchAnalyzed(pagefind, analyzer, corrected, options, limit);
      if (again.outcome.hits.length) return again.outcome;
    }
  }
  if (outcome.hits.length) return outcome;
  // Nothing matches: the nearest words the site uses, offered instead of stray passages.
  await analyzer.learnTypoWords();
  return { ...outcome, suggestions: analyzer.suggest(query) };
}

/** `query` with the hyphens inside its words made spaces, but not those of a flag (`--volumes-from`). */
export const wordsApart = (query: string) =>
  query.replace(/(^|\s)([^\s-][^\s]*)/g, (_, space: string, word: string) => space + word.replace(/(?<=[\p{L}\p{N}])-+(?=[\p{L}\p{N}])/gu, ' '));

/** The word after a leading `docker`, when it is neither a command's name nor a command group's (`image`, `container`). */
function notACommand(query: string, analyzer: QueryAnalyzer): boolean {
  const word = /^\s*docker\s+([a-z][a-z-]{2,})(\s|$)/i.exec(query)?.[1]?.toLowerCase();
  return word !== undefined && !analyzer.namesCommand(word) && !COMMAND_GROUP_WORDS.has(word);
}

interface Searched {
  outcome: SearchOutcome;
  /** Query words (as typed) that hardly any passage holds: possible typos. */
  rareWords: string[];
}

async function searchAnalyzed(pagefind: Pagefind, analyzer: QueryAnalyzer, analyzed: AnalyzedQuery, options: { filters: Record<string, string> }, limit: number): Promise<Searched> {
  const { groups, corrections, translations } = analyzed;
  const done = (hits: SearchHit[], partial: boolean, rareWords: string[] = []): Searched => ({
    outcome: { hits, corrections: hits.length ? corrections : [], translations, partial, suggestions: [] },
    rareWords,
  });
  if (!groups.length) return done([], false);
  const find = async (words: string[]) => (await pagefind.search(words.join(' '), options))?.results ?? [];

  // Each word as typed, or as corrected when it is a typo (query.ts puts a correction first). A Korean
  // word on a site not written in Korean is searched as its glossary counterpart: the passages hold it
  // only as an index extra (a counterpart, a reader phrase), so Pagefind could not rank them by it.
  const hangulSite = isLocale(analyzer.lexicon.lang) && WRITTEN_IN_HANGUL[analyzer.lexicon.lang];
  const foreign = (term: string) => !hangulSite && isHangul(term);
  const searched = groups.map((g) => (foreign(g[0]!.term) ? (g.find((a) => !foreign(a.term)) ?? g[0]!) : g[0]!).term);
  // The whole query, and each word on its own, asked together: how many passages hold each word says how
  // rare it is across the site, and the best passages for a rare word or a command's name join the candidates.
  // A command named (`docker rm`) or named by what it does (`remove` for `rm`), or an instruction typed in capitals,
  // brings its own entry, found by its key word.
  // The query as its glossary counterparts (`바인드 마운트` as `bind mount`): the Korean notes write many terms in
  // English, and the search for the whole query asks only for the words as typed.
  const counterpart = groups.map((g) => g.find((a) => a.translated && !foreign(a.term))?.term);
  const byCounterpart = counterpart.some((term, i) => term && term !== searched[i]);
  // All of them asked at once: one round trip to Pagefind's chunks, not three in a row.
  const [[together, ...alone], commandEntries, instructionEntries, translated] = await Promise.all([
    Promise.all([find(searched), ...(searched.length > 1 ? searched.map((term) => find([term])) : [])]),
    Promise.all(analyzed.commands.slice(0, EXTRA_CANDIDATES).map((id) => find([entryKey(id)]))),
    // A word in capitals may be a Dockerfile instruction (`FROM`): its entry's key word finds it, or nothing.
    Promise.all(analyzed.capitals.map((word) => find([instructionKey(word)]))),
    byCounterpart ? find(counterpart.map((term, i) => term ?? searched[i]!)) : Promise.resolve([]),
  ]);
  // `RUN` in capitals is the instruction, not the `docker run` its word names in small letters.
  const instructions = new Set(analyzed.capitals.filter((_, i) => instructionEntries[i]!.length).map((word) => word.toLowerCase()));
  const commands = analyzed.commands.filter((id) => !instructions.has(id));
  const single = searched.length > 1 ? alone : [together!];
  // A word no passage holds as typed, but whose glossary counterpart some do (`파워셸` for the notes' `PowerShell`):
  // those passages are the word's, for how rare it is and for the passages holding most of the query. Asked only
  // for such a word, so a query the passages hold as typed fetches nothing more.
  await Promise.all(
    searched.map(async (term, i) => {
      const other = counterpart[i];
      if (!single[i]!.length && other && other !== term) single[i] = await find([other]);
    }),
  );
  let results = together!;
  const widened = !results.length;
  if (results.length < WIDEN_BELOW && groups.length > 1) {
    // Nothing (or next to nothing) holds every word: the passages that hold the most of them, the strongest first.
    const byId = new Map<string, { result: PagefindResult; words: number; score: number }>();
    for (const found of single) {
      for (const result of found) {
        const seen = byId.get(result.id) ?? { result, words: 0, score: 0 };
        seen.words++;
        seen.score += result.score;
        byId.set(result.id, seen);
      }
    }
    results = [...byId.values()].sort((a, b) => b.words - a.words || b.score - a.score).map((m) => ({ ...m.result, score: m.score }));
  }
  const held = single.map((found) => found.length);
  // A query of one common word (`what is a container`) is matched by hundreds of passages, short reference rows first:
  // more of them are weighed, so the notes' heading that is the query itself is among them.
  const common = groups.length === 1 && held[0]! > COMMON_WORD_PASSAGES;
  const pool = new Map(results.slice(0, common ? COMMON_WORD_CANDIDATES : CANDIDATES).map((r) => [r.id, r]));
  // The few best passages for the query's rarest word, and for a word that names a command: a heading about
  // `alpine`, or `docker stop`'s entry, can rank low on a query whose other words are everywhere. The rarest
  // word some passage holds: a word found nowhere (`오토스케일링`) brings nothing, and the topic's word is next.
  const foundCounts = held.filter((count) => count > 0);
  const rarest = foundCounts.length ? held.indexOf(Math.min(...foundCounts)) : -1;
  searched.forEach((_, i) => {
    if (groups.length < 2 || i !== rarest) return;
    for (const r of single[i]!.slice(0, EXTRA_CANDIDATES)) if (!pool.has(r.id)) pool.set(r.id, r);
  });
  // An entry found by its key word keeps the score the whole query gave it, when the query found it too: the
  // key word's own score says nothing of how well the entry fits the query.
  const scoreFor = new Map(results.map((r) => [r.id, r.score]));
  for (const found of [...commandEntries, ...instructionEntries]) for (const r of found.slice(0, 1)) if (!pool.has(r.id)) pool.set(r.id, { ...r, score: scoreFor.get(r.id) ?? r.score });
  for (const r of translated.slice(0, EXTRA_CANDIDATES * 2)) if (!pool.has(r.id)) pool.set(r.id, r);
  // A passage whose fragment cannot be loaded (offline, not kept) is left out rather than failing the search.
  const loaded = await Promise.all([...pool.values()].map((r) => r.data().then((data) => ({ passage: passageOf(data), score: r.score }), () => undefined)));
  const fragments = loaded.filter((f) => f !== undefined);
  const ranked = rerank(fragments, groups, (text) => analyzer.terms(text), {
    sequence: analyzed.sequence,
    commands,
    capitals: analyzed.capitals,
    explains: analyzed.explains,
    counts: { held, passages: Math.max(analyzer.lexicon.passages ?? 0, ...held) },
    longPassages: !hangulSite,
  }, (text) => analyzer.phraseTerms(text));
  // A word no passage holds, whole or (the word being typed) as a start, matches nothing: no stray hits.
  const hits = ranked.filter((h) => h.answered > 0).slice(0, limit);
  const partial = (widened && hits.length > 0) || (hits.length > 0 && hits[0]!.answered < groups.length);
  const rareWords = analyzed.words.filter((_, i) => held[i] !== undefined && held[i]! <= TYPO_SUSPECT_COUNT);
  return done(hits, partial, rareWords);
}
