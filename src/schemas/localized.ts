import { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/index.ts';

/** One value per site language, `{ ko: ..., en: ... }`: a text the reference or the notes list carries in every language. */
export function localized<T extends z.ZodType>(schema: T) {
  return z.object(Object.fromEntries(LOCALES.map((lang) => [lang, schema])) as Record<Locale, T>);
}

/** A non-empty text in every site language. */
export const localizedText = localized(z.string().min(1));
