/**
 * The explainer against real commands collected from images' READMEs and Docker's documentation
 * (tests/explain-commands.json, each with its source): every flag it must link is linked, the image is
 * read with its registry and tag, the container's command is kept apart, and no problem is reported
 * other than those the set lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { documentedCommandNames } from '../../src/content/command-names.ts';
import { explainData } from '../../src/reference/explain-data.ts';
import { Explainer, type Part } from '../../src/reference/explain.ts';

interface Case {
  command: string;
  source: string;
  links: string[];
  image?: string;
  containerCommand?: string;
  problems?: string[];
}

const ROOT = join(import.meta.dirname, '../..');
const cases = (JSON.parse(readFileSync(join(ROOT, 'tests/explain-commands.json'), 'utf8')) as { commands: Case[] }).commands;
const explainer = new Explainer(explainData(loadReferenceEntries(join(ROOT, 'content/commands')), 'en', documentedCommandNames(ROOT)));

/** Every problem in an explanation, as `<kind> <what>`. */
function problemsOf(parts: Part[]): string[] {
  return parts.flatMap((p) => {
    const problem = p.kind === 'problem' ? p.problem : p.kind === 'flag' ? p.problem : undefined;
    if (!problem) return [];
    return [`${problem.kind} ${'flag' in problem ? problem.flag : p.text}`];
  });
}

test('the set holds at least 40 real commands, each with its source', () => {
  assert.ok(cases.length >= 40, `${cases.length} commands`);
  for (const c of cases) assert.match(c.source, /\S/, c.command);
});

for (const c of cases) {
  test(`explains: ${c.command.split('\n')[0]}`, () => {
    const explained = explainer.explain(c.command);
    const parts = explained.flatMap((e) => e.parts);
    const links = new Set(
      parts.flatMap((p) => (p.kind === 'flag' ? [`${p.id}#${p.anchor}`] : p.kind === 'command' ? [p.id] : [])),
    );
    for (const link of c.links) assert.ok(links.has(link) || links.has(link.split('#')[0]!) && !link.includes('#'), `${c.source}: no link to ${link} (has ${[...links].join(', ')})`);
    assert.deepEqual(problemsOf(parts), c.problems ?? [], `${c.source}: problems`);
    if (c.image) {
      const image = parts.find((p) => p.kind === 'image');
      assert.ok(image && image.kind === 'image', `${c.source}: no image`);
      assert.equal(`${image.registry}/${image.repository}${image.tag ? `:${image.tag}` : ''}`, c.image);
    }
    if (c.containerCommand) {
      const own = parts.find((p) => p.kind === 'container-command');
      assert.ok(own && own.kind === 'container-command', `${c.source}: no container command`);
      assert.equal(own.program, c.containerCommand);
    }
  });
}
