/**
 * Rasterises share-image SVGs (render.ts) off the build's main thread: resvg takes about 40 ms a card, which the
 * main thread spends rendering pages instead. Each message is `{ id, svg }`; the answer is `{ id, png }` or `{ id, error }`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { Resvg, initWasm } from '@resvg/resvg-wasm';

const ready = initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));

parentPort!.on('message', async ({ id, svg }: { id: number; svg: string }) => {
  try {
    await ready;
    const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
    parentPort!.postMessage({ id, png }, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: String(error) });
  }
});
