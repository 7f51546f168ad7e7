/**
 * A query in English words on the Korean site (`remove dangling images`) is searched in the English index, and
 * each passage it finds is shown as its Korean twin: the passage at the same address in this language (the two
 * languages share every page's address and heading ids). The Korean notes write Docker's English terms only here
 * and there, so such a query finds Korean passages by stray words; the English index holds them as each
 * passage's own words. The other way round, a Korean query on the English site, stays with the glossary's
 * counterparts (query.ts): searched in the Korean index instead, it answered fewer of the evaluation's queries.
 * The search itself is loaded only when a query asks for it (twin-passages.ts).
 */
import type { Locale } from '../i18n/locales.ts';
import { WRITTEN_IN_HANGUL } from '../i18n/locales.ts';
import { isHangul } from '../i18n/hangul.ts';
import type { QueryAnalyzer } from './query.ts';

/** A word of English: letters only, so a flag (`-v`), a path or a number is not one. */
const ENGLISH_WORD = /^[a-z]+$/i;

/**
 * True when a query on `lang`'s site is best searched in a language written in Latin letters: the site is written in
 * Hangul, the query holds none, and one of its words is English, not `docker` or a command's name (`docker ps -a`,
 * `--rm` and `docker rm` are found as well in either index, and need no other language's files).
 */
export function asksInEnglishWords(query: string, lang: Locale, analyzer: QueryAnalyzer): boolean {
  if (!WRITTEN_IN_HANGUL[lang] || isHangul(query)) return false;
  return query
    .split(/\s+/)
    .map((word) => word.toLowerCase())
    .some((word) => ENGLISH_WORD.test(word) && word !== 'docker' && !analyzer.namesCommand(word));
}
