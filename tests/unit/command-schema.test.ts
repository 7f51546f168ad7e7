import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commandSchema } from '../../src/schemas/command.ts';

const text = { ko: '설명', en: 'Description' };
const entry = (options: object[]) => ({
  name: 'docker thing',
  kind: 'cli',
  group: 'containers',
  usage: 'docker thing [OPTIONS]',
  summary: text,
  description: text,
  options: options.map((o) => ({ description: text, ...o })),
  docs: 'https://docs.docker.com/reference/cli/docker/',
});
const issues = (options: object[]) => {
  const result = commandSchema.safeParse(entry(options));
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('a well-formed entry passes, with or without since', () => {
  assert.deepEqual(issues([{ long: '--name', short: '-n', type: 'string', value: 'NAME', since: 'API 1.41' }, { long: '--all', type: 'bool', since: '25.0' }]), []);
});

test('a flag listed twice is named with its path, long or short', () => {
  assert.deepEqual(issues([{ long: '--all', short: '-a', type: 'bool' }, { long: '--all', type: 'bool' }, { long: '--any', short: '-a', type: 'bool' }]), [
    'options.1.long: --all is listed twice (first as options.0)',
    'options.2.short: -a is listed twice (first as options.0)',
  ]);
  // An older name the CLI still accepts is a name too: it may not be another flag's.
  assert.deepEqual(issues([{ long: '--network', type: 'string', value: 'NETWORK', hiddenNames: ['--net'] }, { long: '--net', type: 'bool' }]), ['options.1.long: --net is listed twice (first as options.0)']);
  assert.deepEqual(issues([{ long: '--network', type: 'string', value: 'NETWORK' }, { long: '--alias', type: 'bool', hiddenNames: ['--network'] }]), [
    'options.1.hiddenNames.0: --network is listed twice (first as options.0)',
  ]);
});

test('a flag that takes a value needs its syntax in value', () => {
  assert.deepEqual(issues([{ long: '--name', type: 'string' }]), ['options.0.value: --name takes a string value, so give its syntax in "value"']);
});

test('since is a Docker, API or Dockerfile syntax version, nothing else', () => {
  const message = 'options.0.since: a Docker version ("25.0"), an API version ("API 1.41") or a Dockerfile syntax ("Dockerfile 1.20")';
  assert.deepEqual(issues([{ long: '--all', type: 'bool', since: 'Docker 25' }]), [message]);
  assert.deepEqual(issues([{ long: '--all', type: 'bool', since: 'dockerfile:1.20' }]), [message]);
  for (const since of ['25.0', 'API 1.41', 'Dockerfile 1.20', 'Dockerfile 1.14-labs']) assert.deepEqual(issues([{ long: '--all', type: 'bool', since }]), []);
});

test('only a legacy-builder flag is marked with builder', () => {
  assert.deepEqual(issues([{ long: '--squash', type: 'bool', builder: 'legacy' }]), []);
  assert.equal(issues([{ long: '--squash', type: 'bool', builder: 'old' }]).length, 1);
});
