import type { Heading } from '../mdx/chapter.ts';

export interface Problem {
  line: number;
  message: string;
}

const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Heading ids are the contract that keeps bookmarks working across languages, so every one must be
 * written by hand (`## 제목 { #id }`), ASCII, and unique on its page. Returns the problems found, by line.
 */
export function headingIdProblems(headings: readonly Heading[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const { id, text, line } of headings) {
    if (id === undefined || !ASCII_ID.test(id)) {
      const written = id === undefined ? 'has no id' : `has id "${id}"`;
      problems.push({ line, message: `heading "${text}" ${written}: write an explicit ASCII id, e.g. "## ${text} { #some-id }"` });
    }
    if (id === undefined) continue;
    if (seen.has(id)) problems.push({ line, message: `heading id "${id}" is already used on line ${seen.get(id)}` });
    else seen.set(id, line);
  }
  return problems;
}
