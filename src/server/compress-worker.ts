/** Compresses the files each message names (precompress.ts) and sends their copies back in one message, in the order asked. */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { compressedCopies, type CompressedCopies } from './precompress.ts';

let previous = Promise.resolve();
parentPort!.on('message', (files: string[]) => {
  // Compressing a page may wait (Zopfli): a later message waits for the one before, so answers keep their order.
  previous = previous.then(async () => {
    const copies: CompressedCopies[] = [];
    for (const file of files) copies.push({ file, ...(await compressedCopies(readFileSync(file), file)) });
    parentPort!.postMessage(copies);
  });
});
