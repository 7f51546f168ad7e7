export const SHELLS = ['bash', 'powershell', 'cmd'] as const;
export type Shell = (typeof SHELLS)[number];

/** Shiki's language for each shell's variant. */
export const SHELL_HIGHLIGHT: Record<Shell, string> = { bash: 'bash', powershell: 'powershell', cmd: 'bat' };

/** Each shell's own name (a product name, the same in every language), for labels that must stay short. */
export const SHELL_NAMES: Record<Shell, string> = { bash: 'Bash', powershell: 'PowerShell', cmd: 'cmd' };
