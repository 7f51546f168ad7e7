export const SHELLS = ['bash', 'powershell', 'cmd'] as const;
export type Shell = (typeof SHELLS)[number];

/** Shiki's language for each shell's variant. */
export const SHELL_HIGHLIGHT: Record<Shell, string> = { bash: 'bash', powershell: 'powershell', cmd: 'bat' };
