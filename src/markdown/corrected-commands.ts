/**
 * Which outdated-command corrections a code block holds, with each original line as the note wrote it,
 * so the block can show the original and the reason right under the command the reader copies.
 */
import type { CorrectionData } from '../schemas/correction.ts';

export interface CorrectedLine {
  original: string;
  reason: CorrectionData['reason'];
}

/** `code` is the block's text; only corrections of a removed command form (`removedIn`) are shown at the block. */
export function correctedLines(code: string, corrections: CorrectionData[]): CorrectedLine[] {
  const lines = code.split('\n');
  return corrections.flatMap((fix) => {
    if (!fix.removedIn) return [];
    const line = lines.find((l) => l.includes(fix.to));
    return line ? [{ original: line.replace(fix.to, fix.from).trim(), reason: fix.reason }] : [];
  });
}
