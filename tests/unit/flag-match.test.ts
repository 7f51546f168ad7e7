import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagMatchRank, parseFlagQuery, rowMatches, rowRank, type FlagRow } from '../../src/reference/flag-match.ts';

const word = (query: string) => parseFlagQuery(query)[0]!;
const row = (names: string[], command: string, description: string): FlagRow => ({ names, text: `${names.join(', ')} ${command} ${description}` });

const PUBLISH = row(['-p', '--publish'], 'docker run', 'Publishes a container port on the host.');
const PUBLISH_ALL = row(['-P', '--publish-all'], 'docker run', 'Publishes every exposed port; use -p to choose them.');
const INTERACTIVE = row(['-i', '--interactive'], 'docker run', 'Keeps STDIN open.');
const TTY = row(['-t', '--tty'], 'docker run', 'Allocates a pseudo-TTY.');
const TAG = row(['-t', '--tag'], 'docker build', 'Names the image.');
const RM = row(['--rm'], 'docker run', 'Removes the container when it exits.');
const RESTART = row(['--restart'], 'docker run', 'Restart policy: no, on-failure, always, unless-stopped.');
const DETACH = row(['-d', '--detach'], 'docker run', 'Runs the container in the background.');
const MEMORY = row(['-m', '--memory'], 'docker run', 'Limits the memory; 메모리 상한. Reports are exported.');
const ENV = row(['-e', '--env'], 'docker run', 'Sets an environment variable; 환경 변수를 설정합니다.');
const LEGACY = row(['-f', '--file'], 'docker-compose', 'The Compose file.');
const ROWS = [PUBLISH, PUBLISH_ALL, INTERACTIVE, TTY, TAG, RM, RESTART, DETACH, MEMORY, ENV, LEGACY];
const found = (query: string) => ROWS.filter((r) => rowMatches(r, parseFlagQuery(query))).map((r) => r.names.join(', '));

test('a query is read word by word: flags, short flags written together, and text', () => {
  assert.deepEqual(parseFlagQuery('  run   --rm '), [
    { kind: 'text', text: 'run' },
    { kind: 'flag', flag: '--rm' },
  ]);
  assert.deepEqual(parseFlagQuery('-it'), [{ kind: 'short-flags', written: '-it', flags: ['-i', '-t'] }]);
  assert.deepEqual(parseFlagQuery('-p'), [{ kind: 'flag', flag: '-p' }]);
  assert.deepEqual(parseFlagQuery('Volume'), [{ kind: 'text', text: 'volume' }]);
  assert.deepEqual(parseFlagQuery(''), []);
});

test('a value given to a flag is not a word to find: --restart=always, restart=always, -e FOO=bar, -p 8080:80', () => {
  assert.deepEqual(parseFlagQuery('--restart=always'), [{ kind: 'flag', flag: '--restart' }]);
  assert.deepEqual(parseFlagQuery('restart=always'), [{ kind: 'flag', flag: '--restart' }]);
  assert.deepEqual(parseFlagQuery('p=80'), [{ kind: 'flag', flag: '-p' }]);
  assert.deepEqual(found('--restart=always'), ['--restart']);
  assert.deepEqual(found('restart=always'), ['--restart']);
  assert.deepEqual(parseFlagQuery('-e FOO=bar'), [{ kind: 'flag', flag: '-e' }]);
  assert.deepEqual(found('-e FOO=bar'), ['-e, --env']);
  assert.deepEqual(found('docker run -p 8080:80'), ['-p, --publish', '-P, --publish-all']);
  // A value written after `=` is left out too, and the next word is a word again.
  assert.deepEqual(parseFlagQuery('--name=web memory'), [{ kind: 'flag', flag: '--name' }, { kind: 'text', text: 'memory' }]);
});

