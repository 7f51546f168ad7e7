/**
 * Share images (Open Graph / Twitter cards): a 1200x630 PNG with the page title and the site name.
 * satori lays the card out as SVG, resvg (WebAssembly, no native binary) rasterises it in a worker thread
 * while the build renders pages. Rasterising is the slow half, so PNGs are cached under node_modules/.cache by
 * a hash of the SVG: an unchanged card is never drawn twice, and any change to the text or the design makes a
 * new SVG and so a new PNG.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { fontsFor, missingGlyphs } from './fonts.ts';
import { workerJobs, type WorkerJobs } from '../workers/jobs.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Where drawn PNGs are kept between builds, relative to the project's root; a fresh clone has none. */
export const OG_CACHE_DIR = 'node_modules/.cache/og-images';
const CACHE_DIR = join(process.cwd(), OG_CACHE_DIR);

export interface OgCard {
  /** The page's own title, drawn large. */
  title: string;
  /** Where the page belongs (the note, "Command reference"), drawn small above the title. */
  eyebrow?: string;
  siteName: string;
  /** BCP 47 language of the text, so line breaking follows the language. */
  lang: string;
}

/**
 * One worker thread draws every card of the build (raster-worker.ts), started with the first. Its path is the
 * project's, not this module's: the build bundles this file elsewhere.
 */
let rasteriser: WorkerJobs<string, { png?: Uint8Array; error?: string }> | undefined;
async function rasterise(svg: string): Promise<Uint8Array> {
  rasteriser ??= workerJobs(join(process.cwd(), 'src/og/raster-worker.ts'));
  const { png, error } = await rasteriser.ask(svg);
  if (!png) throw new Error(`resvg could not draw the card: ${error}`);
  return png;
}

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

/** Emoji (🐳 in a note title) are decoration the text font has no glyphs for: the card shows the words. */
export const withoutEmoji = (text: string) => text.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').replace(/\s+/g, ' ').trim();

/** The PNG for one card, from the cache when the same card was drawn before. */
export async function renderOgImage(original: OgCard): Promise<Uint8Array> {
  const card = { ...original, title: withoutEmoji(original.title), eyebrow: original.eyebrow && withoutEmoji(original.eyebrow) };
  const text = `${card.eyebrow ?? ''}${card.title}${card.siteName}`;
  const missing = missingGlyphs(text, 700);
  if (missing.length) throw new Error(`Share image "${original.title}": Noto Sans KR has no glyph for ${missing.map((c) => JSON.stringify(c)).join(', ')}`);
  // One weight for all text: satori picks a glyph from the first font that has it, whatever its weight.
  const fonts = fontsFor(text, 700);
  // satori's types want a React node; the plain { type, props } object tree is what it reads.
  const svg = await satori(cardTree(card, fonts) as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
  const cached = join(CACHE_DIR, `${createHash('sha256').update(svg).digest('hex').slice(0, 32)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const png = await rasterise(svg).catch((error: Error) => {
    throw new Error(`Share image "${original.title}": ${error.message}`);
  });
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
