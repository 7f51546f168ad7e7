/** Compresses the files each message names (precompress.ts) and sends their copies back in one message. */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { compressedCopies, type CompressedCopies } from './precompress.ts';

parentPort!.on('message', (files: string[]) => {
  const copies: CompressedCopies[] = files.map((file) => ({ file, ...compressedCopies(readFileSync(file)) }));
  parentPort!.postMessage(copies);
});
