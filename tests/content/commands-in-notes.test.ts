/**
 * Every command in every code block of the notes (both languages) is known to the reference:
 * an unknown command, subcommand or flag fails with the file and line of its code block, and so does
 * a form Docker has removed (the page shows such an original only beside its correction, never as code).
 */
import { test } from 'node:test';
import { corrections as readCorrections, noteChapters } from '../support/notes.ts';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildCommandIndex, instructionIndex } from '../../src/reference/command-index.ts';
import { commandUses, instructionUses } from '../../src/reference/code-blocks.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { simpleCommands } from '../../src/reference/shell-words.ts';
import { parseCommand } from '../../src/reference/parse-command.ts';
import { optionAnchor } from '../../src/schemas/command.ts';
import { describeRemovedForm, removedFormsIn } from '../../src/reference/removed-forms.ts';
import { SHELLS } from '../../src/schemas/shells.ts';

const ROOT = join(import.meta.dirname, '../..');
const entries = loadReferenceEntries(join(ROOT, 'content/commands'));
const index = buildCommandIndex(entries);
const instructions = instructionIndex(entries);
const corrections = readCorrections();

const chapters = noteChapters();

test('every docker command in the notes uses only known subcommands and flags', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const { path, parsed } of chapters) {
    for (const use of commandUses(parsed.codeBlocks, index)) {
      checked++;
      for (const problem of use.command.problems) problems.push(`${path}:${use.block.line}: ${problem}  (${use.text.split('\n')[0]})`);
    }
  }
  console.log(`# ${checked} commands in the notes' code blocks checked against ${entries.length} reference entries`);
  assert.ok(checked > 200, `only ${checked} commands found in the notes`);
  assert.deepEqual(problems, []);
});

test('no command in the notes (every language, every shell tab) uses a form Docker has removed', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const { path, parsed } of chapters) {
    for (const use of commandUses(parsed.codeBlocks, index)) {
      checked++;
      for (const form of removedFormsIn(use.command, use.words)) problems.push(`${path}:${use.block.line}: ${describeRemovedForm(form)}  (${use.text.split('\n')[0]})`);
    }
  }
  assert.ok(checked > 200, `only ${checked} commands found in the notes`);
  assert.deepEqual(problems, []);
});

test("the reference's examples use no removed form, except on the removed command's own entry", () => {
  const problems: string[] = [];
  for (const { id, data } of entries) {
    if (data.kind === 'dockerfile') continue;
    for (const example of data.examples) {
      for (const shell of SHELLS) {
        for (const words of simpleCommands(example[shell] ?? '')) {
          const parsed = parseCommand(words, index);
          if (!parsed || parsed.spec.id === id) continue;
          for (const form of removedFormsIn(parsed, words)) problems.push(`content/commands/${id}.yaml (${shell}): ${describeRemovedForm(form)}`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the original of each outdated-command correction is a removed form the check catches', () => {
  const outdated = corrections.filter((fix) => fix.removedIn);
  assert.ok(outdated.length > 0, 'corrections.yaml lists no outdated command');
  for (const fix of outdated) {
    const chapter = chapters.find((c) => c.path === `content/notes/ko/${fix.page}.mdx`);
    assert.ok(chapter, `corrections.yaml: ${fix.source}:${fix.line} names page ${fix.page}, which does not exist`);
    const corrected = commandUses(chapter.parsed.codeBlocks, index).find((use) => use.text.includes(fix.to));
    assert.ok(corrected, `${fix.page}: no command contains the corrected "${fix.to}"`);
    const original = corrected.text.replace(fix.to, fix.from);
    const forms = simpleCommands(original).flatMap((words) => {
      const parsed = parseCommand(words, index);
      return parsed ? removedFormsIn(parsed, words) : [];
    });
    assert.ok(
      forms.some((f) => f.removedIn === fix.removedIn),
      `${fix.source}:${fix.line}: "${original}" is not caught as removed in Docker ${fix.removedIn}`,
    );
  }
});

test('every Dockerfile instruction in the notes has an entry that knows its flags', () => {
  const problems: string[] = [];
  for (const { path, parsed } of chapters) {
    for (const use of instructionUses(parsed.codeBlocks)) {
      const entry = instructions.get(use.instruction);
      if (!entry) {
        problems.push(`${path}:${use.block.line}: no reference entry for Dockerfile instruction ${use.instruction}`);
        continue;
      }
      for (const flag of use.flags) {
        if (!entry.data.options.some((o) => o.long === flag)) problems.push(`${path}:${use.block.line}: ${use.instruction} ${flag} is not in its entry`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("the reference's own examples use only flags their entries know", () => {
  const problems: string[] = [];
  for (const { id, data } of entries) {
    if (data.kind === 'dockerfile') continue;
    for (const example of data.examples) {
      for (const shell of SHELLS) {
        const code = example[shell];
        if (!code) continue;
        for (const words of simpleCommands(code)) {
          for (const problem of parseCommand(words, index)?.problems ?? []) problems.push(`content/commands/${id}.yaml (${shell}): ${problem}`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the legacy commands of the notes are marked with what replaces them', () => {
  const byName = new Map(entries.map((e) => [e.data.name, e.data]));
  for (const name of ['docker -d', 'MAINTAINER', 'docker-compose', 'apt-key']) {
    const entry = byName.get(name);
    assert.ok(entry, `no reference entry for ${name}`);
    assert.equal(entry.status, 'legacy', `${name} should be legacy`);
    assert.ok(entry.replacement?.command, `${name} has no replacement`);
  }
  assert.ok(byName.get('docker run')?.options.find((o) => o.long === '--link')?.legacy, 'docker run --link should be legacy');
  assert.equal(byName.get('docker -d')!.replacement!.command, 'dockerd');
});

// The real entries' names are proved unique when this file builds its index at import; this proves the
// index would say so, naming the file, if two entries shared a name.
test('reference names and aliases are unique and every flag anchor is unique within its entry', () => {
  const [first, second] = entries.filter((e) => e.data.kind !== 'dockerfile');
  const clash = { id: second!.id, data: { ...second!.data, aliases: [first!.data.name] } };
  assert.throws(() => buildCommandIndex([first!, clash]), new RegExp(`content/commands/${second!.id}\\.yaml: "${first!.data.name}" is already the name of ${first!.id}\\.yaml`));
  for (const { id, data } of entries) {
    const anchors = data.options.map(optionAnchor);
    assert.equal(new Set(anchors).size, anchors.length, `content/commands/${id}.yaml: two options share an anchor`);
  }
});
