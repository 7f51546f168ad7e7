/**
 * The site search: ranks passages (sections and reference entries) against each other for a query.
 * The search box and the evaluation both run this module, so what is measured is what readers get.
 *
 * A query becomes groups, one per word, each holding the terms that may stand for the word: the word
 * itself, longer words it starts (weaker), a correction when the index does not know it, and the
 * glossary's term in the other language. A passage's coverage is how many groups it answers; passages
 * answering more groups come first, then BM25 over title, reader phrases, headings and text decides.
 */
import { PHRASE_SEPARATOR, type Passage, type SearchIndexData } from './index-data.ts';
import { isHangul, KOREAN_STOPWORDS, splitCompound } from './korean.ts';
import { ENGLISH_STOPWORDS, tokenize, type Token } from './terms.ts';
import { correctWord } from './typo.ts';
import { excerpt, type ExcerptPart } from './excerpt.ts';
import {
  BM25, CORRECTION_WEIGHT, EXACT_TITLE_BONUS, FIELD_WEIGHTS, PREFIX_EXPANSIONS, PREFIX_WEIGHT, CITED_BONUS, PHRASE_BONUS, RESULT_LIMIT, TITLE_BONUS, USAGE_BONUS,
} from './settings.ts';

export interface SearchHit {
  url: string;
  title: string;
  context: string;
  excerpt: ExcerptPart[];
  /** Share of the query's words this passage answers (1 = all). */
  coverage: number;
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** Typed word -> the word searched instead. */
  corrections: [string, string][];
  /** Glossary terms of the other language that were searched too. */
  translations: string[];
  /** No passage answers every word: the hits answer most of them. */
  partial: boolean;
}

export interface SearchOptions {
  /** `kind:reference` or `section:<note title>`, as the scope menu offers them. */
  scope?: string;
  limit?: number;
}

type Field = keyof typeof FIELD_WEIGHTS;
interface Alternative {
  term: string;
  weight: number;
}
type Group = Alternative[];

const isStopword = (token: Token) => ENGLISH_STOPWORDS.has(token.word) || KOREAN_STOPWORDS.has(token.term);

export class SearchEngine {
  readonly lang: string;
  readonly passages: Passage[];
  /** term -> passage index -> field-weighted count */
  #postings = new Map<string, Map<number, number>>();
  /** Written words and how often they occur: what a typo is corrected towards. */
  #words = new Map<string, number>();
  #koreanStems = new Map<string, number>();
  #terms: string[] = [];
  #glossary: { from: string[]; to: string }[] = [];
  #titleSets: Set<string>[] = [];
  #phraseSets: Set<string>[][] = [];

