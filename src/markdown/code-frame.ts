import type { ShikiTransformer } from 'shiki';
import { parseFenceMeta } from '../reference/fence-meta.ts';

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
