import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workerJobs } from '../../src/workers/jobs.ts';

/** A worker that answers each number with its double, later for smaller numbers, and fails on a negative one. */
const DOUBLER = new URL(
  `data:text/javascript,${encodeURIComponent(`
    import { parentPort } from 'node:worker_threads';
    let last = Promise.resolve();
    parentPort.on('message', (n) => {
      if (n < 0) throw new Error('negative');
      last = last.then(() => new Promise((done) => setTimeout(done, 20 - n))).then(() => parentPort.postMessage(n * 2));
    });
  `)}`,
);

test('each question gets its own answer, in the order asked', { timeout: 5000 }, async () => {
  const jobs = workerJobs<number, number>(DOUBLER);
  try {
    assert.deepEqual(await Promise.all([1, 2, 3, 15].map((n) => jobs.ask(n))), [2, 4, 6, 30]);
  } finally {
    await jobs.close();
  }
});

test('an error in the worker fails the answers owed and every later question', { timeout: 5000 }, async () => {
  const jobs = workerJobs<number, number>(DOUBLER);
  try {
    const owed = jobs.ask(5);
    await assert.rejects(jobs.ask(-1), /negative/);
    await assert.rejects(owed, /negative/);
    await assert.rejects(jobs.ask(1), /negative/);
  } finally {
    await jobs.close();
  }
});