  constructor(data: SearchIndexData) {
    this.lang = data.lang;
    this.passages = data.passages;
    const fields = data.passages.map((p) => ({
      title: tokenize(p.title),
      phrases: tokenize(p.phrases ?? ''),
      context: tokenize(p.context),
      body: tokenize(p.text),
    }));
    for (const passage of fields) {
      for (const tokens of Object.values(passage)) {
        for (const t of tokens) {
          this.#words.set(t.word, (this.#words.get(t.word) ?? 0) + 1);
          if (isHangul(t.term)) this.#koreanStems.set(t.term, (this.#koreanStems.get(t.term) ?? 0) + 1);
        }
      }
    }
    // BM25F: each field's count is weighted, and discounted by that field's length against its average
    // (only the text is; a title is short by nature), before the counts of all fields saturate together.
    const names = Object.keys(FIELD_WEIGHTS) as Field[];
    const average = Object.fromEntries(names.map((f) => [f, fields.reduce((sum, p) => sum + p[f].length, 0) / Math.max(1, fields.length) || 1]));
    fields.forEach((passage, index) => {
      for (const field of names) {
        const norm = 1 - BM25.b[field] + (BM25.b[field] * passage[field].length) / average[field]!;
        for (const term of this.#expand(passage[field].map((t) => t.term))) {
          const postings = this.#postings.get(term) ?? new Map<number, number>();
          postings.set(index, (postings.get(index) ?? 0) + FIELD_WEIGHTS[field] / norm);
          this.#postings.set(term, postings);
        }
      }
      // Section numbers (`2.1 Images`) are not words of the title.
      this.#titleSets[index] = new Set(this.#expand(passage.title.map((t) => t.term)).filter((term) => !/^\d+$/.test(term)));
      this.#phraseSets[index] = (data.passages[index]!.phrases ?? '')
        .split(PHRASE_SEPARATOR)
        .map((phrase) => new Set(this.#expand(tokenize(phrase).filter((t) => !isStopword(t)).map((t) => t.term))));
    });
    this.#terms = [...this.#postings.keys()].sort((a, b) => this.#postings.get(b)!.size - this.#postings.get(a)!.size);
    for (const pair of data.glossary) {
      for (const [from, to] of [pair, [pair[1], pair[0]]] as const) {
        this.#glossary.push({ from: this.#expand(tokenize(from).map((t) => t.term)), to });
      }
    }
    this.#glossary.sort((a, b) => b.from.length - a.from.length);
  }

  /** A Korean stem the notes use on their own often enough to be a word a compound is made of. */
  #isKoreanWord = (stem: string) => (this.#koreanStems.get(stem) ?? 0) >= 2;

  /** Splits Korean compounds into their words, the same way for passages and queries. */
  #expand(terms: string[]): string[] {
    return terms.flatMap((term) => (isHangul(term) ? splitCompound(term, this.#isKoreanWord) : [term]));
  }

  search(query: string, options: SearchOptions = {}): SearchOutcome {
    const corrections: [string, string][] = [];
    const translations: string[] = [];
    const groups = this.#groups(query, corrections, translations);
    const empty = { hits: [], corrections, translations, partial: false };
    if (!groups.length) return empty;

    const inScope = scopeFilter(options.scope);
    const coverage = new Map<number, number>();
    const answered = new Map<number, number>();
    const scores = new Map<number, number>();
    const matched = new Map<number, Set<string>>();
    for (const group of groups) {
      const best = new Map<number, { weight: number; score: number }>();
      for (const { term, weight } of group) {
        const postings = this.#postings.get(term);
        if (!postings) continue;
        const idf = Math.log(1 + (this.passages.length - postings.size + 0.5) / (postings.size + 0.5));
        for (const [index, tf] of postings) {
          if (!inScope(this.passages[index]!)) continue;
          const score = weight * idf * ((tf * (BM25.k1 + 1)) / (tf + BM25.k1));
          const previous = best.get(index);
          if (!previous || score > previous.score) best.set(index, { weight: Math.max(weight, previous?.weight ?? 0), score });
          else previous.weight = Math.max(previous.weight, weight);
          const words = matched.get(index) ?? new Set<string>();
          words.add(term);
          matched.set(index, words);
        }
      }
      for (const [index, { weight, score }] of best) {
        coverage.set(index, (coverage.get(index) ?? 0) + Math.min(1, weight));
        answered.set(index, (answered.get(index) ?? 0) + 1);
        scores.set(index, (scores.get(index) ?? 0) + score);
      }
    }

    // Whole words only (the word, its correction or its translation), not longer words it starts.
    const names = (words: Set<string>) => groups.filter((g) => g.some((a) => a.weight >= CORRECTION_WEIGHT && words.has(a.term))).length;
    const ranked = [...scores.keys()].map((index) => {
      const passage = this.passages[index]!;
      let score = scores.get(index)!;
      const inTitle = names(this.#titleSets[index]!);
      if (inTitle === groups.length && this.#titleSets[index]!.size === groups.length) score *= EXACT_TITLE_BONUS[passage.kind];
      if (inTitle === groups.length) score *= 1 + TITLE_BONUS;
      // A reader phrase holding every word, the more so the fewer other words it has: `remove a container` is rm's, not prune's.
      const phraseFit = Math.max(0, ...this.#phraseSets[index]!.map((phrase) => (names(phrase) === groups.length ? groups.length / Math.max(phrase.size, groups.length) : 0)));
      score *= 1 + PHRASE_BONUS * phraseFit;
      if (passage.uses) score *= 1 + USAGE_BONUS * Math.log1p(passage.uses);
      if (passage.cited) score *= 1 + CITED_BONUS * Math.log1p(passage.cited);
      return { index, coverage: coverage.get(index)! / groups.length, score };
    });
    ranked.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
    const hits = ranked.slice(0, options.limit ?? RESULT_LIMIT).map(({ index, coverage, score }) => {
      const passage = this.passages[index]!;
      const terms = matched.get(index)!;
      return {
        url: passage.url,
        title: passage.title,
        context: passage.context,
        excerpt: excerpt(passage.text, (t) => terms.has(t.term) || this.#expand([t.term]).some((part) => terms.has(part))),
        coverage,
        score,
      };
    });
    const partial = ranked.length > 0 && answered.get(ranked[0]!.index)! < groups.length;
    return { hits, corrections, translations, partial };
  }

  /** The query's words as groups of terms that may stand for each (see the module comment). */
  #groups(query: string, corrections: [string, string][], translations: string[]): Group[] {
    const all = tokenize(query);
    const content = all.filter((t) => !isStopword(t));
    const tokens = content.length ? content : all;
    const typing = !/\s$/.test(query);
    const groups: Group[] = [];
    tokens.forEach((token, position) => {
      const parts = isHangul(token.term) ? splitCompound(token.term, this.#isKoreanWord) : [token.term];
      for (const term of parts) {
        const group: Group = [{ term, weight: 1 }];
        const known = this.#postings.has(term);
        if (!known) {
          const corrected = correctWord(token.word, this.#words);
          if (corrected) {
            corrections.push([token.word, corrected]);
            for (const t of tokenize(corrected)) group.push({ term: t.term, weight: CORRECTION_WEIGHT });
          }
        }
        // While the last word is being typed, or when it is not a whole word of the index, it may start a longer one.
        if ((!known || (typing && position === tokens.length - 1)) && term.length >= 2 && !term.startsWith('-')) {
          let added = 0;
          for (const candidate of this.#terms) {
            if (candidate !== term && candidate.startsWith(term)) {
              group.push({ term: candidate, weight: PREFIX_WEIGHT });
              if (++added === PREFIX_EXPANSIONS) break;
            }
          }
        }
        groups.push(group);
      }
    });
    this.#translate(groups, translations);
    return groups;
  }

  /** Adds the glossary's other-language terms to the groups a glossary entry covers, longest entries first. */
  #translate(groups: Group[], translations: string[]) {
    const heads = groups.map((g) => g[0]!.term);
    const covered = new Set<number>();
    for (const { from, to } of this.#glossary) {
      for (let start = 0; start + from.length <= heads.length; start++) {
        const span = [...from.keys()].map((i) => start + i);
        if (span.some((i) => covered.has(i) || heads[i] !== from[span.indexOf(i)])) continue;
        const target = this.#expand(tokenize(to).map((t) => t.term));
        span.forEach((i, k) => {
          covered.add(i);
          const terms = target.length === span.length ? [target[k]!] : target;
          for (const term of terms) if (term !== heads[i]) groups[i]!.push({ term, weight: 1 });
        });
        translations.push(to);
      }
    }
  }
}

function scopeFilter(scope: string | undefined): (p: Passage) => boolean {
  if (!scope) return () => true;
  const [key, ...rest] = scope.split(':');
  const value = rest.join(':');
  return key === 'kind' ? (p) => p.kind === value : (p) => p.scope === value;
}
