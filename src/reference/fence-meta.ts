/**
 * The words after a fence's language, read by both the command finder (an `output` block holds no
 * commands) and the code frame that renders the fence: it lives here, below both.
 */
export interface FenceMeta {
  title?: string;
  output: boolean;
}

/** Reads the words after a fence's language: `title="Dockerfile"` names the file, `output` marks printed output. */
export function parseFenceMeta(raw: string | undefined): FenceMeta {
  const text = raw ?? '';
  const title = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(text);
  return {
    title: title ? (title[1] ?? title[2] ?? title[3]) : undefined,
    output: /(?:^|\s)output(?:\s|$)/.test(text),
  };
}
