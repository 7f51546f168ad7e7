/**
 * Fast check while converting a note, without a full build:
 *   node scripts/check-note.ts <source.txt> <first-line> <last-line> <chapter.mdx>...
 * Parses the MDX files (syntax errors name file and line), then lists the source lines
 * in the range whose text is missing from them (after content/corrections.yaml).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { findMissingLines, type Correction } from '../src/checks/lossless.ts';
import { attributeOf, parseChapter, type MdxNode } from '../src/mdx/chapter.ts';

const [sourcePath, first, last, ...mdxFiles] = process.argv.slice(2);
if (!sourcePath || !mdxFiles.length) {
  console.error('usage: node scripts/check-note.ts <source.txt> <first-line> <last-line> <chapter.mdx>...');
  process.exit(2);
}

/** The page's text as the lossless check reads it: text, code, and the file name a screenshot shows. */
function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value ?? '';
  const own = attributeOf(node, 'file')?.split('/').pop() ?? '';
  return own + (node.children ?? []).map(textOf).join('');
}

let pageText = '';
for (const file of mdxFiles) {
  const mdx = readFileSync(file, 'utf8');
  try {
    const chapter = parseChapter(mdx, file);
    const frontMatter = (parse(chapter.frontMatter) ?? {}) as { title?: unknown };
    pageText += String(frontMatter.title ?? '') + textOf(chapter.tree);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
pageText = pageText.replace(/\s+/g, '');

const corrections: Correction[] = parse(readFileSync('content/corrections.yaml', 'utf8')) ?? [];
const missing = findMissingLines(basename(sourcePath), readFileSync(sourcePath, 'utf8'), pageText, corrections, [
  Number(first),
  Number(last),
]);
for (const m of missing) console.log(`${basename(sourcePath)}:${m.line}: missing "${m.fragment}"  <- ${m.text.trim()}`);
console.log(`${missing.length} missing line fragment(s)`);
if (missing.length) process.exitCode = 1;
