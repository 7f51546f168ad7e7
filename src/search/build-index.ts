/**
 * Gathers what each language's search index is built from: the passages of every searchable page
 * of the built site, the reader phrases and other names of the command reference, and the glossary's Korean <-> English pairs.
 */
import { readFileSync } from 'node:fs';
import { parseGlossary } from '../reference/terms.ts';
import { LOCALES, type Locale } from '../i18n/index.ts';
import type { ReferenceEntry } from '../reference/command-index.ts';
import { optionAnchor } from '../schemas/command.ts';
import { PHRASE_SEPARATOR, type Passage, type SearchIndexData } from './index-data.ts';

/** URL -> the reader phrases of the command or flag at that URL, both languages (a reader may ask in either). */
export function referencePhrases(entries: ReferenceEntry[], lang: Locale): Map<string, string> {
  const phrases = new Map<string, string>();
  const join = (p: Record<Locale, string[]>) => LOCALES.flatMap((l) => p[l]).join(PHRASE_SEPARATOR);
  for (const { id, data } of entries) {
    if (!data.phrases) continue;
    const page = `/${lang}/reference/${id}/`;
    phrases.set(page, join(data.phrases));
    for (const [flag, own] of Object.entries(data.phrases.options)) {
      const option = data.options.find((o) => (o.long ?? o.short) === flag)!;
      phrases.set(`${page}#${optionAnchor(option)}`, join(own));
    }
  }
  return phrases;
}

/** URL of each command entry that has other names -> those names (`docker container rm · docker container remove`). */
export function referenceAliases(entries: ReferenceEntry[], lang: Locale): Map<string, string> {
  return new Map(entries.filter(({ data }) => data.aliases.length).map(({ id, data }) => [`/${lang}/reference/${id}/`, data.aliases.join(PHRASE_SEPARATOR)]));
}

/**
 * content/glossary.yaml's terms, one per language for each entry. A rejected variant is not a term of its own: where
 * the notes use one (개인 저장소), the glossary keeps it as an entry, since the translation follows it there. A note
 * in brackets is for translators (`image name (placeholder <image-name>)`): a query for 이미지 이름 is not one for `placeholder`.
 */
export function glossaryTerms(file: string): Record<Locale, string>[] {
  const term = (text: string) => text.replace(/\s*\([^)]*\)/g, '').trim();
  return parseGlossary(readFileSync(file, 'utf8'), file).map((entry) => Object.fromEntries(LOCALES.map((l) => [l, term(entry[l])])) as Record<Locale, string>);
}

/** Each language's passages, from its pages (those served at a folder's address; passages.ts cut them) in the order of their addresses. */
export function buildSearchIndexes(pages: { url: string; passages: Passage[] }[], entries: ReferenceEntry[], glossary: Record<Locale, string>[]): SearchIndexData[] {
  return LOCALES.map((lang) => {
    const phrases = referencePhrases(entries, lang);
    const aliases = referenceAliases(entries, lang);
    const passages = pages
      .filter((page) => page.url.startsWith(`/${lang}/`) && page.url.endsWith('/'))
      .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
      .flatMap((page) => page.passages)
      .map((p) => (phrases.has(p.url) ? { ...p, phrases: phrases.get(p.url)! } : p))
      .map((p) => (aliases.has(p.url) ? { ...p, aliases: aliases.get(p.url)! } : p));
    // Each pair is this language's term and its counterpart in another.
    const pairs = glossary.flatMap((terms) => LOCALES.filter((other) => other !== lang).map((other): [string, string] => [terms[lang], terms[other]]));
    return { lang, passages, glossary: pairs };
  });
}
