/**
 * Which share image each page shows. Drawing a 1200x630 PNG costs a few hundred milliseconds, so there is one
 * card per note (its chapters share it), one per reference group (its commands share it) and one home card
 * per language, rather than one per page: ~26 images instead of ~200 keep the cold build short.
 */
import { LOCALES, t, type Locale } from '../i18n/index.ts';
import { GROUPS } from '../schemas/command.ts';
import { getNotes } from '../content/collections.ts';
import { getCommands } from '../content/commands.ts';
import type { OgCard } from './card.ts';

export interface OgImage {
  /** Site path of the PNG without its extension, e.g. `ko/notes/easy-docker`. */
  key: string;
  card: OgCard;
}

const homeKey = (lang: Locale) => `${lang}/home`;
const noteKey = (lang: Locale, note: string) => `${lang}/notes/${note}`;
const groupKey = (lang: Locale, group: string) => `${lang}/reference/${group}`;
export const ogImagePath = (key: string) => `/og/${key}.png`;

/** Every share image of the site. */
export async function ogImages(): Promise<OgImage[]> {
  const notes = await getNotes();
  return LOCALES.flatMap((lang) => {
    const siteName = t(lang, 'site.title');
    return [
      { key: homeKey(lang), card: { title: t(lang, 'site.description'), siteName, lang } },
      ...notes.map((note) => ({
        key: noteKey(lang, note.data.slug),
        card: { title: note.data.title[lang], eyebrow: t(lang, 'nav.notes'), siteName, lang },
      })),
      ...GROUPS.map((group) => ({
        key: groupKey(lang, group),
        card: { title: t(lang, `reference.group.${group}`), eyebrow: t(lang, 'reference.title'), siteName, lang },
      })),
    ];
  });
}

/**
 * The share image for the page at `pathname`: its note's card for a note or chapter, its group's card for a
 * reference command, the home card for everything else.
 */
export async function ogImageFor(pathname: string, lang: Locale): Promise<string> {
  const [, , section, name] = pathname.split('/');
  if (section === 'notes' && name && (await getNotes()).some((n) => n.data.slug === name)) return ogImagePath(noteKey(lang, name));
  if (section === 'reference' && name) {
    const command = (await getCommands()).find((c) => c.id === name);
    if (command) return ogImagePath(groupKey(lang, command.data.group));
  }
  return ogImagePath(homeKey(lang));
}
