import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctedLines } from '../../src/markdown/corrected-commands.ts';
import type { CorrectionData } from '../../src/schemas/correction.ts';

const fix = (from: string, to: string, removedIn?: string): CorrectionData => ({
  source: '003_e9369a71e95531b4.txt',
  line: 1,
  from,
  to,
  page: 'a/b',
  reason: { ko: '이유', en: 'why' },
  ...(removedIn ? { removedIn } : {}),
});

test('a block shows the original line of each removed-form correction it holds', () => {
  const code = 'sudo service docker stop\ndockerd --insecure-registry localhost:5000';
  assert.deepEqual(correctedLines(code, [fix('docker -d', 'dockerd', '1.10')]), [
    { original: 'docker -d --insecure-registry localhost:5000', reason: { ko: '이유', en: 'why' } },
  ]);
});

test('typo fixes and corrections of other blocks are not shown at the block', () => {
  const code = 'docker images';
  assert.deepEqual(correctedLines(code, [fix('docekr images', 'docker images')]), []);
  assert.deepEqual(correctedLines(code, [fix('docker -d', 'dockerd', '1.10')]), []);
});
