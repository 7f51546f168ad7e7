import type { ShikiTransformer } from 'shiki';

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

/**
 * With `light-dark()` colours Shiki still repeats each colour as `--shiki-light`/`--shiki-dark`
 * variables that nothing reads; dropping them takes about a quarter off a code-heavy page.
 */
export function withoutThemeVariables(style: string): string {
  return style.replace(/;?--shiki-(?:light|dark)(?:-bg)?:[^;]*/g, '').replace(/^;/, '');
}

/** Shiki leaves fence meta unrendered; this hands it to the `pre` component as data attributes. */
export const codeFrameTransformer: ShikiTransformer = {
  name: 'docker-notes:code-frame',
  span(node) {
    if (typeof node.properties.style === 'string') node.properties.style = withoutThemeVariables(node.properties.style);
  },
  pre(node) {
    const meta = parseFenceMeta(this.options.meta?.__raw);
    if (meta.title) node.properties['data-title'] = meta.title;
    if (meta.output) node.properties['data-output'] = 'true';
  },
};
