import { LOCALES } from '../i18n/index.ts';
import { chapterPath, flagIndexPath, homePath, notePath, referenceIndexPath, referencePath } from '../i18n/paths.ts';
import { buildCommandIndex, instructionIndex } from '../reference/command-index.ts';
import { chapterProblems, type SiteMap } from './validate-chapter.ts';
import { GROUPS, optionAnchor } from '../schemas/command.ts';
import { CORRECTIONS_SECTION, getChapters, getNotes, missingTranslations, parsedChapter } from '../content/collections.ts';
import { getCommands } from '../content/commands.ts';
import { flagIndexParts } from '../reference/flag-index.ts';
import { EXAMPLES_SECTION, IN_THE_NOTES_SECTION, OPTIONS_SECTION } from '../reference/section-ids.ts';

/** Every linkable page of the site with its heading ids, built from content before any page renders. */
async function siteMap(): Promise<SiteMap> {
  const pages = new Map<string, Set<string>>();
  const notes = await getNotes();
  const commands = await getCommands();
  const flagParts = flagIndexParts(commands);
  for (const lang of LOCALES) {
    pages.set(homePath(lang), new Set());
    pages.set(referenceIndexPath(lang), new Set(GROUPS));
    for (const part of flagParts) pages.set(flagIndexPath(lang, part.slug), new Set());
    for (const note of notes) pages.set(notePath(lang, note.data.slug), new Set(['chapters']));
    for (const chapter of await getChapters(lang)) {
      const ids = parsedChapter(chapter).headings.flatMap((h) => (h.id ? [h.id] : []));
      pages.set(chapterPath(lang, chapter.note, chapter.chapter), new Set([...ids, CORRECTIONS_SECTION]));
    }
    for (const entry of commands) {
      const anchors = entry.data.options.map(optionAnchor);
      pages.set(referencePath(lang, entry.id), new Set([...anchors, OPTIONS_SECTION, EXAMPLES_SECTION, IN_THE_NOTES_SECTION]));
    }
  }
  // The configured `site` (astro.config.mjs): a link written with it is a link into this site.
  const origin = import.meta.env.SITE ? new URL(import.meta.env.SITE).origin : undefined;
  return { pages, ...(origin ? { origin } : {}) };
}

/**
 * All problems of all chapters, as `file:line: message`. Run once before pages are built: a broken
 * link, a duplicated heading id or an unknown command stops the build here, naming where it is.
 */
async function contentProblems(): Promise<string[]> {
  const site = await siteMap();
  const commands = await getCommands();
  const index = buildCommandIndex(commands);
  const instructions = instructionIndex(commands);
  const problems: string[] = [];
  for (const lang of LOCALES) {
    for (const chapter of await getChapters(lang)) {
      const path = chapterPath(lang, chapter.note, chapter.chapter);
      for (const p of chapterProblems(parsedChapter(chapter), path, site, index, instructions)) problems.push(`${chapter.entry.filePath}:${p.line}: ${p.message}`);
    }
  }
  return problems;
}

/**
 * Stops the build before any page renders when the content does not hold together: a chapter missing
 * in one language, or any problem `contentProblems` finds, each named with its file (and line).
 */
export async function assertSiteValid(): Promise<void> {
  const missing = missingTranslations(await Promise.all(LOCALES.map(getChapters)));
  if (missing.length) throw new Error(`Every chapter needs every language:\n  ${missing.join('\n  ')}`);
  const problems = await contentProblems();
  if (problems.length) throw new Error(`The notes have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
}
