/**
 * Bookmarks leave the browser only as a file the reader saves and opens elsewhere. The file names
 * its format and version, so an unrelated JSON file is refused with a clear reason instead of being merged.
 */
import { isBookmarkKey, type BookmarkKey } from './bookmarks.ts';

export const EXPORT_FORMAT = 'docker-notes-bookmarks';
export const EXPORT_VERSION = 1;

export interface BookmarkExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported: string;
  bookmarks: BookmarkKey[];
}

export function exportBookmarks(list: readonly BookmarkKey[], now = new Date()): string {
  const file: BookmarkExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), bookmarks: [...list] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a file was refused; `entry` is 1-based, as a reader counts. */
export type ImportProblem =
  | { code: 'not-json' }
  | { code: 'not-bookmarks' }
  | { code: 'no-version'; expected: number }
  /** `version` as the file writes it (JSON), so the text "1" reads apart from the number 1. */
  | { code: 'unsupported-version'; version: string; expected: number }
  | { code: 'cannot-check' }
  | { code: 'bad-entry'; entry: number; value: string }
  | { code: 'unknown-page'; entry: number; value: string };

/**
 * A refused file lists at most this many problems, then how many more there are: a file of 100,000 bad
 * entries would otherwise draw 100,000 lines, and the first few say what is wrong.
 */
export const PROBLEMS_LISTED = 20;

export type ImportResult = { ok: true; bookmarks: BookmarkKey[] } | { ok: false; problems: ImportProblem[]; unlisted: number };

/** A shown value is cut to this many characters: an entry can be a whole object. */
const VALUE_SHOWN = 120;

const refuse = (problems: ImportProblem[]): ImportResult => ({ ok: false, problems: problems.slice(0, PROBLEMS_LISTED), unlisted: Math.max(0, problems.length - PROBLEMS_LISTED) });

function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > VALUE_SHOWN ? `${text.slice(0, VALUE_SHOWN - 1)}…` : text;
}

/**
 * Reads an exported file. All or nothing: one bad entry refuses the whole file and the problems are
 * listed, so nothing is dropped without the reader knowing. `exists` tells whether this site has the page;
 * `undefined` means it cannot be known now (the list of the site's pages could not be loaded), and then a
 * file with any entry is refused, saying so: keys kept unchecked could name pages that never existed.
 */
export function parseImport(text: string, exists: ((key: BookmarkKey) => boolean) | undefined): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse([{ code: 'not-json' }]);
  }
  const file = data as Partial<Record<keyof BookmarkExport, unknown>> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT || !Array.isArray(file.bookmarks)) {
    return refuse([{ code: 'not-bookmarks' }]);
  }
  if (!('version' in file)) return refuse([{ code: 'no-version', expected: EXPORT_VERSION }]);
  if (file.version !== EXPORT_VERSION) return refuse([{ code: 'unsupported-version', version: shown(JSON.stringify(file.version) ?? String(file.version)), expected: EXPORT_VERSION }]);
  const problems: ImportProblem[] = [];
  file.bookmarks.forEach((value: unknown, i) => {
    if (!isBookmarkKey(value)) problems.push({ code: 'bad-entry', entry: i + 1, value: shown(value) });
    else if (exists && !exists(value)) problems.push({ code: 'unknown-page', entry: i + 1, value: shown(value) });
  });
  if (!exists && file.bookmarks.length && !problems.length) problems.push({ code: 'cannot-check' });
  return problems.length ? refuse(problems) : { ok: true, bookmarks: [...new Set(file.bookmarks as BookmarkKey[])] };
}

/** Imported bookmarks join the existing ones at the end; ones already kept stay where they are. */
export function mergeBookmarks(existing: readonly BookmarkKey[], incoming: readonly BookmarkKey[]): { list: BookmarkKey[]; added: number } {
  const kept = new Set(existing);
  const fresh = [...new Set(incoming)].filter((key) => !kept.has(key));
  return { list: [...existing, ...fresh], added: fresh.length };
}
