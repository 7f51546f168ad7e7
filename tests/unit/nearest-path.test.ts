import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, nearestPath } from '../../src/not-found/nearest-path.ts';

const PATHS = ['/en/', '/en/reference/', '/en/reference/run/', '/en/reference/rm/', '/en/reference/ps/', '/en/notes/fastest-docker/using-docker/'];

test('a swapped pair of letters is one edit', () => {
  assert.equal(editDistance('rnu', 'run'), 1);
  assert.equal(editDistance('run', 'rm'), 2);
  assert.equal(editDistance('', 'abc'), 3);
});

test('a mistyped address gets the page it was meant to be', () => {
  assert.equal(nearestPath('/en/reference/rnu/', PATHS), '/en/reference/run/');
  assert.equal(nearestPath('/en/reference/run', PATHS.filter((p) => p !== '/en/reference/run/')), '/en/reference/rm/');
  assert.equal(nearestPath('/en/notes/fastest-docker/using-dokcer/', PATHS), '/en/notes/fastest-docker/using-docker/');
  assert.equal(nearestPath('/EN/Reference/RUN/index.html', PATHS.filter((p) => p !== '/en/reference/run/')), '/en/reference/rm/');
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
