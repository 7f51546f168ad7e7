import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** A throwaway copy of the project whose content a test may break, sharing node_modules. */
export class Sandbox {
  readonly dir = mkdtempSync(join(tmpdir(), 'docker-notes-bad-input-'));

  constructor() {
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(this.dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  edit(file: string, change: (text: string) => string) {
    const path = join(this.dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`sandbox edit changed nothing in ${file}`);
    writeFileSync(path, after);
  }

  remove(file: string) {
    rmSync(join(this.dir, file));
  }

  /** Runs `astro build` and returns its exit status and everything it printed. */
  build(): { status: number | null; output: string } {
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 180_000,
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  dispose() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
