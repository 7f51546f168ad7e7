/**
 * The lossless contract between a source note and the pages built from it:
 * every line of the note, stripped of Markdown syntax, must occur in the text of the pages.
 * Whitespace is ignored entirely because Markdown re-flows it (joined lines, table padding, code indentation).
 */
import { decodeEntities } from '../html/entities.ts';

export interface Correction {
  source: string;
  line: number;
  from: string;
  to: string;
}

const MARKUP_ONLY = /^\s*(?:```.*|~~~.*|-{3,}|\*{3,}|_{3,}|\|?[\s:|-]*-{3,}[\s:|-]*)\s*$/;
// Only real HTML elements: `<container-id>` or `<이미지 이름>` are placeholders the reader must see.
const HTML_TAG = /<\/?(?:img|br|p|div|span|a|b|i|u|em|strong|sub|sup|kbd|details|summary|center|font)(?:\s[^<>]*)?\/?>/gi;

/**
 * The text fragments of one source line that must be found in the pages, whitespace removed.
 * Code lines (inside a fence, or indented with a tab as 003 writes its blocks) are taken literally:
 * backslashes and backticks there are the command's own characters, only a prompt is dropped.
 */
export function requiredFragments(line: string, isCode = false): string[] {
  if (isCode) {
    const text = line.replace(/^\s*[$#]\s*/, '').replace(/\s+/g, '');
    return text ? [text] : [];
  }
  if (MARKUP_ONLY.test(line)) return [];
  const cells = /^\s*\|.*\|\s*$/.test(line) ? line.trim().slice(1, -1).split(/(?<!\\)\|/) : [line];
  return cells.map(stripMarkdown).filter((text) => text.length > 0);
}

export function stripMarkdown(text: string): string {
  let out = text
    .replace(HTML_TAG, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:>\s*)*/, '')
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
    .replace(/^\$\s*/, '')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  out = out.replace(/\s+/g, '');
  return out;
}

/** Visible text of built HTML: tags, scripts and styles removed, entities decoded, whitespace removed. */
export function htmlText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ''),
  ).replace(/\s+/g, '');
}

export interface MissingLine {
  line: number;
  text: string;
  fragment: string;
}

/** Lines of `source` (1-based numbers) whose fragments are absent from `pageText`. */
export function findMissingLines(
  sourceName: string,
  source: string,
  pageText: string,
  corrections: Correction[],
  range: [number, number] = [1, Infinity],
): MissingLine[] {
  const missing: MissingLine[] = [];
  let inFence = false;
  source.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const isFence = /^\s*(```|~~~)/.test(raw);
    const isCode = !isFence && (inFence || raw.startsWith('\t'));
    if (isFence) inFence = !inFence;
    if (line < range[0] || line > range[1]) return;
    let text = raw;
    for (const fix of corrections) {
      if (fix.source === sourceName && fix.line === line) {
        if (!text.includes(fix.from)) throw new Error(`corrections.yaml: "${fix.from}" is not on ${sourceName}:${line}`);
        text = text.replace(fix.from, fix.to);
      }
    }
    for (const fragment of requiredFragments(text, isCode)) {
      if (!pageText.includes(fragment)) missing.push({ line, text: raw, fragment });
    }
  });
  return missing;
}
