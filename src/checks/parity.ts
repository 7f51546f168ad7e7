/**
 * Structural parity between a Korean chapter and its English translation: the same heading ids in the
 * same order, the same code blocks (a line may differ only where the Korean line holds Korean text:
 * comments and placeholders are translated, commands are not), and tables of the same shape.
 */
import { mdxToHast } from 'satteri';

import { HANGUL } from '../i18n/hangul.ts';

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { name: string; value: unknown }[];
  data?: { lang?: string; meta?: string };
  children?: Node[];
}

export interface ChapterShape {
  headingIds: string[];
  codeBlocks: { lang: string; lines: string[] }[];
  tables: string[];
}

function walk(node: Node, visit: (node: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

const textOf = (node: Node): string => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join(''));

export function chapterShape(mdx: string): ChapterShape {
  const tree = mdxToHast(mdx, { features: { headingAttributes: true } }) as Node;
  const shape: ChapterShape = { headingIds: [], codeBlocks: [], tables: [] };
  walk(tree, (node) => {
    if (node.type !== 'element') return;
    if (/^h[2-6]$/.test(node.tagName ?? '')) shape.headingIds.push(String(node.properties?.id ?? '(no id)'));
    if (node.tagName === 'pre') {
      const code = node.children?.find((c) => c.tagName === 'code');
      if (code) shape.codeBlocks.push({ lang: code.data?.lang ?? '', lines: textOf(code).replace(/\n$/, '').split('\n') });
    }
    if (node.tagName === 'table') {
      const rows: number[] = [];
      walk(node, (n) => {
        if (n.tagName === 'tr') rows.push((n.children ?? []).filter((c) => c.tagName === 'td' || c.tagName === 'th').length);
      });
      shape.tables.push(rows.join('x'));
    }
  });
  return shape;
}

/** Differences that make `en` out of step with `ko`; empty when the translation matches. */
export function parityProblems(ko: ChapterShape, en: ChapterShape): string[] {
  const problems: string[] = [];
  if (ko.headingIds.join(' ') !== en.headingIds.join(' ')) {
    problems.push(`heading ids differ:\n    ko: ${ko.headingIds.join(' ')}\n    en: ${en.headingIds.join(' ')}`);
  }
  if (ko.codeBlocks.length !== en.codeBlocks.length) {
    problems.push(`${ko.codeBlocks.length} code blocks in ko, ${en.codeBlocks.length} in en`);
  } else {
    ko.codeBlocks.forEach((block, i) => {
      const other = en.codeBlocks[i]!;
      if (block.lang !== other.lang) problems.push(`code block ${i + 1}: language ${block.lang} vs ${other.lang}`);
      if (block.lines.length !== other.lines.length) {
        problems.push(`code block ${i + 1}: ${block.lines.length} lines in ko, ${other.lines.length} in en`);
        return;
      }
      block.lines.forEach((line, j) => {
        if (!HANGUL.test(line) && line !== other.lines[j]) {
          problems.push(`code block ${i + 1}, line ${j + 1} must stay as it is:\n    ko: ${line}\n    en: ${other.lines[j]}`);
        }
      });
    });
  }
  if (ko.tables.join(' ') !== en.tables.join(' ')) problems.push(`table shapes differ: ko ${ko.tables.join(' ')} / en ${en.tables.join(' ')}`);
  return problems;
}

/** Hangul left in English MDX text outside elements marked lang="ko". */
export function strayHangul(mdx: string): string[] {
  const tree = mdxToHast(mdx, { features: { headingAttributes: true } }) as Node;
  const found: string[] = [];
  const visit = (node: Node, insideKo: boolean) => {
    const lang = node.properties?.lang ?? node.attributes?.find((a) => a.name === 'lang')?.value;
    const ko = insideKo || lang === 'ko';
    if (node.type === 'text' && !ko && HANGUL.test(node.value ?? '')) found.push((node.value ?? '').trim().slice(0, 80));
    for (const child of node.children ?? []) visit(child, ko);
  };
  visit(tree, false);
  return found;
}
