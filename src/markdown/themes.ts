import type { ShikiTransformer } from 'shiki';

/** High-contrast variants: the regular GitHub themes' comment colours fail WCAG AA on their own backgrounds. */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

/**
 * PowerShell's grammar reads the dashes of `docker run --rm -p` as operators, which the themes colour like
 * errors; a dash that starts a word takes the colour of the word it starts, so flags look like arguments.
 */
export const powershellFlagsTransformer: ShikiTransformer = {
  name: 'docker-notes:powershell-flags',
  tokens(lines) {
    if (this.options.lang !== 'powershell') return;
    for (const line of lines) {
      line.forEach((token, i) => {
        const next = line[i + 1];
        const before = line[i - 1]?.content.at(-1) ?? ' ';
        if (!next || !/^-{1,2}$/.test(token.content) || !/^[a-z]/i.test(next.content) || !/\s/.test(before)) return;
        token.color = next.color;
        token.htmlStyle = next.htmlStyle;
        token.fontStyle = next.fontStyle;
      });
    }
  },
};
