export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Heading ids are the contract that keeps bookmarks working across languages, so every one must be
 * written by hand (`## 제목 { #id }`), ASCII, and unique on its page. Returns the problems found.
 */
export function headingIdProblems(headings: HeadingLike[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const heading of headings) {
    if (!ASCII_ID.test(heading.slug)) {
      problems.push(`heading "${heading.text}" has id "${heading.slug}": write an explicit ASCII id, e.g. "## ${heading.text} { #some-id }"`);
    }
    if (seen.has(heading.slug)) problems.push(`heading id "${heading.slug}" is used twice`);
    seen.add(heading.slug);
  }
  return problems;
}
