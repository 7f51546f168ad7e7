/**
 * Writes the name of every command Docker documents to content/reference-facts/command-names.json, so the
 * explainer can tell a real command this reference does not cover (`docker swarm init`) from one no Docker
 * CLI has (`docker contianer`):
 *
 *   npx node scripts/extract-command-names.ts --cli <docker/cli> --compose <docker/compose> --buildx <docker/buildx>
 *
 * A name is read from each command's page in the repository's reference docs (`swarm_join-token.md` ->
 * `docker swarm join-token`). Work trees and bare git directories both work; only the names carry over.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkout } from './lib/checkout.ts';

const ROOT = join(import.meta.dirname, '..');
const OUTPUT = 'content/reference-facts/command-names.json';

/** The repositories, where each keeps one Markdown page per command, and what their pages' names stand for. */
const SOURCES = [
  { option: 'cli', repository: 'https://github.com/docker/cli', dir: 'docs/reference/commandline', prefix: 'docker ' },
  { option: 'compose', repository: 'https://github.com/docker/compose', dir: 'docs/reference', prefix: 'docker ' },
  { option: 'buildx', repository: 'https://github.com/docker/buildx', dir: 'docs/reference', prefix: 'docker ' },
] as const;

/**
 * Docker's CLI plugins that docs.docker.com documents from docker/docs (`data/cli/<plugin>/docker_<plugin>.yaml`)
 * rather than from a repository of their own: their names only, kept by hand. Docker Desktop installs them; a
 * reader meets `docker init` or `docker scout cves` in Docker's own guides.
 */
const DOCUMENTED_PLUGINS = ['desktop', 'dhi', 'init', 'mcp', 'model', 'offload', 'sandbox', 'scout'];

const { values } = parseArgs({ options: { cli: { type: 'string' }, compose: { type: 'string' }, buildx: { type: 'string' } } });
if (!values.cli || !values.compose || !values.buildx) {
  console.error('usage: npx node scripts/extract-command-names.ts --cli <docker/cli> --compose <docker/compose> --buildx <docker/buildx>');
  process.exit(2);
}

const names = new Set<string>();
const sources = SOURCES.map(({ option, repository, dir, prefix }) => {
  const path = values[option]!;
  const source = checkout(path);
  const pages = source.git('ls-tree', '--name-only', 'HEAD', `${dir}/`).trim().split('\n').map((file) => file.slice(dir.length + 1));
  let count = 0;
  for (const page of pages) {
    // `docker.md` is the CLI itself and `index.md` the folder's contents; every other page is one command.
    if (!/^[a-z][a-z0-9-]*(?:_[a-z0-9-]+)*\.md$/.test(page) || page === 'docker.md' || page === 'index.md') continue;
    names.add(prefix + page.slice(0, -'.md'.length).replace(/_/g, ' '));
    count++;
  }
  if (!count) throw new Error(`${path}: no command pages in ${dir}/`);
  return { repository, commit: source.commit(), version: source.version() };
});

for (const plugin of DOCUMENTED_PLUGINS) names.add(`docker ${plugin}`);
const plugins = { source: 'https://github.com/docker/docs/tree/main/data/cli', names: DOCUMENTED_PLUGINS.map((plugin) => `docker ${plugin}`) };

const sorted = [...names].sort();
writeFileSync(join(ROOT, OUTPUT), `{\n  "sources": ${JSON.stringify(sources)},\n  "plugins": ${JSON.stringify(plugins)},\n  "names": [\n${sorted.map((n) => `    ${JSON.stringify(n)}`).join(',\n')}\n  ]\n}\n`);
console.log(`${OUTPUT}: ${sorted.length} command names (${sources.map((s) => `${s.repository.split('/').pop()} ${s.version}`).join(', ')})`);
