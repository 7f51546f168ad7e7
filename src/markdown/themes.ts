/** High-contrast variants: the regular GitHub themes' comment colours fail WCAG AA on their own backgrounds. */
export const CODE_THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;
