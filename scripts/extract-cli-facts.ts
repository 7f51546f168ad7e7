/**
 * Writes the flag facts of every `cli`, `compose` and `dockerfile` reference entry to content/reference-facts/:
 *
 *   npx node scripts/extract-cli-facts.ts --cli <docker/cli> --compose <docker/compose> --buildx <docker/buildx> --buildkit <moby/buildkit>
 *
 * - docker-cli.json: the Options tables of docker/cli's docs, with each flag's minimum API version from the
 *   CLI's Go source (the tag the YAML docs print as min_api_version);
 * - buildx.json: `docker buildx build`, the command `docker build` runs, and the legacy builder's own flags;
 * - compose.json: docker/compose's docs;
 * - dockerfile.json: the minimum Dockerfile syntax of each instruction flag, from moby/buildkit's reference.
 *
 * A checkout is a work tree or a bare git directory (then the files are read from its HEAD).
 * Only facts carry over (names, types, defaults, marks, versions); the docs' sentences stay where they are.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReferenceEntries } from '../src/content/load-entries.ts';
import {
  addMinApi,
  commandSource,
  composeCommandSource,
  stopsFlagsAtFirstArgument,
  parseAliases,
  parseDockerfileOptionTables,
  parseOptionsTable,
  parseUsageBlock,
  parseVersionAnnotations,
  similarity,
  TOO_CLOSE,
  apiSince,
  findCommand,
  flagKey,
  syntaxSince,
  writeSince,
  type CommandFact,
  type DockerfileFactsFile,
  type FactsFile,
  type FlagFact,
  type GoFile,
} from '../src/reference/cli-facts.ts';
import type { ReferenceEntry } from '../src/reference/command-index.ts';
import { checkout, type Checkout } from './lib/checkout.ts';

const ROOT = join(import.meta.dirname, '..');


interface Docs {
  repository: string;
  /** The page that documents a command name, whether or not it exists. */
  pageOf(name: string): string;
  /** How a page that lists no aliases names its command. */
  read(page: string, markdown: string): { aliases: string[]; flags: CommandFact['flags'] };
}

const cliDocs: Docs = {
  repository: 'https://github.com/docker/cli',
  pageOf: (name) =>
    name === 'dockerd'
      ? 'docs/reference/dockerd.md'
      : `docs/reference/commandline/${name === 'docker' ? 'docker' : name.replace(/^docker /, '').replace(/ /g, '_')}.md`,
  // dockerd's page keeps cobra's plain usage text instead of a generated table.
  read: (page, markdown) =>
    page.endsWith('/dockerd.md')
      ? { aliases: [], flags: parseUsageBlock(markdown) }
      : { aliases: parseAliases(markdown), flags: parseOptionsTable(markdown) },
};

const composeDocs: Docs = {
  repository: 'https://github.com/docker/compose',
  pageOf: (name) => `docs/reference/${name.replace(/^docker /, '').replace(/ /g, '_')}.md`,
  read: (_page, markdown) => ({ aliases: parseAliases(markdown), flags: parseOptionsTable(markdown) }),
};

const buildxDocs: Docs = {
  repository: 'https://github.com/docker/buildx',
  pageOf: (name) => (name === 'docker build' ? 'docs/reference/buildx_build.md' : `docs/reference/${name.replace(/^docker /, '').replace(/ /g, '_')}.md`),
  read: (_page, markdown) => ({ aliases: parseAliases(markdown), flags: parseOptionsTable(markdown) }),
};

/** The documented command behind an entry: the page of its name or of an alias, then that page's canonical name. */
function commandFact(entry: ReferenceEntry, docs: Docs, source: Checkout): CommandFact {
  const where = `content/commands/${entry.id}.yaml`;
  for (const name of [entry.data.name, ...entry.data.aliases]) {
    const page = docs.pageOf(name);
    const markdown = source.read(page);
    if (markdown === undefined) continue;
    try {
      const first = docs.read(page, markdown);
      const canonical = first.aliases[0] ?? name;
      const canonicalPage = docs.pageOf(canonical);
      const canonicalMarkdown = canonicalPage === page ? markdown : source.read(canonicalPage);
      if (canonicalMarkdown === undefined) throw new Error(`${page} names ${canonical}, but ${canonicalPage} does not exist`);
      const { flags } = canonicalPage === page ? first : docs.read(canonicalPage, canonicalMarkdown);
      return { name: canonical, aliases: first.aliases.filter((a) => a !== canonical), page: canonicalPage, flags };
    } catch (error) {
      throw new Error(`${where}: ${page}: ${(error as Error).message}`);
    }
  }
  throw new Error(`${where}: no page in ${docs.repository} documents ${[entry.data.name, ...entry.data.aliases].join(' / ')}`);
}

