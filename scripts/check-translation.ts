/**
 * Checks English chapters against their Korean originals while translating:
 *   node scripts/check-translation.ts content/notes/en/<note>/<chapter>.mdx ...
 * Reports heading id, code block and table differences, and Hangul left outside lang="ko".
 */
import { existsSync, readFileSync } from 'node:fs';
import { chapterShape, parityProblems, strayHangul } from '../src/checks/parity.ts';
import { HANGUL } from '../src/i18n/hangul.ts';
import { parseChapter } from '../src/mdx/chapter.ts';
import { parse } from 'yaml';

let failed = 0;
for (const enFile of process.argv.slice(2)) {
  const koFile = enFile.replace('/notes/en/', '/notes/ko/');
  if (!existsSync(koFile)) {
    console.log(`${enFile}: no Korean original at ${koFile}`);
    failed++;
    continue;
  }
  let problems: string[];
  try {
    const en = parseChapter(readFileSync(enFile, 'utf8'), enFile);
    const frontMatter = (parse(en.frontMatter) ?? {}) as { title?: unknown; description?: unknown };
    problems = [
      ...parityProblems(chapterShape(parseChapter(readFileSync(koFile, 'utf8'), koFile)), chapterShape(en)),
      ...strayHangul(en).map((text) => `Hangul outside lang="ko": ${text}`),
    ];
    if (HANGUL.test(String(frontMatter.title ?? '')) || HANGUL.test(String(frontMatter.description ?? ''))) problems.push('front matter still in Korean');
  } catch (error) {
    problems = [`MDX error: ${(error as Error).message}`];
  }
  for (const p of problems) console.log(`${enFile}: ${p}`);
  if (problems.length) failed++;
  else console.log(`${enFile}: ok`);
}
if (failed) process.exitCode = 1;
