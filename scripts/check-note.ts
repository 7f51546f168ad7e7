/**
 * Fast check while converting a note, without a full build:
 *   node scripts/check-note.ts <source.txt> <first-line> <last-line> <chapter.mdx>...
 * Parses the MDX files (syntax errors name file and line), then lists the source lines
 * in the range whose text is missing from them (after content/corrections.yaml).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { mdxToHast } from 'satteri';
import { parse } from 'yaml';
import { findMissingLines, type Correction } from '../src/checks/lossless.ts';

const [sourcePath, first, last, ...mdxFiles] = process.argv.slice(2);
if (!sourcePath || !mdxFiles.length) {
  console.error('usage: node scripts/check-note.ts <source.txt> <first-line> <last-line> <chapter.mdx>...');
  process.exit(2);
}

function textOf(node: any): string {
  if (node.type === 'text') return node.value;
  const own = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
    ? (node.attributes ?? []).filter((a: any) => a.name === 'file').map((a: any) => String(a.value).split('/').pop()).join(' ')
    : '';
  return own + (node.children ?? []).map(textOf).join('');
}

let pageText = '';
for (const file of mdxFiles) {
  const mdx = readFileSync(file, 'utf8');
  const title = /^title:\s*(.*)$/m.exec(mdx)?.[1] ?? '';
  try {
    pageText += String(parse(title) ?? '') + textOf(mdxToHast(mdx, { features: { headingAttributes: true } }));
  } catch (error) {
    console.error(`${file}: ${(error as Error).message}`);
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
