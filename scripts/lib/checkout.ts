/**
 * A checkout of a repository the scripts read facts from (docker/cli, docker/compose, docker/buildx,
 * moby/buildkit): a work tree, or a bare git directory, whose files are then read from its HEAD.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoFile } from '../../src/reference/cli-facts.ts';

/** Reads files from a work tree, or from HEAD of a bare git directory. */
export function checkout(path: string) {
  const bare = !existsSync(join(path, '.git')) && existsSync(join(path, 'HEAD')) && existsSync(join(path, 'objects'));
  const git = (...args: string[]) =>
    execFileSync('git', [...(bare ? ['--git-dir', path] : ['-C', path]), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return {
    /** Runs git on the checkout: its output, as text. */
    git,
    read(file: string): string | undefined {
      if (!bare) return existsSync(join(path, file)) ? readFileSync(join(path, file), 'utf8') : undefined;
      try {
        return execFileSync('git', ['--git-dir', path, 'show', `HEAD:${file}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return undefined;
      }
    },
    /** Every file under `dir` whose name ends with `ext`, read in one pass. */
    readAll(dir: string, ext: string): GoFile[] {
      const paths = (bare ? git('ls-tree', '-r', '--name-only', 'HEAD', dir) : git('ls-files', dir)).split('\n').filter((p) => p.endsWith(ext));
      if (!bare) return paths.map((p) => ({ path: p, text: readFileSync(join(path, p), 'utf8') }));
      const out = execFileSync('git', ['--git-dir', path, 'cat-file', '--batch'], { input: paths.map((p) => `HEAD:${p}\n`).join(''), maxBuffer: 256 << 20 });
      const files: GoFile[] = [];
      let at = 0;
      for (const p of paths) {
        const header = out.subarray(at, out.indexOf(10, at)).toString();
        const size = Number(header.split(' ')[2]);
        const start = out.indexOf(10, at) + 1;
        files.push({ path: p, text: out.subarray(start, start + size).toString('utf8') });
        at = start + size + 1;
      }
      return files;
    },
    commit: () => git('rev-parse', 'HEAD').trim(),
    version: () => git('describe', '--tags').trim(),
  };
}
export type Checkout = ReturnType<typeof checkout>;
