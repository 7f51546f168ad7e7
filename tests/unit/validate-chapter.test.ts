/**
 * The chapter validator that stops the build (src/markdown/validate-chapter.ts), fed broken chapters
 * directly: each problem is reported with the line to fix. The build prefixes the file name
 * (src/markdown/site-check.ts); tests/bad-input/ keeps only what a build alone can show.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { chapterProblems, type SiteMap } from '../../src/markdown/validate-chapter.ts';
import { SITE_ORIGIN } from '../../scripts/lib/addresses.ts';
import { buildCommandIndex, instructionIndex } from '../../src/reference/command-index.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';

const entries = loadReferenceEntries(join(import.meta.dirname, '../../content/commands'));
const commands = buildCommandIndex(entries);
const instructions = instructionIndex(entries);
const HERE = '/ko/notes/docker-basics/concepts-and-commands/';
const site: SiteMap = {
  pages: new Map([
    [HERE, new Set(['container', 'docker'])],
    ['/ko/notes/easy-docker/images-and-containers/', new Set(['image'])],
  ]),
};
const problems = (mdx: string) => chapterProblems(mdx, HERE, site, commands, instructions);

test('a well-formed chapter has no problems', () => {
  const mdx = ['## 1. 컨테이너 { #container }', '', '[이미지](/ko/notes/easy-docker/images-and-containers/#image)', '', '```sh', 'docker run --rm alpine', '```'].join('\n');
  assert.deepEqual(problems(mdx), []);
});

test('a duplicate heading id names both lines', () => {
  const mdx = ['## 1. 컨테이너 { #container }', '', '본문', '', '## 2. Docker { #container }'].join('\n');
  assert.deepEqual(problems(mdx), [{ line: 5, message: 'heading id "container" is already used on line 1' }]);
});

test('a link to an unknown page and to an unknown anchor are reported on their line', () => {
  const mdx = ['## 1. 컨테이너 { #container }', '', '- [없는 쪽](/ko/notes/no-such-note/intro/) 과 [없는 절](#no-such-section)'].join('\n');
  assert.deepEqual(problems(mdx), [
    { line: 3, message: 'link to /ko/notes/no-such-note/intro/: no such page' },
    { line: 3, message: `link to #no-such-section: ${HERE} has no heading #no-such-section` },
  ]);
});

test('a command with a flag the reference does not know is reported at its line in the code block', () => {
  const mdx = ['## 1. 컨테이너 { #container }', '', '```sh', 'docker ps', 'docker run --rn alpine', '```'].join('\n');
  const found = problems(mdx);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, 5);
  assert.match(found[0]!.message, /^docker run: unknown flag --rn in `docker run --rn alpine`$/);
});

test('relative, reference-style and own-origin links that lead nowhere are reported on their line; good ones and other sites are not', () => {
  const withOrigin: SiteMap = { ...site, origin: SITE_ORIGIN };
  const mdx = [
    '## 1. 컨테이너 { #container }',
    '[없는 장](../no-such-chapter/) 과 [없는 쪽](no-such-page)',
    '[이미지 장](../../easy-docker/images-and-containers/#image), [여기](./#docker), [Docker 문서](https://docs.docker.com/engine/)',
    '[참고][gone] 와 [참고2][ok]',
    // A definition cannot interrupt a paragraph (CommonMark): without this blank line the two below would be text.
    '',
    '[gone]: ../../easy-docker/no-such-chapter/',
    '[ok]: /ko/notes/easy-docker/images-and-containers/',
    `[절대](${SITE_ORIGIN}/ko/notes/no-such-note/) 와 [맞는 절대](${SITE_ORIGIN}/ko/notes/easy-docker/images-and-containers/#image)`,
    '![그림](./shot.png) 과 `[코드](nowhere)`',
  ].join('\n');
  assert.deepEqual(chapterProblems(mdx, HERE, withOrigin, commands, instructions), [
    { line: 2, message: 'link to ../no-such-chapter/: no such page (/ko/notes/docker-basics/no-such-chapter/)' },
    { line: 2, message: 'link to no-such-page: no such page (/ko/notes/docker-basics/concepts-and-commands/no-such-page)' },
    { line: 6, message: 'link to ../../easy-docker/no-such-chapter/: no such page (/ko/notes/easy-docker/no-such-chapter/)' },
    { line: 8, message: `link to ${SITE_ORIGIN}/ko/notes/no-such-note/: no such page (/ko/notes/no-such-note/)` },
  ]);
});

test('an unknown flag in inline code is reported on its line; a command the reference lacks is not', () => {
  const mdx = ['## 1. 컨테이너 { #container }', '', '`docker run --rm alpine` 는 되고 `docker run --no-such-flag` 는 안 됩니다.', '', '- `docker kill` : 즉시 중지'].join('\n');
  assert.deepEqual(problems(mdx), [{ line: 3, message: 'docker run: unknown flag --no-such-flag in `docker run --no-such-flag`' }]);
});
