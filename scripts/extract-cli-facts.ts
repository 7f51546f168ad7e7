/**
 * Writes the flag facts of every `cli` and `compose` reference entry, read from the reference docs of
 * docker/cli and docker/compose, to content/reference-facts/{docker-cli,compose}.json:
 *
 *   npx node scripts/extract-cli-facts.ts --cli <docker/cli checkout> --compose <docker/compose checkout>
 *
 * A checkout is a work tree or a bare git directory (then the files are read from its HEAD).
 * Only facts carry over (names, types, defaults, marks); the docs' sentences stay where they are.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReferenceEntries } from '../src/reference/load-entries.ts';
import { parseAliases, parseOptionsTable, parseUsageBlock, type CommandFact, type FactsFile } from '../src/reference/cli-facts.ts';
import type { ReferenceEntry } from '../src/reference/command-index.ts';

const ROOT = join(import.meta.dirname, '..');

/** Reads files from a work tree, or from HEAD of a bare git directory. */
function checkout(path: string) {
  const bare = !existsSync(join(path, '.git')) && existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'));
  const git = (...args: string[]) =>
    execFileSync('git', [...(bare ? ['--git-dir', path] : ['-C', path]), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return {
    read(file: string): string | undefined {
      if (!bare) return existsSync(join(path, file)) ? readFileSync(join(path, file), 'utf8') : undefined;
      try {
        return execFileSync('git', ['--git-dir', path, 'show', `HEAD:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return undefined;
      }
    },
    commit: () => git('rev-parse', 'HEAD').trim(),
    version: () => git('describe', '--tags').trim(),
  };
}
type Checkout = ReturnType<typeof checkout>;

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

/** One flag per line: the file stays readable and its diffs show the flag that changed. */
function serialize(facts: FactsFile): string {
  const commands = facts.commands.map((c) => {
    const head = `    {\n      "name": ${JSON.stringify(c.name)},\n      "aliases": ${JSON.stringify(c.aliases)},\n      "page": ${JSON.stringify(c.page)},\n`;
    const flags = c.flags.map((f) => `        ${JSON.stringify(f)}`).join(',\n');
    return `${head}      "flags": [${flags ? `\n${flags}\n      ` : ''}]\n    }`;
  });
  return `{\n  "source": ${JSON.stringify(facts.source)},\n  "commands": [\n${commands.join(',\n')}\n  ]\n}\n`;
}

function extract(entries: ReferenceEntry[], docs: Docs, path: string): FactsFile {
  const source = checkout(path);
  const byName = new Map<string, CommandFact>();
  for (const entry of entries) {
    const fact = commandFact(entry, docs, source);
    byName.set(fact.name, fact);
  }
  return {
    source: { repository: docs.repository, commit: source.commit(), version: source.version() },
    commands: [...byName.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const { values } = parseArgs({ options: { cli: { type: 'string' }, compose: { type: 'string' } } });
if (!values.cli || !values.compose) {
  console.error('usage: npx node scripts/extract-cli-facts.ts --cli <docker/cli checkout> --compose <docker/compose checkout>');
  process.exit(2);
}
// A legacy entry (`docker -d`) describes a command that no current page documents.
const current = loadReferenceEntries(join(ROOT, 'content/commands')).filter((e) => e.data.status === 'current');
const outputs = [
  { file: 'docker-cli.json', kind: 'cli', docs: cliDocs, path: values.cli },
  { file: 'compose.json', kind: 'compose', docs: composeDocs, path: values.compose },
] as const;
mkdirSync(join(ROOT, 'content/reference-facts'), { recursive: true });
for (const { file, kind, docs, path } of outputs) {
  const facts = extract(current.filter((e) => e.data.kind === kind), docs, path);
  writeFileSync(join(ROOT, 'content/reference-facts', file), serialize(facts));
  const flags = facts.commands.reduce((n, c) => n + c.flags.length, 0);
  console.log(`content/reference-facts/${file}: ${facts.commands.length} commands, ${flags} flags (${facts.source.version})`);
}
