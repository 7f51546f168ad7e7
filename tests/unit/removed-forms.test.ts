import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, type CommandIndex, type CommandSpec } from '../../src/reference/parse-command.ts';
import { REMOVED_FORMS, removedFormsIn } from '../../src/reference/removed-forms.ts';
import { simpleCommands } from '../../src/reference/shell-words.ts';

const spec = (name: string, extra: Partial<CommandSpec> = {}): CommandSpec => ({
  id: name.replace(/ /g, '-'),
  name,
  interspersed: true,
  hasSubcommands: false,
  options: [
    { short: '-f', long: '--format', takesValue: true, anchor: 'format' },
    { short: '-d', long: '--detach', takesValue: false, anchor: 'detach' },
    { short: '-H', long: '--host', takesValue: true, anchor: 'host' },
  ],
  ...extra,
});
const index: CommandIndex = new Map(
  ['docker run', 'docker -d', 'docker daemon', 'docker inspect', 'docker image inspect', 'docker login', 'docker tag', 'docker search', 'docker ps', 'docker commit', 'dockerd'].map(
    (name) => [name, spec(name)],
  ),
);
index.set('docker', spec('docker', { hasSubcommands: true }));
index.set('docker image', spec('docker image', { hasSubcommands: true }));

/** The removed forms each command of `text` uses, as `removedIn` versions. */
const removedIn = (text: string) =>
  simpleCommands(text).flatMap((words) => {
    const parsed = parseCommand(words, index);
    return parsed ? removedFormsIn(parsed, words).map((f) => f.removedIn) : [];
  });

test('removed commands and flags are found, including inside PowerShell (...) and cmd FOR /f', () => {
  assert.deepEqual(removedIn('docker -d -H tcp://0.0.0.0:4243'), ['1.10']);
  assert.deepEqual(removedIn('sudo docker daemon --insecure-registry localhost:5000'), ['17.12']);
  assert.deepEqual(removedIn('docker login --email=me@example.com'), ['17.06']);
  assert.deepEqual(removedIn('docker login -e me@example.com'), ['17.06']);
  assert.deepEqual(removedIn('docker rm (docker ps --since web -q)'), ['1.12']);
  assert.deepEqual(removedIn("FOR /f %i IN ('docker tag -f a b') DO echo %i"), ['1.12']);
  assert.deepEqual(removedIn('dockerd -g /var/lib/docker'), ['23.0']);
});

test('flags of the same name on other commands are not removed forms', () => {
  assert.deepEqual(removedIn('docker run -d -e A=1 nginx'), []);
  assert.deepEqual(removedIn('dockerd -H tcp://0.0.0.0:4243'), []);
});

test('inspect fields are found at the root of a template only', () => {
  assert.deepEqual(removedIn('sudo docker inspect -f "{{ .Volumes }}" test-volume'), ['1.8']);
  assert.deepEqual(removedIn('docker inspect --format={{.VolumesRW}} web'), ['1.8']);
  assert.deepEqual(removedIn('docker inspect -f "{{ .ContainerConfig.OnBuild }}" example'), ['26.0']);
  assert.deepEqual(removedIn('docker inspect -f "{{ .Container }}" example'), ['26.0']);
  assert.deepEqual(removedIn('docker image inspect -f "{{ .Config.OnBuild }}" example'), []);
  assert.deepEqual(removedIn('docker inspect -f "{{ json .Mounts }}" test-volume'), []);
  assert.deepEqual(removedIn('docker image inspect -f "{{ .Config.Volumes }}" example'), []);
});

test('every removed form names the release that removed it and what to use instead', () => {
  for (const form of REMOVED_FORMS) {
    assert.match(form.removedIn, /^\d+\.\d+$/, JSON.stringify(form));
    assert.ok(form.replacement.length > 0, JSON.stringify(form));
  }
});
