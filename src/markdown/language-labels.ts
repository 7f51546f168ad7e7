const LABELS: Record<string, string> = {
  sh: 'Shell',
  bash: 'Bash',
  shell: 'Shell',
  powershell: 'PowerShell',
  ps1: 'PowerShell',
  bat: 'cmd',
  cmd: 'cmd',
  dockerfile: 'Dockerfile',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  js: 'JavaScript',
  javascript: 'JavaScript',
  python: 'Python',
  py: 'Python',
  html: 'HTML',
  ini: 'INI',
  nginx: 'nginx',
  sql: 'SQL',
  text: '',
  txt: '',
  plaintext: '',
};

/** What a code block's frame says when it has no file title; plain text gets no label. */
export function languageLabel(language: string | undefined): string {
  if (!language) return '';
  return LABELS[language] ?? language;
}
