/**
 * One share image, drawn: satori lays the card out as SVG and resvg (WebAssembly, no native binary) rasterises
 * it. Both run in the drawing worker (draw-worker.ts), off the thread that renders the pages. PNGs are cached
 * under node_modules/.cache by a hash of the SVG: an unchanged card is never rasterised twice, and any change
 * to the text or the design makes a new SVG and so a new PNG.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import satori from 'satori';
import { cardText, OG_CACHE_DIR, OG_HEIGHT, OG_WIDTH, type OgCard } from './card.ts';
import { fontsFor } from './fonts.ts';

/** Long titles shrink so that they fit in three lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 18) return 72;
  if (length <= 36) return 60;
  return 48;
}

function cardTree({ title, eyebrow, siteName, lang }: OgCard, fonts: { name: string }[]) {
  const text = (value: string, style: Record<string, unknown>) => ({ type: 'div', props: { lang, style, children: value } });
  return {
    type: 'div',
    props: {
      style: {
        width: OG_WIDTH, height: OG_HEIGHT, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between',
        padding: '72px 80px', background: '#0f1419', color: '#e6e9ed', fontFamily: fonts.map((f) => JSON.stringify(f.name)).join(', '),
        borderTop: '16px solid #1d63ed',
      },
      children: [
        { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', gap: 24 }, children: [
          eyebrow ? text(eyebrow, { fontSize: 32, fontWeight: 700, color: '#7cb8ff' }) : null,
          text(title, { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.25, maxWidth: OG_WIDTH - 160 }),
        ].filter(Boolean) } },
        text(siteName, { fontSize: 36, fontWeight: 700, color: '#a9b3be' }),
      ],
    },
  };
}

let resvgReady: Promise<unknown> | undefined;

/** The PNG of a card already checked for glyphs (render.ts), from the cache when the same card was drawn before. */
export async function drawCard(card: OgCard): Promise<Uint8Array> {
  // One weight for all text: satori picks a glyph from the first font that has it, whatever its weight.
  const fonts = fontsFor(cardText(card), 700);
  // satori's types want a React node; the plain { type, props } object tree is what it reads.
  const svg = await satori(cardTree(card, fonts) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  // The project's root: the build runs there, and a worker thread shares its process's directory.
  const cacheDir = join(process.cwd(), OG_CACHE_DIR);
  const cached = join(cacheDir, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  resvgReady ??= initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await resvgReady;
  const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
