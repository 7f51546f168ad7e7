/** Compresses the files it is given (precompress.ts) and sends their copies back in one message. */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { compressedCopies, type CompressedCopies } from './precompress.ts';

const copies: CompressedCopies[] = (workerData as string[]).map((file) => ({ file, ...compressedCopies(readFileSync(file)) }));
parentPort!.postMessage(copies);
