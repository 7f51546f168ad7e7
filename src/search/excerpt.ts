/**
 * The few words of a passage shown under a result: the stretch with the most matched words,
 * cut at word boundaries, as parts the search box renders as text and `<mark>`.
 */
import { tokenize, type Token } from './terms.ts';
import { EXCERPT_CHARS } from './settings.ts';

export interface ExcerptPart {
  text: string;
  mark?: true;
}

export function excerpt(text: string, isMatch: (token: Token) => boolean, length = EXCERPT_CHARS): ExcerptPart[] {
  const tokens = tokenize(text);
  const hits = tokens.filter(isMatch);
  // The window starting at a matched word that reaches the most distinct matched words (the first such window).
  let start = 0;
  let best = -1;
  for (let i = 0; i < hits.length; i++) {
    const terms = new Set<string>();
    for (let j = i; j < hits.length && hits[j]!.end <= hits[i]!.start + length; j++) terms.add(hits[j]!.term);
    if (terms.size > best) {
      best = terms.size;
      start = hits[i]!.start;
    }
  }
  // Step back a little so the first match has some context, without cutting a word.
  if (start > 0) {
    const back = Math.max(0, start - Math.floor(length / 5));
    const wordStart = tokens.find((t) => t.start >= back)?.start ?? start;
    start = Math.min(start, wordStart);
  }
  let end = Math.min(text.length, start + length);
  const lastWord = tokens.find((t) => t.start < end && t.end > end);
  if (lastWord) end = lastWord.start;
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ' });
  let at = start;
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    if (hit.start > at) parts.push({ text: text.slice(at, hit.start) });
    parts.push({ text: text.slice(hit.start, hit.end), mark: true });
    at = hit.end;
  }
  if (end > at) parts.push({ text: text.slice(at, end) });
  if (end < text.length) parts.push({ text: ' …' });
  return parts;
}
