/**
 * Checks one chapter's MDX against the rest of the site before it is rendered, so a broken link,
 * a duplicated heading id or an unknown command fails the build with the file and line to fix.
 */
import { commandUses, instructionUses } from '../reference/code-blocks.ts';
import { asParsed, type ChapterSource } from '../mdx/chapter.ts';
import { headingIdProblems, type Problem } from './headings.ts';
import type { CommandIndex } from '../reference/parse-command.ts';
import type { ReferenceEntry } from '../reference/command-index.ts';
import { describeRemovedForm, removedFormsIn } from '../reference/removed-forms.ts';
import { parseCommand } from '../reference/parse-command.ts';
import { simpleCommands } from '../reference/shell-words.ts';

export interface SiteMap {
  /** Heading ids of every page that can be linked to, by URL path (`/ko/notes/a/b/`). */
  pages: Map<string, Set<string>>;
  /** The site's own origin (Astro's `site`): an absolute link to it is checked like `/path`. */
  origin?: string;
}

export type { Problem };

/**
 * The page path and fragment a link target names, resolved against the page it is on (`../intro/`,
 * `intro`, `#id`, `/en/...`, or the site's own origin); undefined for another site or scheme.
 */
export function linkTarget(href: string, pagePath: string, origin?: string): { path: string; fragment?: string } | undefined {
  const base = new URL(pagePath, origin ?? 'https://site.invalid');
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return { path: href };
  }
  if (url.origin !== base.origin) return undefined;
  return { path: decodeURIComponent(url.pathname), ...(url.hash ? { fragment: decodeURIComponent(url.hash.slice(1)) } : {}) };
}

export function chapterProblems(
  source: ChapterSource,
  pagePath: string,
  site: SiteMap,
  commands: CommandIndex,
  /** Dockerfile instructions by name, as `instructionIndex` builds them. */
  instructions: Map<string, ReferenceEntry>,
): Problem[] {
  const chapter = asParsed(source);
  const problems: Problem[] = headingIdProblems(chapter.headings);
  // Links in prose, headings and elements (images are checked by missing-images.ts); the parser leaves code out.
  for (const { href, line } of chapter.links) {
    const link = linkTarget(href, pagePath, site.origin);
    if (!link) continue;
    const target = site.pages.get(link.path);
    if (!target) problems.push({ line, message: `link to ${href}: no such page${link.path !== href.split('#')[0] ? ` (${link.path})` : ''}` });
    else if (link.fragment && !target.has(link.fragment)) problems.push({ line, message: `link to ${href}: ${link.path} has no heading #${link.fragment}` });
  }
  // A command written in prose as inline code names its flags as surely as a code block does. Only flags:
  // prose may name a command the reference has no entry for (`docker kill`), never a flag it does not have.
  for (const { code, line } of chapter.inlineCode) {
    if (!/^docker\s/.test(code.trim())) continue;
    for (const words of simpleCommands(code)) {
      for (const problem of parseCommand(words, commands)?.problems ?? []) {
        if (/unknown flag/.test(problem)) problems.push({ line, message: `${problem} in \`${code}\`` });
      }
    }
  }

  for (const use of commandUses(chapter.codeBlocks, commands)) {
    const offset = use.block.code.slice(0, use.block.code.indexOf(use.text)).split('\n').length;
    for (const problem of use.command.problems) problems.push({ line: use.block.line + offset, message: `${problem} in \`${use.text.split('\n')[0]}\`` });
    for (const form of removedFormsIn(use.command, use.words)) {
      problems.push({ line: use.block.line + offset, message: `${describeRemovedForm(form)} (correct it and record the original in content/corrections.yaml) in \`${use.text.split('\n')[0]}\`` });
    }
  }
  for (const use of instructionUses(chapter.codeBlocks)) {
    const entry = instructions.get(use.instruction);
    if (!entry) problems.push({ line: use.block.line, message: `Dockerfile instruction ${use.instruction} has no reference entry` });
    for (const flag of use.flags) {
      if (entry && !entry.data.options.some((o) => o.long === flag)) problems.push({ line: use.block.line, message: `${use.instruction} ${flag} is not in its reference entry` });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
