/**
 * The explainer reads every command in the notes' code (both languages, every shell and Dockerfile
 * block) with no token left unexplained, and says of each outdated original the notes corrected that
 * it is outdated.
 */
import { test } from 'node:test';
import { corrections as readCorrections, noteChapters } from '../support/notes.ts';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHELL_LANGUAGES } from '../../src/reference/code-blocks.ts';
import { parseFenceMeta } from '../../src/reference/fence-meta.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { documentedCommandNames } from '../../src/content/command-names.ts';
import { explainData } from '../../src/reference/explain-data.ts';
import { Explainer, type Part } from '../../src/reference/explain.ts';

const ROOT = join(import.meta.dirname, '../..');
const explainer = new Explainer(explainData(loadReferenceEntries(join(ROOT, 'content/commands')), 'en', documentedCommandNames(ROOT)));
const corrections = readCorrections();

const chapters = noteChapters();

const problemsOf = (parts: Part[]) => parts.filter((p) => p.kind === 'problem' || (p.kind === 'flag' && p.problem));

/**
 * Marks the notes' code may carry, each said on the page too: a legacy flag the notes keep beside the
 * notice of what replaces it (`--link`), and one line of prose in a code block that lists two commands.
 */
const SAID_ON_THE_PAGE = (problem: string, command: string) =>
  problem === 'legacy-flag' || (problem === 'extra-argument' && /^docker images (또는|or) image ls \(/.test(command));

test('every command block of the notes is explained with no token marked', () => {
  const found: string[] = [];
  let commands = 0;
  for (const { path, parsed } of chapters) {
    for (const block of parsed.codeBlocks) {
      const shell = SHELL_LANGUAGES.has(block.lang) && !parseFenceMeta(block.meta).output;
      if (!shell && block.lang !== 'dockerfile') continue;
      for (const command of explainer.explain(block.code)) {
        if (command.parts.some((p) => p.kind === 'command')) commands++;
        for (const p of problemsOf(command.parts)) {
          const problem = p.kind === 'problem' ? p.problem : p.kind === 'flag' ? p.problem : undefined;
          if (problem && SAID_ON_THE_PAGE(problem.kind, command.text)) continue;
          found.push(`${path}:${block.line}: ${p.text} (${JSON.stringify(p.kind === 'problem' ? p.problem : p.kind === 'flag' ? p.problem : '')}) in \`${command.text}\``);
        }
      }
    }
  }
  assert.ok(commands > 300, `only ${commands} commands found`);
  assert.deepEqual(found, []);
});

test('each outdated original the notes corrected is said to be outdated, with what to write today', () => {
  const outdated = corrections.filter((fix) => fix.removedIn);
  assert.ok(outdated.length > 0);
  for (const fix of outdated) {
    const chapter = chapters.find((c) => c.path === `content/notes/ko/${fix.page}.mdx`)!;
    const block = chapter.parsed.codeBlocks.find((b) => b.code.includes(fix.to))!;
    const line = block.code.split('\n').find((l) => l.includes(fix.to))!;
    const original = line.replace(fix.to, fix.from);
    const problems = explainer.explain(original).flatMap((c) => problemsOf(c.parts));
    assert.ok(
      problems.some((p) => (p.kind === 'problem' ? p.problem : p.kind === 'flag' ? p.problem : undefined)?.kind === 'removed'),
      `${fix.source}:${fix.line}: "${original}" is not said to be removed`,
    );
  }
});
