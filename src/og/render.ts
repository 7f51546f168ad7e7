/**
 * Share images for the build's routes: each card is checked here, on the thread that renders pages, so a title
 * the font cannot draw stops the build naming it; the drawing itself happens in one worker thread (draw-worker.ts),
 * started with the first card, while the pages render.
 */
import { join } from 'node:path';
import { cardText, drawnCard, type OgCard } from './card.ts';
import { missingGlyphs } from './fonts.ts';
import { workerJobs, type WorkerJobs } from '../workers/jobs.ts';

// Its path is the project's, not this module's: the build bundles this file elsewhere.
let drawer: WorkerJobs<OgCard, { png?: Uint8Array; error?: string }> | undefined;

/** The PNG for one card. */
export async function renderOgImage(original: OgCard): Promise<Uint8Array> {
  const card = drawnCard(original);
  const missing = missingGlyphs(cardText(card), 700);
  if (missing.length) throw new Error(`Share image "${original.title}": Noto Sans KR has no glyph for ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
  drawer ??= workerJobs(join(process.cwd(), 'src/og/draw-worker.ts'));
  const { png, error } = await drawer.ask(card);
  if (!png) throw new Error(`Share image "${original.title}": ${error}`);
  return png;
}
