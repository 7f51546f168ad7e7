/**
 * The glossary as data (content/glossary.yaml, validated with its schema, errors naming the line) and the
 * search for the Korean variants it rejects. Pure functions: the term test and the search index use them.
 */
import { LineCounter, parseDocument, isSeq } from 'yaml';
import { glossaryEntrySchema, type GlossaryEntry } from '../schemas/glossary.ts';

export function parseGlossary(text: string, file: string): GlossaryEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) throw new Error(`${file}:${lineCounter.linePos(doc.errors[0]!.pos[0]).line}: ${doc.errors[0]!.message}`);
  if (!isSeq(doc.contents)) throw new Error(`${file}: expected a list of terms`);
  return doc.contents.items.map((node, i) => {
    const result = glossaryEntrySchema.safeParse((doc.toJS() as unknown[])[i]);
    if (result.success) return result.data;
    const line = lineCounter.linePos(node.range?.[0] ?? 0).line;
    throw new Error(`${file}:${line}: ${result.error.issues.map((issue) => `${[...issue.path].join('.') || 'entry'}: ${issue.message}`).join('; ')}`);
  });
}

export interface TermHit {
  variant: string;
  preferred: string;
}

/** The rejected variants in a piece of Korean text, each with the term to use instead. */
export function rejectedTerms(text: string, glossary: GlossaryEntry[]): TermHit[] {
  const hits: TermHit[] = [];
  for (const entry of glossary) {
    if (!entry.rejected) continue;
    // Blank out the longer words that only look like a variant, keeping the rest of the text in place.
    const own = (entry.unless ?? []).reduce((t, word) => t.split(word).join(' '.repeat(word.length)), text);
    for (const variant of entry.rejected) if (own.includes(variant)) hits.push({ variant, preferred: entry.ko });
  }
  return hits;
}

/** How often each rejected variant occurs in a text (the notes may use a variant as often as their source does). */
export function countRejected(text: string, glossary: GlossaryEntry[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of glossary) {
    const own = (entry.unless ?? []).reduce((t, word) => t.split(word).join(' '.repeat(word.length)), text);
    for (const variant of entry.rejected ?? []) {
      const n = own.split(variant).length - 1;
      if (n) counts.set(variant, (counts.get(variant) ?? 0) + n);
    }
  }
  return counts;
}
