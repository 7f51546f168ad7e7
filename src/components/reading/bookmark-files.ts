/** Export to and import from a file, for the bookmarks page (loaded when the reader asks for one). */
import type { BookmarkKey } from '../../reading/bookmarks.ts';
import { exportBookmarks, mergeBookmarks, parseImport, type ImportProblem } from '../../reading/transfer.ts';

type Text = (key: string, vars?: Record<string, string | number>) => string;

export function downloadBookmarks(list: BookmarkKey[]): void {
  const url = URL.createObjectURL(new Blob([exportBookmarks(list)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'docker-notes-bookmarks.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The bookmarks after importing `file`, and how many it added; or every problem, in the page's words. */
export async function readBookmarksFile(
  file: File,
  existing: BookmarkKey[],
  exists: ((key: BookmarkKey) => boolean) | undefined,
  text: Text,
): Promise<{ list: BookmarkKey[]; added: number } | { problems: string[] }> {
  const result = parseImport(await file.text(), exists);
  if (result.ok) return mergeBookmarks(existing, result.bookmarks);
  const problems = result.problems.map((p) => describe(p, text));
  if (result.unlisted) problems.push(text(result.unlisted === 1 ? 'bookmarks.import.more.one' : 'bookmarks.import.more', { count: result.unlisted }));
  return { problems };
}

function describe(problem: ImportProblem, text: Text): string {
  switch (problem.code) {
    case 'not-json': return text('bookmarks.import.notJson');
    case 'not-bookmarks': return text('bookmarks.import.notBookmarks');
    case 'no-version': return text('bookmarks.import.noVersion', problem);
    case 'unsupported-version': return text('bookmarks.import.version', problem);
    case 'cannot-check': return text('bookmarks.import.cannotCheck');
    case 'bad-entry': return text('bookmarks.import.badEntry', problem);
    case 'unknown-page': return text('bookmarks.import.unknownPage', problem);
  }
}
