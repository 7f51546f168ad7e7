/**
 * Each language has its own 404 page at /<lang>/404.html, the file the server sends for a missing path
 * under /<lang>/. Astro writes a route to <lang>/404/index.html, so the build moves it.
 */
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../i18n/index.ts';

export const notFoundPath = (lang: Locale) => `/${lang}/404.html`;

/** Moves every language's built 404 page from <lang>/404/index.html to <lang>/404.html under `site`. */
export function placeNotFoundPages(site: string): string[] {
  return LOCALES.map((lang) => {
    const built = join(site, lang, '404', 'index.html');
    if (!existsSync(built)) throw new Error(`${built} was not built: src/pages/[lang]/404.astro must render every language`);
    const target = join(site, notFoundPath(lang));
    renameSync(built, target);
    rmdirSync(join(site, lang, '404'));
    return target;
  });
}
