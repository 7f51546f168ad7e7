/**
 * Structural parity between a Korean chapter and its English translation: the same heading ids in the
 * same order, the same code blocks (a line may differ only where the Korean line holds Korean text:
 * comments and placeholders are translated, commands are not), and tables of the same shape.
 */
import { HANGUL } from '../i18n/hangul.ts';
import { asParsed, attributeOf, type ChapterSource, type MdxNode } from '../mdx/chapter.ts';

export interface ChapterShape {
  headingIds: string[];
  codeBlocks: { lang: string; lines: string[] }[];
  tables: string[];
}

export function chapterShape(chapter: ChapterSource): ChapterShape {
  const { headings, codeBlocks, tables } = asParsed(chapter);
  return {
    headingIds: headings.filter((h) => h.depth >= 2).map((h) => h.id ?? '(no id)'),
    codeBlocks: codeBlocks.map((b) => ({ lang: b.lang, lines: b.code.split('\n') })),
    tables,
  };
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

/** Hangul left in English MDX text (prose and code) outside elements marked lang="ko". */
export function strayHangul(chapter: ChapterSource): string[] {
  const found: string[] = [];
  const visit = (node: MdxNode, insideKo: boolean) => {
    const ko = insideKo || attributeOf(node, 'lang') === 'ko';
    const text = node.type === 'text' || node.type === 'inlineCode' || node.type === 'code' ? node.value ?? '' : '';
    if (!ko && HANGUL.test(text)) found.push(text.trim().slice(0, 80));
    for (const child of node.children ?? []) visit(child, ko);
  };
  visit(asParsed(chapter).tree, false);
  return found;
}
