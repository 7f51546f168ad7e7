/**
 * Broken content never reaches the site silently: each case breaks one thing in a copy of the
 * project and expects `astro build` to fail with a message that names the file and the line.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Sandbox } from './sandbox.ts';

const KO = 'content/notes/ko/docker-basics/concepts-and-commands.mdx';
const EN = 'content/notes/en/docker-basics/concepts-and-commands.mdx';
const FIRST_ITEM = '- 프로세스 분리 및 애플리케이션 패키징';

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
    name: 'a duplicate heading id',
    breakIt: (p) => p.edit(KO, (t) => t.replace('## 2. Docker { #docker }', '## 2. Docker { #container }')),
    expect: [/concepts-and-commands\.mdx:\d+: heading id "container" is already used on line 8/],
  },
  {
    name: 'a missing translation',
    breakIt: (p) => p.remove(EN),
    expect: [/content\/notes\/en\/docker-basics\/concepts-and-commands\.mdx is missing/],
  },
  {
    name: 'a link to an unknown page and to an unknown anchor',
    breakIt: (p) =>
      p.edit(KO, (t) => t.replace(FIRST_ITEM, '- [없는 쪽](/ko/notes/no-such-note/intro/) 과 [없는 절](#no-such-section)')),
    expect: [
      /concepts-and-commands\.mdx:10: link to \/ko\/notes\/no-such-note\/intro\/: no such page/,
      /concepts-and-commands\.mdx:10: link to #no-such-section: .* has no heading #no-such-section/,
    ],
  },
  {
    name: 'a command with a flag the reference does not know',
    breakIt: (p) => p.edit(KO, (t) => `${t}\n\`\`\`sh\ndocker run --rn alpine\n\`\`\`\n`),
    expect: [/concepts-and-commands\.mdx:\d+: docker run: unknown flag --rn/],
  },
  {
    name: 'front matter that breaks the schema',
    breakIt: (p) => p.edit(KO, (t) => t.replace('order: 1', 'order: "first"')),
    expect: [/concepts-and-commands\.mdx/, /does not match collection schema/, /order/],
  },
];

describe('bad input fails the build, naming file and line', { concurrency: 2 }, () => {
  for (const c of cases) {
    test(c.name, () => {
      const project = new Sandbox();
      try {
        c.breakIt(project);
        const { status, output } = project.build();
        assert.notEqual(status, 0, `the build passed despite ${c.name}`);
        for (const pattern of c.expect) assert.match(output, pattern);
      } finally {
        project.dispose();
      }
    });
  }
});
