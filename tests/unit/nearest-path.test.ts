import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, nearestPath } from '../../src/not-found/nearest-path.ts';

const PATHS = ['/en/', '/en/reference/', '/en/reference/run/', '/en/reference/rm/', '/en/reference/ps/', '/en/reference/push/', '/en/reference/events/', '/en/reference/dockerfile-cmd/', '/en/notes/fastest-docker/using-docker/'];

test('a swapped pair of letters is one edit', () => {
  assert.equal(editDistance('rnu', 'run'), 1);
  assert.equal(editDistance('run', 'rm'), 2);
  assert.equal(editDistance('', 'abc'), 3);
});

test('a mistyped address gets the page it was meant to be', () => {
  assert.equal(nearestPath('/en/reference/rnu/', PATHS), '/en/reference/run/');
  assert.equal(nearestPath('/en/reference/psuh', PATHS), '/en/reference/push/', 'without its slash');
  assert.equal(nearestPath('/en/notes/fastest-docker/using-dokcer/', PATHS), '/en/notes/fastest-docker/using-docker/');
  assert.equal(nearestPath('/EN/Reference/RUN/index.html', PATHS), '/en/reference/run/');
  assert.equal(nearestPath('/en/reference/run', PATHS.filter((p) => p !== '/en/reference/run/')), undefined, 'two edits in three letters is too far: rm is not run');
  assert.equal(nearestPath('/en/reference/RUN/', PATHS), '/en/reference/run/', 'the same address in capitals is offered');
});

test('an address far from every page gets no guess', () => {
  assert.equal(nearestPath('/en/nope/', PATHS), undefined);
  assert.equal(nearestPath('/en/notes/kubernetes/pods/', PATHS), undefined);
  assert.equal(nearestPath('/en/reference/run/', ['/en/reference/run/']), undefined, 'the address itself is no guess');
});

test('a command is found by its name written whole, with docker in front or without the reference folder', () => {
  assert.equal(nearestPath('/en/reference/docker-run/', PATHS), '/en/reference/run/');
  assert.equal(nearestPath('/en/reference/dokcer-run/', PATHS), '/en/reference/run/');
  assert.equal(nearestPath('/en/dokcer-run/', PATHS), '/en/reference/run/');
  assert.equal(nearestPath('/en/run/', PATHS), '/en/reference/run/');
  assert.equal(nearestPath('/en/docker%20ps/', PATHS), '/en/reference/ps/');
  // Not across languages, and not for a word that is not docker.
  assert.equal(nearestPath('/ko/run/', PATHS), undefined);
  assert.equal(nearestPath('/en/reference/kubectl-run/', PATHS), undefined);
});

test('a Dockerfile instruction is found without its dockerfile- prefix', () => {
  assert.equal(nearestPath('/en/reference/cmd/', PATHS), '/en/reference/dockerfile-cmd/');
  assert.equal(nearestPath('/en/reference/CMD/', PATHS), '/en/reference/dockerfile-cmd/');
});

test('folders two addresses share do not make a far guess near: other tools get none', () => {
  for (const asked of ['/en/reference/git-push/', '/en/reference/kubernetes/', '/en/reference/kubectl-run/', '/en/reference/%3Cscript%3E/', '/en/reference/podman-ps/']) {
    assert.equal(nearestPath(asked, PATHS), undefined, asked);
  }
});