/**
 * Flags that a command defines but its generated docs table leaves out (cobra adds `--version` to the root
 * command itself, so docker.md never lists it). Each is kept only while its definition is still found in
 * the named source file, so a flag the CLI drops disappears from the facts too.
 */
const UNTABULATED_FLAGS: { command: string; file: string; definition: RegExp; flag: FlagFact }[] = [
  {
    command: 'docker',
    file: 'cmd/docker/docker.go',
    definition: /Flags\(\)\.BoolP\("version", "v"/,
    flag: { long: '--version', short: '-v', type: 'bool' },
  },
];

function addUntabulatedFlags(fact: CommandFact, source: Checkout): CommandFact {
  const extra = UNTABULATED_FLAGS.filter((u) => u.command === fact.name && u.definition.test(source.read(u.file) ?? ''));
  if (!extra.length) return fact;
  const flags = [...fact.flags, ...extra.map((u) => ({ ...u.flag, definedIn: u.file }))];
  return { ...fact, flags: flags.sort((a, b) => (a.long ?? a.short!).localeCompare(b.long ?? b.short!)) };
}

/** One flag per line: the file stays readable and its diffs show the flag that changed. */
function serialize(facts: FactsFile): string {
  const commands = facts.commands.map((c) => {
    const interspersed = c.interspersed === false ? `      "interspersed": false,\n` : '';
    const head = `    {\n      "name": ${JSON.stringify(c.name)},\n      "aliases": ${JSON.stringify(c.aliases)},\n      "page": ${JSON.stringify(c.page)},\n${interspersed}`;
    const flags = c.flags.map((f) => `        ${JSON.stringify(f)}`).join(',\n');
    return `${head}      "flags": [${flags ? `\n${flags}\n      ` : ''}]\n    }`;
  });
  return `{\n  "source": ${JSON.stringify(facts.source)},\n  "commands": [\n${commands.join(',\n')}\n  ]\n}\n`;
}

/** Adds each flag's minimum API version from the Go source that defines the command (docker/cli only). */
function withMinApi(fact: CommandFact, goFiles: GoFile[]): CommandFact {
  if (fact.name === 'docker' || fact.name === 'dockerd' || !fact.flags.length) return fact;
  const { path, code } = commandSource(fact.name, goFiles, fact.flags.flatMap((f) => (f.long ? [f.long] : [])));
  const pkg = path.slice(0, path.lastIndexOf('/') + 1);
  const constants = new Map<string, string>();
  for (const f of goFiles.filter((g) => g.path.startsWith(pkg))) for (const m of f.text.matchAll(/^\s*(\w+)\s*=\s*"([^"]*)"/gm)) constants.set(m[1]!, m[2]!);
  return { ...fact, flags: addMinApi(fact.flags, parseVersionAnnotations(code, constants), `${path} (for ${fact.page})`) };
}

/** The command's Go source, where this script reads it: docker/cli's and docker/compose's subcommands. */
function goSourceOf(fact: CommandFact, docs: Docs, goFiles: GoFile[]): string | undefined {
  if (docs === cliDocs) return fact.name === 'docker' || fact.name === 'dockerd' ? undefined : commandSource(fact.name, goFiles, fact.flags.flatMap((f) => (f.long ? [f.long] : []))).code;
  if (docs === composeDocs) return composeCommandSource(fact.name, goFiles)?.text;
  return undefined;
}

function extract(entries: ReferenceEntry[], docs: Docs, path: string): FactsFile {
  const source = checkout(path);
  const goFiles = docs === cliDocs ? source.readAll('cli/command', '.go') : docs === composeDocs ? source.readAll('cmd/compose', '.go') : [];
  const byName = new Map<string, CommandFact>();
  for (const entry of entries) {
    let fact = addUntabulatedFlags(commandFact(entry, docs, source), source);
    if (docs === cliDocs) fact = withMinApi(fact, goFiles);
    const code = goSourceOf(fact, docs, goFiles);
    if (code !== undefined && stopsFlagsAtFirstArgument(code)) fact = { ...fact, interspersed: false };
    byName.set(fact.name, fact);
  }
  return {
    source: { repository: docs.repository, commit: source.commit(), version: source.version() },
    commands: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const { values } = parseArgs({
  options: { cli: { type: 'string' }, compose: { type: 'string' }, buildx: { type: 'string' }, buildkit: { type: 'string' } },
});
if (!values.cli || !values.compose || !values.buildx || !values.buildkit) {
  console.error('usage: npx node scripts/extract-cli-facts.ts --cli <docker/cli> --compose <docker/compose> --buildx <docker/buildx> --buildkit <moby/buildkit>');
  process.exit(2);
}
// A legacy entry (`docker -d`) describes a command that no current page documents.
const current = loadReferenceEntries(join(ROOT, 'content/commands')).filter((e) => e.data.status === 'current');
// `docker build` runs `docker buildx build` (BuildKit): its flags come from buildx's page, not the legacy builder's.
const isBuild = (e: ReferenceEntry) => e.data.name === 'docker build';
const outputs = [
  { file: 'docker-cli.json', kind: 'cli', docs: cliDocs, path: values.cli, entries: current.filter((e) => e.data.kind === 'cli' && !isBuild(e)) },
  { file: 'compose.json', kind: 'compose', docs: composeDocs, path: values.compose, entries: current.filter((e) => e.data.kind === 'compose') },
] as const;
mkdirSync(join(ROOT, 'content/reference-facts'), { recursive: true });
for (const { file, docs, path, entries } of outputs) {
  const facts = extract(entries, docs, path);
  writeFileSync(join(ROOT, 'content/reference-facts', file), serialize(facts));
  const flags = facts.commands.reduce((n, c) => n + c.flags.length, 0);
  const versions = facts.commands.reduce((n, c) => n + c.flags.filter((f) => f.minApi).length, 0);
  console.log(`content/reference-facts/${file}: ${facts.commands.length} commands, ${flags} flags, ${versions} with an API version (${facts.source.version})`);
}

{
  const build = current.find(isBuild);
  if (!build) throw new Error('content/commands/: no entry for docker build');
  const buildx = checkout(values.buildx);
  const cli = checkout(values.cli);
  const fact = commandFact(build, buildxDocs, buildx);
  const legacyPage = cliDocs.pageOf('docker image build');
  const legacyMarkdown = cli.read(legacyPage);
  if (legacyMarkdown === undefined) throw new Error(`${values.cli}: no ${legacyPage}`);
  const legacy = withMinApi({ name: 'docker image build', aliases: [], page: legacyPage, flags: parseOptionsTable(legacyMarkdown) }, cli.readAll('cli/command', '.go'));
  const facts: FactsFile = {
    source: { repository: buildxDocs.repository, commit: buildx.commit(), version: buildx.version() },
    commands: [{ ...fact, legacyBuilder: { page: `${cliDocs.repository}/blob/${cli.commit()}/${legacyPage}`, flags: legacy.flags } }],
  };
  let text = serialize(facts);
  const legacyFlags = legacy.flags.map((f) => `        ${JSON.stringify(f)}`).join(',\n');
  text = text.replace(/\n    \}\n  \]\n\}\n$/, `,\n      "legacyBuilder": {\n      "page": ${JSON.stringify(facts.commands[0]!.legacyBuilder!.page)},\n      "flags": [\n${legacyFlags}\n      ]}\n    }\n  ]\n}\n`);
  writeFileSync(join(ROOT, 'content/reference-facts/buildx.json'), text);
  console.log(`content/reference-facts/buildx.json: ${fact.name}, ${fact.flags.length} flags; the legacy builder ${legacy.flags.length} (${buildx.version()})`);
}

