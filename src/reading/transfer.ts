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
  | { code: 'unsupported-version'; version: string }
  | { code: 'bad-entry'; entry: number; value: string }
  | { code: 'unknown-page'; entry: number; value: string };

export type ImportResult = { ok: true; bookmarks: BookmarkKey[] } | { ok: false; problems: ImportProblem[] };

/**
 * Reads an exported file. All or nothing: one bad entry refuses the whole file and every problem is
 * listed, so nothing is dropped without the reader knowing. `exists` tells whether this site has the page.
 */
export function parseImport(text: string, exists: (key: BookmarkKey) => boolean = () => true): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ code: 'not-json' }] };
  }
  const file = data as Partial<Record<keyof BookmarkExport, unknown>> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT || !Array.isArray(file.bookmarks)) {
    return { ok: false, problems: [{ code: 'not-bookmarks' }] };
  }
  if (file.version !== EXPORT_VERSION) return { ok: false, problems: [{ code: 'unsupported-version', version: String(file.version) }] };
  const problems: ImportProblem[] = [];
  file.bookmarks.forEach((value: unknown, i) => {
    const shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    if (!isBookmarkKey(value)) problems.push({ code: 'bad-entry', entry: i + 1, value: shown });
    else if (!exists(value)) problems.push({ code: 'unknown-page', entry: i + 1, value });
  });
  return problems.length ? { ok: false, problems } : { ok: true, bookmarks: [...new Set(file.bookmarks as BookmarkKey[])] };
}

/** Imported bookmarks join the existing ones at the end; ones already kept stay where they are. */
export function mergeBookmarks(existing: readonly BookmarkKey[], incoming: readonly BookmarkKey[]): { list: BookmarkKey[]; added: number } {
  const fresh = [...new Set(incoming)].filter((key) => !existing.includes(key));
  return { list: [...existing, ...fresh], added: fresh.length };
}
