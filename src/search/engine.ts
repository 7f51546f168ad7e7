/**
 * The site search: ranks passages (sections and reference entries) against each other for a query.
 * The search box and the evaluation both run this module, so what is measured is what readers get.
 *
 * A query becomes groups, one per word, each holding the terms that may stand for the word: the word
 * itself, longer words it starts (weaker), a correction when the index does not know it, and the
 * glossary's term in the other language. A passage's coverage is the share of the groups it answers,
 * each weighted by how rare its word is; BM25F over title, reader phrases, headings and text, times a
 * steep power of the coverage, orders the passages, so one missing a rare word falls far behind.
 */
import { PHRASE_SEPARATOR, type Passage, type SearchIndexData } from './index-data.ts';
import { isHangul, KOREAN_STOPWORDS, splitCompound } from './korean.ts';
import { ENGLISH_STOPWORDS, tokenize, type Token } from './terms.ts';
import { correctWord } from './typo.ts';
import { excerpt, type ExcerptPart } from './excerpt.ts';
import {
  BM25, CORRECTION_WEIGHT, EXACT_TITLE_BONUS, FIELD_WEIGHTS, PREFIX_EXPANSIONS, PREFIX_WEIGHT, CITED_BONUS, COVERAGE_POWER, PHRASE_BONUS, RESULT_LIMIT, TITLE_BONUS, USAGE_BONUS,
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
    this.#terms = [...this.#postings.keys()].sort();
    for (const pair of data.glossary) {
      for (const [from, to] of [pair, [pair[1], pair[0]]] as const) {
        this.#glossary.push({ from: this.#expand(tokenize(from).map((t) => t.term)), to });
      }
    }
    this.#glossary.sort((a, b) => b.from.length - a.from.length);
  }

  /** A Korean stem the notes use on their own often enough to be a word a compound is made of. */
  #isKoreanWord = (stem: string) => (this.#koreanStems.get(stem) ?? 0) >= 2;

  #compounds = new Map<string, string[]>();

  /** Splits Korean compounds into their words, the same way for passages and queries. */
  #expand(terms: string[]): string[] {
    return terms.flatMap((term) => {
      if (!isHangul(term)) return [term];
      let parts = this.#compounds.get(term);
      if (!parts) this.#compounds.set(term, (parts = splitCompound(term, this.#isKoreanWord)));
      return parts;
    });
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
    const idfOf = (df: number) => Math.log(1 + (this.passages.length - df + 0.5) / (df + 0.5));
    // A rare word missing costs a passage more than a common one (`use`, `docker`) missing.
    const importance = groups.map((g) => Math.max(...g.map((a) => idfOf(this.#postings.get(a.term)?.size ?? 0))));
    const totalImportance = importance.reduce((a, b) => a + b, 0);
    for (const [position, group] of groups.entries()) {
      const best = new Map<number, { weight: number; score: number }>();
      for (const { term, weight } of group) {
        const postings = this.#postings.get(term);
        if (!postings) continue;
        const idf = idfOf(postings.size);
        for (const [index, tf] of postings) {
          if (!inScope(this.passages[index]!)) continue;
          const score = weight * idf * ((tf * (BM25.k1 + 1)) / (tf + BM25.k1));
          const previous = best.get(index);
          if (!previous || score > previous.score) best.set(index, { weight: Math.max(weight, previous?.weight ?? 0), score });
          else previous.weight = Math.max(previous.weight, weight);
        }
      }
      for (const [index, { weight, score }] of best) {
        coverage.set(index, (coverage.get(index) ?? 0) + (importance[position]! * Math.min(1, weight)) / totalImportance);
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
      score *= 1 + PHRASE_BONUS * phraseFit ** 2;
      // Between entries that name the query, the one the notes use more: `-v` of `docker run`, not of `docker-compose`.
      if (inTitle > 0 && passage.uses) score *= 1 + USAGE_BONUS * Math.log1p(passage.uses);
      if (inTitle > 0 && passage.cited) score *= 1 + CITED_BONUS * Math.log1p(passage.cited);
      const covered = coverage.get(index)!;
      return { index, coverage: covered, score, rank: score * covered ** COVERAGE_POWER };
    });
    ranked.sort((a, b) => b.rank - a.rank);
    const hits = ranked.slice(0, options.limit ?? RESULT_LIMIT).map(({ index, coverage, score }) => {
      const passage = this.passages[index]!;
      const terms = new Set(groups.flatMap((g) => g.filter((a) => this.#postings.get(a.term)?.has(index)).map((a) => a.term)));
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
          for (const candidate of this.#longerWords(term)) group.push({ term: candidate, weight: PREFIX_WEIGHT });
        }
        groups.push(group);
      }
    });
    this.#translate(groups, translations);
    return groups;
  }

  /** Indexed words that start with `prefix` and are longer, the most common first (a binary search over the sorted terms). */
  #longerWords(prefix: string): string[] {
    let low = 0;
    let high = this.#terms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.#terms[middle]! <= prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < this.#terms.length && this.#terms[i]!.startsWith(prefix); i++) found.push(this.#terms[i]!);
    return found.sort((a, b) => this.#postings.get(b)!.size - this.#postings.get(a)!.size).slice(0, PREFIX_EXPANSIONS);
  }

  /** Adds the glossary's other-language terms to the groups a glossary entry covers, longest entries first. */
  #translate(groups: Group[], translations: string[]) {
    // What each word stands for before translation: as typed, or as corrected.
    const words = groups.map((g) => new Set(g.filter((a) => a.weight >= CORRECTION_WEIGHT).map((a) => a.term)));
    const covered = new Set<number>();
    for (const { from, to } of this.#glossary) {
      for (let start = 0; start + from.length <= words.length; start++) {
        const span = from.map((_, k) => start + k);
        if (span.some((i, k) => covered.has(i) || !words[i]!.has(from[k]!))) continue;
        const target = this.#expand(tokenize(to).map((t) => t.term));
        span.forEach((i, k) => {
          covered.add(i);
          const terms = target.length === span.length ? [target[k]!] : target;
          for (const term of terms) if (!words[i]!.has(term)) groups[i]!.push({ term, weight: 1 });
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