{
  const buildkit = checkout(values.buildkit);
  const page = 'frontend/dockerfile/docs/reference.md';
  const markdown = buildkit.read(page);
  if (markdown === undefined) throw new Error(`${values.buildkit}: no ${page}`);
  let instructions;
  try {
    instructions = parseDockerfileOptionTables(markdown);
  } catch (error) {
    throw new Error(`${page}: ${(error as Error).message}`);
  }
  const facts: DockerfileFactsFile = {
    source: { repository: 'https://github.com/moby/buildkit', commit: buildkit.commit(), version: buildkit.version(), page },
    instructions,
  };
  const body = instructions.map((i) => `    {"name": ${JSON.stringify(i.name)}, "flags": [\n${i.flags.map((f) => `      ${JSON.stringify(f)}`).join(',\n')}\n    ]}`);
  writeFileSync(
    join(ROOT, 'content/reference-facts/dockerfile.json'),
    `{\n  "source": ${JSON.stringify(facts.source)},\n  "instructions": [\n${body.join(',\n')}\n  ]\n}\n`,
  );
  console.log(`content/reference-facts/dockerfile.json: ${instructions.map((i) => `${i.name} ${i.flags.length}`).join(', ')} (${facts.source.version})`);
}

/*
 * The versions go into the entries' `since`, so an entry says what the source says: the API version of every
 * CLI flag the source tags (and none where it tags none), the syntax version of every Dockerfile flag.
 */
{
  const read = (file: string) => JSON.parse(readFileSync(join(ROOT, 'content/reference-facts', file), 'utf8'));
  const cliFacts = read('docker-cli.json') as FactsFile;
  const buildxFacts = read('buildx.json') as FactsFile;
  const dockerfileFacts = read('dockerfile.json') as DockerfileFactsFile;
  let changed = 0;
  for (const entry of current) {
    const versions = new Map<string, string | undefined>();
    const names = [entry.data.name, ...entry.data.aliases];
    if (entry.data.kind === 'cli') {
      const command = findCommand((isBuild(entry) ? buildxFacts : cliFacts).commands, names);
      for (const option of entry.data.options) {
        const pool = option.builder === 'legacy' ? command?.legacyBuilder?.flags : command?.flags;
        const fact = pool?.find((f) => flagKey(f) === flagKey(option));
        if (fact) versions.set(flagKey(option), fact.minApi ? apiSince(fact.minApi) : undefined);
      }
    } else if (entry.data.kind === 'dockerfile') {
      const instruction = dockerfileFacts.instructions.find((i) => i.name === entry.data.name);
      for (const flag of instruction?.flags ?? []) versions.set(flag.long, flag.minSyntax ? syntaxSince(flag.minSyntax) : undefined);
    }
    if (!versions.size) continue;
    const file = join(ROOT, 'content/commands', `${entry.id}.yaml`);
    const before = readFileSync(file, 'utf8');
    const after = writeSince(before, versions, `content/commands/${entry.id}.yaml`);
    if (after !== before) {
      writeFileSync(file, after);
      changed++;
    }
  }
  console.log(`since: ${changed} entries updated`);
}

