/**
 * A local image that does not exist must fail the build at the line that names it. Left to the
 * bundler, the error points into compiled code instead of the note.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginEntry } from 'satteri';

export const missingImages: MdastPluginEntry = (context) => {
  const file = context.fileURL;
  if (!file) return null;
  return {
    name: 'docker-notes:missing-images',
    options: { position: true },
    image(node) {
      if (/^(?:[a-z]+:|\/\/|\/)/i.test(node.url)) return;
      const target = new URL(node.url, file);
      if (existsSync(fileURLToPath(target))) return;
      const where = `${relative(process.cwd(), fileURLToPath(file))}:${node.position?.start.line ?? '?'}`;
      throw new Error(`${where}: image "${node.url}" does not exist (for a screenshot that was never shipped, use <Screenshot>)`);
    },
  };
};
