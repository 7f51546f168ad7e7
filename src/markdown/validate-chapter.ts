/**
 * Checks one chapter's MDX against the rest of the site before it is rendered, so a broken link,
 * a duplicated heading id or an unknown command fails the build with the file and line to fix.
 */
import { codeBlocks, commandUses, instructionUses } from '../reference/code-blocks.ts';
import type { CommandIndex } from '../reference/parse-command.ts';
import type { ReferenceEntry } from '../reference/command-index.ts';
import { describeRemovedForm, removedFormsIn } from '../reference/removed-forms.ts';

export interface SiteMap {
  /** Heading ids of every page that can be linked to, by URL path (`/ko/notes/a/b/`). */
  pages: Map<string, Set<string>>;
}

export interface Problem {
  line: number;
  message: string;
}

const HEADING_ID = /^\s*#{2,6}\s.*\{\s*#([a-z0-9-]+)\s*\}\s*$/;
const LINK = /\]\((\/[^)\s]*|#[^)\s]*)\)|href="(\/[^"]*|#[^"]*)"/g;

export function headingIds(mdx: string): { id: string; line: number }[] {
  return mdx.split('\n').flatMap((text, i) => {
    const match = HEADING_ID.exec(text);
    return match ? [{ id: match[1]!, line: i + 1 }] : [];
  });
}

export function chapterProblems(
  mdx: string,
  pagePath: string,
  site: SiteMap,
  commands: CommandIndex,
  /** Dockerfile instructions by name, as `instructionIndex` builds them. */
  instructions: Map<string, ReferenceEntry>,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const { id, line } of headingIds(mdx)) {
    if (seen.has(id)) problems.push({ line, message: `heading id "${id}" is already used on line ${seen.get(id)}` });
    else seen.set(id, line);
  }

  const codeLines = new Set(codeBlocks(mdx).flatMap((b) => [...Array(b.code.split('\n').length + 2).keys()].map((k) => b.line + k)));
  mdx.split('\n').forEach((text, i) => {
    if (codeLines.has(i + 1)) return;
    for (const match of text.matchAll(LINK)) {
      const href = match[1] ?? match[2]!;
      const [path, fragment] = href.startsWith('#') ? [pagePath, href.slice(1)] : (href.split('#') as [string, string?]);
      const target = site.pages.get(path);
      if (!target) problems.push({ line: i + 1, message: `link to ${href}: no such page` });
      else if (fragment && !target.has(fragment)) problems.push({ line: i + 1, message: `link to ${href}: ${path} has no heading #${fragment}` });
    }
  });

  for (const use of commandUses(mdx, commands)) {
    const offset = use.block.code.slice(0, use.block.code.indexOf(use.text)).split('\n').length;
    for (const problem of use.command.problems) problems.push({ line: use.block.line + offset, message: `${problem} in \`${use.text.split('\n')[0]}\`` });
    for (const form of removedFormsIn(use.command, use.words)) {
      problems.push({ line: use.block.line + offset, message: `${describeRemovedForm(form)} (correct it and record the original in content/corrections.yaml) in \`${use.text.split('\n')[0]}\`` });
    }
  }
  for (const use of instructionUses(mdx)) {
    const entry = instructions.get(use.instruction);
    if (!entry) problems.push({ line: use.block.line, message: `Dockerfile instruction ${use.instruction} has no reference entry` });
    for (const flag of use.flags) {
      if (entry && !entry.data.options.some((o) => o.long === flag)) problems.push({ line: use.block.line, message: `${use.instruction} ${flag} is not in its reference entry` });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
