import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts/build.ts', 'scripts/lib/addresses.ts'];

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

  write(file: string, text: string) {
    mkdirSync(dirname(join(this.dir, file)), { recursive: true });
    writeFileSync(join(this.dir, file), text);
  }

  exists(file: string): boolean {
    return existsSync(join(this.dir, file));
  }

  remove(file: string) {
    rmSync(join(this.dir, file));
  }

  /**
   * Runs `astro build` (or the project's `npm run build`, scripts/build.ts) and resolves to its exit status and everything it printed. Asynchronous, so the
   * cases of a suite with `concurrency` build side by side.
   */
  build(script: 'astro' | 'npm run build' = 'astro'): Promise<{ status: number | null; output: string }> {
    const command = script === 'astro' ? [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'] : [join(this.dir, 'scripts/build.ts')];
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, command, {
        cwd: this.dir,
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 180_000,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, output }));
    });
  }

  dispose() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
