/** Builds the per-language title map (src/reading/titles.ts) from the notes, chapters and command reference. */
import { render } from 'astro:content';
import { t, type Locale } from '../../i18n/index.ts';
import { optionAnchor } from '../../schemas/command.ts';
import { REFERENCE_GROUP } from '../../reading/bookmarks.ts';
import type { ReadingTitles } from '../../reading/titles.ts';
import { getChapters, getNotes } from '../../content/collections.ts';
import { getCommands } from '../../content/commands.ts';

export async function readingTitles(lang: Locale): Promise<ReadingTitles> {
  const [notes, chapters, commands] = await Promise.all([getNotes(), getChapters(lang), getCommands()]);
  const titles: Record<string, string> = {};
  for (const chapter of chapters) {
    const page = `notes/${chapter.note}/${chapter.chapter}`;
    titles[page] = chapter.title;
    const { headings } = await render(chapter.entry);
    for (const heading of headings) titles[`${page}#${heading.slug}`] = heading.text;
  }
  for (const { id, data } of commands) {
    titles[`reference/${id}`] = data.name;
    for (const option of data.options) titles[`reference/${id}#${optionAnchor(option)}`] = [option.short, option.long].filter(Boolean).join(', ');
  }
  const groups = [...notes.map((n) => ({ id: n.data.slug, title: n.data.title[lang] })), { id: REFERENCE_GROUP, title: t(lang, 'reference.title') }];
  return { groups, titles };
}