/*
 * Our words, not Docker's: each English option description next to the help text of the same flag. The facts
 * above are written either way; a description that reads as Docker's sentence is named, and the run fails.
 */
{
  const sources = { cli: checkout(values.cli), compose: checkout(values.compose), buildx: checkout(values.buildx) };
  const helpTexts = (repo: Checkout, page: string): Map<string, string> => {
    const descriptions = new Map<string, string>();
    const markdown = repo.read(page) ?? '';
    if (page.endsWith('/dockerd.md')) parseUsageBlock(markdown, descriptions);
    else parseOptionsTable(markdown, descriptions);
    return descriptions;
  };
  const read = (file: string) => JSON.parse(readFileSync(join(ROOT, 'content/reference-facts', file), 'utf8')) as FactsFile;
  const facts = { cli: read('docker-cli.json'), compose: read('compose.json'), buildx: read('buildx.json') };
  const close: string[] = [];
  let compared = 0;
  for (const entry of current.filter((e) => e.data.kind === 'cli' || e.data.kind === 'compose')) {
    const which = isBuild(entry) ? 'buildx' : (entry.data.kind as 'cli' | 'compose');
    const command = findCommand(facts[which].commands, [entry.data.name, ...entry.data.aliases]);
    if (!command) continue;
    const help = helpTexts(sources[which], command.page);
    for (const option of entry.data.options) {
      const theirs = help.get(flagKey(option));
      if (theirs === undefined) continue;
      compared++;
      const ratio = similarity(option.description.en, theirs);
      if (ratio >= TOO_CLOSE) close.push(`content/commands/${entry.id}.yaml ${flagKey(option)}: ${ratio.toFixed(2)} alike "${theirs}"`);
    }
  }
  console.log(`descriptions: ${compared} compared with Docker's help texts, ${close.length} at ${TOO_CLOSE} or closer`);
  if (close.length) {
    console.error(`write these in our own words:\n  ${close.join('\n  ')}`);
    process.exitCode = 1;
  }
}
