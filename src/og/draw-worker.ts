/**
 * Draws share images (draw.ts) off the build's main thread: laying a card out and rasterising it take about
 * 60 ms, which the main thread spends rendering pages instead. Each message is a card; the answer,
 * in the order asked (workers/jobs.ts), is `{ png }` or `{ error }`.
 */
import { parentPort } from 'node:worker_threads';
import type { OgCard } from './card.ts';
import { drawCard } from './draw.ts';

// One card at a time: drawing awaits satori, and answers must go back in the order asked.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (card: OgCard) => {
  queue = queue.then(async () => {
    try {
      const png = await drawCard(card);
      // A copy of its own to hand over: a PNG read from the cache may share its memory with other buffers.
      const copy = new Uint8Array(png);
      parentPort!.postMessage({ png: copy }, [copy.buffer]);
    } catch (error) {
      parentPort!.postMessage({ error: String(error) });
    }
  });
});
