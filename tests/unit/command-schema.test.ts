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
});

test('a flag that takes a value needs its syntax in value', () => {
  assert.deepEqual(issues([{ long: '--name', type: 'string' }]), ['options.0.value: --name takes a string value, so give its syntax in "value"']);
});

test('since is a Docker or API version, nothing else', () => {
  assert.deepEqual(issues([{ long: '--all', type: 'bool', since: 'Docker 25' }]), ['options.0.since: a Docker version ("25.0") or an API version ("API 1.41")']);
});
