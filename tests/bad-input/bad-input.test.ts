/**
 * Broken content never reaches the site silently: each case breaks one thing in a copy of the
 * project and expects `astro build` to fail with a message that names the file and the line.
 * Only what a build alone can show is here: MDX syntax errors and missing images (reported by the
 * MDX pipeline inside Astro), front matter against the collection schema (Astro's content layer),
 * and a missing translation (checked where the chapter pages are listed, inside the build). Problems
 * found by the chapter validator (duplicate heading ids, unknown links, unknown flags) are unit tests
 * in tests/unit/validate-chapter.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox } from './sandbox.ts';
import { SITE_ORIGIN } from '../../scripts/lib/addresses.ts';

const KO = 'content/notes/ko/docker-basics/concepts-and-commands.mdx';
const EN = 'content/notes/en/docker-basics/concepts-and-commands.mdx';
const FIRST_ITEM = '- 프로세스 분리 및 애플리케이션 패키징';
const BROKEN_LINKS = `- [장](../no-such-chapter/) [쪽](no-such-page) [참고][gone] [절대](${SITE_ORIGIN}/ko/no-such-page/) \`docker run --no-such-flag\``;

interface Case {
  name: string;
  breakIt: (project: Sandbox) => void;
  expect: RegExp[];
}

const cases: Case[] = [
  {
    name: 'a <placeholder> in prose',
    breakIt: (p) => p.edit(KO, (t) => t.replace(FIRST_ITEM, '- 프로세스 분리 및 <이미지 이름> 패키징')),
    expect: [/concepts-and-commands\.mdx:10:\d+/, /closing tag for `<이미지>`/],
  },
  {
    name: 'an unclosed tag',
    breakIt: (p) => p.edit(KO, (t) => t.replace(FIRST_ITEM, '<Screenshot file="a.png" href="https://docs.docker.com/">\n\n캡션')),
    expect: [/concepts-and-commands\.mdx:10:1/, /closing tag for `<Screenshot>`/],
  },
  {
    name: 'a Go template outside code',
    breakIt: (p) => p.edit(KO, (t) => t.replace(FIRST_ITEM, '- 볼륨 목록 {{ .Volumes }}')),
    expect: [/concepts-and-commands\.mdx:10:\d+/, /Could not parse expression/],
  },
  {
    name: 'a missing image',
    breakIt: (p) => p.edit(KO, (t) => t.replace(FIRST_ITEM, '![화면](./missing-shot.png)')),
    expect: [/concepts-and-commands\.mdx:10: image "\.\/missing-shot\.png" does not exist/],
  },
  {
    name: 'a missing translation',
    breakIt: (p) => p.remove(EN),
    expect: [/content\/notes\/en\/docker-basics\/concepts-and-commands\.mdx is missing/],
  },
  {
    name: 'a YAML syntax error in a command file',
    breakIt: (p) => p.edit('content/commands/run.yaml', (t) => t.replace('kind: cli', 'kind: cli: docker')),
    expect: [/content\/commands\/run\.yaml:2:\d+: /],
  },
  {
    name: 'relative, reference-style and own-origin links that lead nowhere, and an unknown flag in inline code',
    breakIt: (p) => p.edit(KO, (t) => t.replace(FIRST_ITEM, `${BROKEN_LINKS}\n\n[gone]: ../../easy-docker/no-such-chapter/`)),
    expect: [
      /concepts-and-commands\.mdx:10: link to \.\.\/no-such-chapter\/: no such page/,
      /concepts-and-commands\.mdx:10: link to no-such-page: no such page/,
      new RegExp(`concepts-and-commands\\.mdx:10: link to ${SITE_ORIGIN.replaceAll('.', '\\.')}/ko/no-such-page/: no such page`),
      /concepts-and-commands\.mdx:10: docker run: unknown flag --no-such-flag in `docker run --no-such-flag`/,
      /concepts-and-commands\.mdx:12: link to \.\.\/\.\.\/easy-docker\/no-such-chapter\/: no such page/,
    ],
  },
  {
    name: 'front matter that breaks the schema',
    breakIt: (p) => p.edit(KO, (t) => t.replace('order: 1', 'order: "first"')),
    expect: [/concepts-and-commands\.mdx/, /does not match collection schema/, /order/],
  },
];

describe('bad input fails the build, naming file and line', { concurrency: 2 }, () => {
  for (const c of cases) {
    test(c.name, async () => {
      const project = new Sandbox();
      try {
        c.breakIt(project);
        const { status, output } = await project.build();
        assert.notEqual(status, 0, `the build passed despite ${c.name}`);
        // The end of the log is where the build says why it stopped; a long log of warnings would hide it.
        for (const pattern of c.expect) assert.match(output, pattern, `${pattern} not in the build's log, which ends:\n${output.slice(-3000)}`);
      } finally {
        project.dispose();
      }
    });
  }
});

test('a failed build leaves the previous dist/ as it was', async () => {
  const project = new Sandbox();
  try {
    project.write('dist/index.html', 'the last good site');
    project.edit(KO, (t) => t.replace(FIRST_ITEM, BROKEN_LINKS));
    const { status, output } = await project.build('npm run build');
    assert.notEqual(status, 0);
    assert.match(output, /dist\/ is left as it was/);
    assert.equal(readFileSync(join(project.dir, 'dist/index.html'), 'utf8'), 'the last good site');
    assert.ok(!project.exists('.dist-next'), 'the half-built site is removed');
  } finally {
    project.dispose();
  }
});
