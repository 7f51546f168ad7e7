/**
 * The one recursive listing of a folder, for the build steps, the scripts and the tests alike, so each
 * says only which files it wants (the built pages, the files to compress, the source files).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` at any depth, as paths that start with `dir`; folders named in `skip` are not entered. */
export function filesUnder(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesUnder(path, skip);
    return [path];
  });
}
