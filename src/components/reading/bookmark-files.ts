/** Export to and import from a file, for the bookmarks page (loaded when the reader asks for one). */
import type { UiText } from '../../i18n/format.ts';
import type { BookmarkKey } from '../../reading/bookmarks.ts';
import { exportBookmarks, mergeBookmarks, parseImport, type ImportProblem } from '../../reading/transfer.ts';

export function downloadBookmarks(list: BookmarkKey[]): void {
  const url = URL.createObjectURL(new Blob([exportBookmarks(list)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'docker-notes-bookmarks.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The bookmarks after importing `file`, and how many it added; or undefined when the file is refused, every problem
 * then listed in `errors` in the page's words, under a line naming the file. `errors` is emptied when it is read.
 * (Drawn here, not by the page's script: a reader who never imports a file downloads none of it.)
 */
export async function importBookmarksFile(
  file: File,
  existing: BookmarkKey[],
  exists: ((key: BookmarkKey) => boolean) | undefined,
  text: UiText,
  errors: Element,
): Promise<{ list: BookmarkKey[]; added: number } | undefined> {
  const result = parseImport(await file.text(), exists);
  if (result.ok) {
    errors.replaceChildren();
    return mergeBookmarks(existing, result.bookmarks);
  }
  const problems = result.problems.map((p) => describe(p, text));
  if (result.unlisted) problems.push(text.tCount('bookmarks.manager.import.more', result.unlisted));
  const intro = document.createElement('p');
  intro.textContent = text.t('bookmarks.manager.importFailed', { file: file.name });
  const ul = document.createElement('ul');
  ul.append(...problems.map((problem) => Object.assign(document.createElement('li'), { textContent: problem })));
  errors.replaceChildren(intro, ul);
  return undefined;
}

function describe(problem: ImportProblem, { t }: UiText): string {
  switch (problem.code) {
    case 'not-json': return t('bookmarks.manager.import.notJson');
    case 'not-bookmarks': return t('bookmarks.manager.import.notBookmarks');
    case 'no-version': return t('bookmarks.manager.import.noVersion', problem);
    case 'unsupported-version': return t('bookmarks.manager.import.version', problem);
    case 'cannot-check': return t('bookmarks.manager.import.cannotCheck');
    case 'bad-entry': return t('bookmarks.manager.import.badEntry', problem);
    case 'unknown-page': return t('bookmarks.manager.import.unknownPage', problem);
  }
}
