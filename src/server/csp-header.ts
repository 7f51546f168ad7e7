/**
 * The Content-Security-Policy response header, derived from the built pages. Astro writes the policy
 * into each page's <meta> with the hashes of that page's scripts and styles; the configured part lives
 * in astro.config.mjs. Reading it back from the pages keeps one home for the policy. The header
 * carries the union of every page's sources (each page's <meta> still narrows it to its own hashes,
 * since a browser enforces both) plus what only a header can say: `frame-ancestors`.
 */
import { parse } from 'node-html-parser';

const HEADER_ONLY = ["frame-ancestors 'none'"];

/** The policy of a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const meta = parse(html).querySelectorAll('meta[http-equiv]').find((m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  return meta?.getAttribute('content') ?? undefined;
}

/** Directive name -> its sources, in the order written. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** One policy allowing what any of `policies` allows, directive by directive, plus the header-only directives. */
export function headerPolicy(policies: string[]): string {
  if (!policies.length) throw new Error('no page has a Content-Security-Policy <meta>: is security.csp still set in astro.config.mjs?');
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? new Set<string>();
      for (const source of sources) known.add(source);
      merged.set(name, known);
    }
  }
  const own = [...merged].map(([name, sources]) => [name, ...sources].join(' '));
  return [...own, ...HEADER_ONLY].join('; ');
}

/** The nginx lines that send `policy` with every response (errors included). */
export function nginxHeaderConf(policy: string): string {
  if (/["\\\n]/.test(policy)) throw new Error(`the Content-Security-Policy holds a character nginx would misread: ${policy}`);
  return [
    '# Made by the build from the pages\' <meta> Content-Security-Policy (src/server/csp-header.ts): do not edit.',
    `add_header Content-Security-Policy "${policy}" always;`,
    '',
  ].join('\n');
}