test('several flags list the rows of each; the other words must all be there', () => {
  assert.deepEqual(found('--rm -it'), ['-i, --interactive', '-t, --tty', '-t, --tag', '--rm']);
  assert.deepEqual(found('run -d -p'), ['-p, --publish', '-P, --publish-all', '-d, --detach']);
  assert.deepEqual(found('build --rm'), []);
});

test('a flag is compared as written: -p is not -P, nor the -p inside --publish; a long flag whatever its case or dash', () => {
  assert.deepEqual(found('-p'), ['-p, --publish', '-P, --publish-all']);
  assert.deepEqual(found('-P'), ['-P, --publish-all']);
  assert.deepEqual(found('--pub'), ['-p, --publish', '-P, --publish-all']);
  assert.deepEqual(found('--RM'), ['--rm']);
  assert.deepEqual(found('—rm'), ['--rm'], 'a long dash for two hyphens');
  assert.deepEqual(found('–rm'), ['--rm'], 'an en dash for two hyphens');
  assert.deepEqual(found('"--rm"'), ['--rm'], 'quotes around it');
});

test('short flags written together find each of them, and -rm also finds --rm, first', () => {
  assert.deepEqual(found('-it'), ['-i, --interactive', '-t, --tty', '-t, --tag']);
  assert.deepEqual(found('run -it'), ['-i, --interactive', '-t, --tty']);
  assert.deepEqual(found('-rm'), ['--rm', '-m, --memory']);
  const ranked = [MEMORY, RM].sort((a, b) => rowRank(a.names, parseFlagQuery('-rm')) - rowRank(b.names, parseFlagQuery('-rm')));
  assert.deepEqual(ranked.map((r) => r.names[0]), ['--rm', '-m']);
});

test('a text word starts a word of the row, whatever its case; Korean anywhere, with or without spaces', () => {
  assert.deepEqual(found('BACKGROUND'), ['-d, --detach']);
  assert.deepEqual(found('port'), ['-p, --publish', '-P, --publish-all'], 'not inside reports or exported');
  assert.deepEqual(found('publish'), ['-p, --publish', '-P, --publish-all']);
  assert.deepEqual(found('compose'), ['-f, --file'], 'a part of docker-compose');
  assert.deepEqual(found('메모리'), ['-m, --memory']);
  assert.deepEqual(found('환경변수'), ['-e, --env']);
  assert.deepEqual(found('build -t'), ['-t, --tag']);
});

test('an exact name ranks first, with or without its dashes', () => {
  assert.equal(flagMatchRank(['--publish', '-p'], word('--publish')), 0);
  assert.equal(flagMatchRank(['--publish', '-p'], word('publish')), 0);
  assert.equal(flagMatchRank(['--publish', '-p'], word('p')), 0);
  assert.equal(flagMatchRank(['--publish', '-p'], word('-p')), 0);
  assert.equal(flagMatchRank(['-i', '--interactive'], word('-it')), 1);
});

test('a name that starts with the query comes next', () => {
  assert.equal(flagMatchRank(['--publish-all', '-P'], word('publish')), 1);
  assert.equal(flagMatchRank(['--publish-all', '-P'], word('--pub')), 1);
});

test('a query typed with dashes matches only names written with them', () => {
  assert.equal(flagMatchRank(['--rm'], word('rm')), 0);
  assert.equal(flagMatchRank(['--memory'], word('-mem')), 2);
});

test('names are compared as written: -p is not -P', () => {
  assert.equal(flagMatchRank(['--publish-all', '-P'], word('-p')), 2);
  assert.equal(flagMatchRank(['--publish-all', '-P'], word('-P')), 0);
});

test('a row found by its description only ranks last, and a row ranks by its best word', () => {
  assert.equal(flagMatchRank(['--memory', '-m'], word('limit')), 2);
  assert.equal(rowRank(['--rm'], parseFlagQuery('run --rm')), 0);
  assert.equal(rowRank(['--restart'], parseFlagQuery('run --rm')), 2);
  assert.equal(rowRank(['--rm'], []), 2);
});
