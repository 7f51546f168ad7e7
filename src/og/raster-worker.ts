/**
 * Rasterises share-image SVGs (render.ts) off the build's main thread: resvg takes about 40 ms a card, which the
 * main thread spends rendering pages instead. Each message is an SVG; the answer, in the order asked
 * (workers/jobs.ts), is `{ png }` or `{ error }`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { Resvg, initWasm } from '@resvg/resvg-wasm';

const ready = initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));

// Each answer waits on the one WebAssembly start-up, so the answers go back in the order asked.
parentPort!.on('message', async (svg: string) => {
  try {
    await ready;
    const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
    parentPort!.postMessage({ png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ error: String(error) });
  }
});
