/**
 * Every `cli` and `compose` entry lists exactly the flags its command documents, with the documented short
 * form, type, default and minimum API version; every Dockerfile flag gives the minimum syntax the Dockerfile
 * reference names (content/reference-facts/*.json, written by scripts/extract-cli-facts.ts).
 * One test per entry file, so a failure names the file and each flag that is wrong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { instructionKey, keyOfEntry } from '../../src/search/index-data.ts';
import {
  apiSince,
  compareFlags,
  compareSince,
  findCommand,
  flagKey,
  syntaxSince,
  type CommandFact,
  type DockerfileFactsFile,
  type FactsFile,
  type FlagFact,
} from '../../src/reference/cli-facts.ts';

const ROOT = join(import.meta.dirname, '../..');
const factsOf = (file: string) => JSON.parse(readFileSync(join(ROOT, 'content/reference-facts', file), 'utf8')) as FactsFile;
const facts = { cli: factsOf('docker-cli.json'), compose: factsOf('compose.json'), buildx: factsOf('buildx.json') };
const dockerfile = JSON.parse(readFileSync(join(ROOT, 'content/reference-facts/dockerfile.json'), 'utf8')) as DockerfileFactsFile;

/** `docker build` runs `docker buildx build`, so its facts are buildx's; every other entry's come from its own kind. */
const commandsFor = (kind: string, names: string[]): CommandFact[] =>
  names.includes('docker build') ? facts.buildx.commands : facts[kind as 'cli' | 'compose'].commands;

// A legacy entry (`docker -d`) describes a command that is gone, so no current page documents it.
const entries = loadReferenceEntries(join(ROOT, 'content/commands')).filter(
  (e) => (e.data.kind === 'cli' || e.data.kind === 'compose') && e.data.status === 'current',
);

test('the facts name their source: repository, commit and version', () => {
  for (const { source } of Object.values(facts)) {
    assert.match(source.repository, /^https:\/\/github\.com\/docker\/(cli|compose|buildx)$/);
    assert.match(source.commit, /^[0-9a-f]{40}$/);
    assert.match(source.version, /^v\d+\.\d+\.\d+/);
  }
  assert.equal(dockerfile.source.repository, 'https://github.com/moby/buildkit');
  assert.match(dockerfile.source.commit, /^[0-9a-f]{40}$/);
  assert.match(dockerfile.source.version, /^dockerfile\/1\.\d+\.\d+/);
});

test('the facts cover exactly the commands the entries describe', () => {
  const used = new Set(entries.map((e) => findCommand(commandsFor(e.data.kind, [e.data.name, ...e.data.aliases]), [e.data.name, ...e.data.aliases])?.name));
  const unused = Object.values(facts).flatMap((f) => f.commands.map((c) => c.name)).filter((name) => !used.has(name));
  assert.deepEqual(unused, [], 'documented commands that no entry describes: run scripts/extract-cli-facts.ts again');
});

// A reader may type any name the CLI accepts (`docker container ls`, `docker image rm`): each must lead to the
// one entry that describes the command, and no entry may claim a name the CLI does not know.
test('each entry answers to exactly the names its command is documented under', () => {
  const problems: string[] = [];
  for (const { id, data } of entries) {
    const command = findCommand(facts[data.kind as 'cli' | 'compose'].commands, [data.name, ...data.aliases]);
    if (!command) continue; // the per-entry test below names it
    const ours = new Set([data.name, ...data.aliases]);
    const documented = [command.name, ...command.aliases];
    for (const name of documented) if (!ours.has(name)) problems.push(`content/commands/${id}.yaml: add "${name}" to aliases (documented in ${command.page})`);
    for (const name of ours) if (!documented.includes(name)) problems.push(`content/commands/${id}.yaml: "${name}" is not a name ${command.page} gives`);
  }
  assert.deepEqual(problems, []);
});

const coverage: string[] = [];
for (const { id, data } of entries) {
  const file = `content/commands/${id}.yaml`;
  test(`${file} lists the documented flags of ${data.name}`, () => {
    const names = [data.name, ...data.aliases];
    const command = findCommand(commandsFor(data.kind, names), names);
    assert.ok(command, `${file}: no documented command is named ${data.name}; run scripts/extract-cli-facts.ts again`);
    const { problems, listed, documented } = compareFlags(data.options, command.flags, command.legacyBuilder?.flags);
    // The minimum API version of each documented flag, from the builder the option belongs to.
    const versionOf = (option: { long?: string; short?: string; builder?: string }) => {
      const pool: FlagFact[] = option.builder === 'legacy' ? (command.legacyBuilder?.flags ?? []) : command.flags;
      const fact = pool.find((f) => flagKey(f) === flagKey(option));
      return fact ? (fact.minApi ? apiSince(fact.minApi) : undefined) : null;
    };
    problems.push(...compareSince(data.options, versionOf));
    // Where the command stops reading flags: the explainer reads `docker commit web img -m x` as the CLI does.
    const interspersed = command.interspersed ?? true;
    if (data.interspersed !== interspersed) problems.push(`interspersed: ${data.interspersed}, but the command's source reads flags ${interspersed ? 'after its arguments too' : 'only before its first argument'} (write interspersed: ${interspersed})`);
    coverage.push(`${id}: ${listed}/${documented}`);
    if (problems.length) assert.fail(`${file} (documented in ${command.page}):\n  ${problems.join('\n  ')}`);
  });
}

test('coverage: documented flags listed per command', () => {
  console.log(`# flags listed/documented: ${coverage.join(', ')}`);
  assert.equal(coverage.length, entries.length);
});

// The Dockerfile reference gives a table of minimum syntax versions for RUN, ADD and COPY: the entries list
// exactly those flags, each with the version of its row (no version where the row leaves it empty).
const instructions = loadReferenceEntries(join(ROOT, 'content/commands')).filter((e) => e.data.kind === 'dockerfile');
for (const instruction of dockerfile.instructions) {
  const entry = instructions.find((e) => e.data.name === instruction.name);
  const file = entry ? `content/commands/${entry.id}.yaml` : `an entry for ${instruction.name}`;
  test(`${file} lists ${instruction.name}'s flags with their minimum Dockerfile syntax`, () => {
    assert.ok(entry, `no dockerfile entry is named ${instruction.name}, though ${dockerfile.source.page} documents its flags`);
    const listed = new Set(entry.data.options.map((o) => o.long));
    const problems = [
      ...instruction.flags.filter((f) => !listed.has(f.long)).map((f) => `${f.long}: missing`),
      ...[...listed].filter((long) => !instruction.flags.some((f) => f.long === long)).map((long) => `${long}: not in the reference's table`),
      ...compareSince(entry.data.options, (option) => {
        const fact = instruction.flags.find((f) => f.long === option.long);
        return fact ? (fact.minSyntax ? syntaxSince(fact.minSyntax) : undefined) : null;
      }),
    ];
    if (problems.length) assert.fail(`${file} (documented in ${dockerfile.source.page}):\n  ${problems.join('\n  ')}`);
  });
}

test("an instruction's entry is named dockerfile-<instruction>, as the search finds it by its key word (index-data.ts)", () => {
  const misnamed = loadReferenceEntries(join(ROOT, 'content/commands'))
    .filter(({ data }) => data.kind === 'dockerfile')
    .filter(({ id, data }) => keyOfEntry(id) !== instructionKey(data.name))
    .map(({ id, data }) => `content/commands/${id}.yaml (${data.name})`);
  assert.deepEqual(misnamed, []);
});
