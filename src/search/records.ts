/**
 * A passage as a Pagefind record. The record's content is the text the reader sees, followed by
 * words only the index sees: the passage's title, Korean stems and compound parts (Pagefind matches
 * by prefix and knows no Korean, so `볼륨을` must also be indexed as `볼륨`, and `데이터볼륨` as
 * `데이터 볼륨`), the reader phrases, the glossary's counterpart of each glossary term present, and for a
 * command's or instruction's entry its key word (index-data.ts keyOfEntry).
 * INDEX_ONLY_MARK says where the visible text ends: the build keeps only that in the fragments results download.
 */
import { entryIdOf, INDEX_ONLY_MARK, keyOfEntry, type Passage } from './index-data.ts';
import type { Lexicon } from './lexicon.ts';
import { QueryAnalyzer } from './query.ts';
import { TITLE_SEPARATOR } from '../html/title-trail.ts';
import { passageTokens } from './passage-tokens.ts';

/** A glossary term as a passage's terms hold it: its first term, and all of them as they stand in a row. */
interface GlossaryTerm {
  first: string;
  inRow: string;
  other: string;
}
const analyzers = new WeakMap<Lexicon, { analyzer: QueryAnalyzer; glossary: GlossaryTerm[] }>();

export function indexOnlyWords(passage: Passage, lexicon: Lexicon): string[] {
  let known = analyzers.get(lexicon);
  if (!known) {
    const analyzer = new QueryAnalyzer(lexicon);
    const glossary = lexicon.glossary.flatMap(([own, other]) => {
      const terms = analyzer.terms(own);
      return terms.length ? [{ first: terms[0]!, inRow: ` ${terms.join(' ')} `, other }] : [];
    });
    analyzers.set(lexicon, (known = { analyzer, glossary }));
  }
  const { analyzer, glossary } = known;
  const { tokens } = passageTokens(passage);
  const extra = new Set<string>();
  for (const t of tokens) {
    for (const part of analyzer.split([t.term])) if (part !== t.word) extra.add(part);
  }
  const terms = analyzer.split(tokens.map((t) => t.term));
  const present = new Set(terms);
  const joined = ` ${terms.join(' ')} `;
  // A term whose first word the passage lacks cannot stand in it: most of the glossary, for most passages, is
  // ruled out without searching the passage's text.
  for (const { first, inRow, other } of glossary) {
    if (present.has(first) && joined.includes(inRow)) extra.add(other);
  }
  return [...extra];
}

export function pagefindRecord(passage: Passage, lang: string, lexicon: Lexicon) {
  const entry = entryIdOf(passage);
  const hidden = [passage.title, passage.phrases ?? '', ...indexOnlyWords(passage, lexicon), entry ? keyOfEntry(entry) : ''].filter(Boolean).join(' ');
  // The kind and the scope are filters, which the fragment carries already (the search reads the kind there):
  // as meta they were downloaded twice with every result.
  const meta: Record<string, string> = {
    title: passage.title,
  };
  // Of the headings above a note's passage, results show its page's title (`Chapter 3. Trying Out Docker`), and
  // Pagefind searches it, as it does every meta field; the others would only add to every result's download. A
  // reference passage's are the reference's name and its command's: a flag's title holds the command already
  // (`docker login --password-stdin`), a section's does not (`Examples`, which alone says nothing of whose).
  const page = passage.context.split(TITLE_SEPARATOR)[1];
  if (page && (passage.kind === 'notes' || !passage.title.startsWith(page))) meta.page = page;
  if (passage.phrases) meta.phrases = passage.phrases;
  if (passage.aliases) meta.aliases = passage.aliases;
  if (passage.uses) meta.uses = String(passage.uses);
  if (passage.cited) meta.cited = String(passage.cited);
  if (passage.runs) meta.runs = passage.runs;
  if (passage.legacy) meta.legacy = '1';
  return {
    url: passage.url,
    content: `${passage.text} ${INDEX_ONLY_MARK} ${hidden}`,
    language: lang,
    meta,
    // The scope menu narrows to the reference by its kind, to a note by its section: a reference passage needs no
    // section, which every result's download would carry.
    filters: { kind: [passage.kind], ...(passage.kind === 'notes' ? { section: [passage.scope] } : {}) },
  };
}
