/**
 * Noto Sans KR for the share images. The font package splits the font into ~120 files by Unicode range
 * (its CSS says which range each file holds); only the files that hold a character of the text are read,
 * so a title costs a handful of small files instead of the whole 54 MB family.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

export const OG_FONT_FAMILY = 'Noto Sans KR';
export type OgFontWeight = 400 | 500 | 700;

interface Subset {
  file: string;
  ranges: [number, number][];
}

const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-kr/package.json'));
const subsetsByWeight = new Map<OgFontWeight, Subset[]>();
const fileCache = new Map<string, Buffer>();

/** `U+ac00-d7a3,U+20` -> [[0xac00, 0xd7a3], [0x20, 0x20]] */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to!, 16)];
  });
}

function subsets(weight: OgFontWeight): Subset[] {
  const known = subsetsByWeight.get(weight);
  if (known) return known;
  const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
  const found = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    // Satori reads WOFF but not WOFF2, so take the .woff source of each face.
    const file = body!.match(/url\(\.\/(files\/[^)]+\.woff)\)/)?.[1];
    const range = body!.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!file || !range) throw new Error(`@fontsource/noto-sans-kr/${weight}.css: a face without a .woff file or unicode-range`);
    return { file: join(packageDir, file), ranges: parseUnicodeRange(range) };
  });
  subsetsByWeight.set(weight, found);
  return found;
}

const covers = ({ ranges }: Subset, char: string) => {
  const code = char.codePointAt(0)!;
  return ranges.some(([from, to]) => code >= from && code <= to);
};

/** Characters of `text` (other than white space) that no file of the font holds at `weight`. */
export function missingGlyphs(text: string, weight: OgFontWeight): string[] {
  const all = subsets(weight);
  return [...new Set([...text])].filter((char) => /\S/u.test(char) && !all.some((subset) => covers(subset, char)));
}

/** The font files (for satori) that cover every character of `text` at `weight`. */
export function fontsFor(text: string, weight: OgFontWeight) {
  const wanted = subsets(weight).filter((subset) => [...text].some((char) => covers(subset, char)));
  return wanted.map(({ file }) => {
    let data = fileCache.get(file);
    if (!data) fileCache.set(file, (data = readFileSync(file)));
    // satori keeps one font per name and weight: each file needs a name of its own, and the others are its fallbacks.
    return { name: `${OG_FONT_FAMILY} ${basename(file)}`, data, weight, style: 'normal' as const };
  });
}
