/**
 * Command forms that Docker has removed: a reader who copies one gets an error, so the notes' code
 * may not use them (the page shows the corrected command and, beside it, the original with the reason).
 * Facts from Docker's deprecation list; `removedIn` is the release that removed the form.
 */
import type { ParsedCommand } from './parse-command.ts';
import type { Word } from './shell-words.ts';

export type RemovedForm =
  /** A whole command (`docker daemon`), as the reference index names it. */
  | { kind: 'command'; command: string; removedIn: string; replacement: string }
  /**
   * A flag of one command (`docker login --email`); `docker` alone means a flag before any subcommand. `takesValue`:
   * it was written with a value, which the next word is (`--kernel-memory 1g`).
   */
  | { kind: 'flag'; command: string; flags: string[]; removedIn: string; replacement: string; takesValue?: boolean }
  /** A top-level field of `docker inspect` output, read through a Go template (`{{ .Volumes }}`). */
  | { kind: 'inspect-field'; field: string; removedIn: string; replacement: string };

export const REMOVED_FORMS: RemovedForm[] = [
  { kind: 'command', command: 'docker -d', removedIn: '1.10', replacement: 'dockerd' },
  { kind: 'flag', command: 'docker', flags: ['--daemon'], removedIn: '1.10', replacement: 'dockerd' },
  { kind: 'command', command: 'docker daemon', removedIn: '17.12', replacement: 'dockerd' },
  { kind: 'flag', command: 'docker login', flags: ['-e', '--email'], removedIn: '17.06', replacement: 'docker login' },
  { kind: 'flag', command: 'docker tag', flags: ['-f', '--force'], removedIn: '1.12', replacement: 'docker tag' },
  { kind: 'flag', command: 'docker search', flags: ['-s', '--stars', '--automated'], removedIn: '20.10', replacement: 'docker search --filter stars=N' },
  { kind: 'flag', command: 'docker ps', flags: ['--since', '--before'], removedIn: '1.12', replacement: 'docker ps --filter since=<container>' },
  { kind: 'flag', command: 'docker commit', flags: ['--run'], removedIn: '1.13', replacement: 'docker commit --change' },
  { kind: 'flag', command: 'dockerd', flags: ['-g', '--graph'], removedIn: '23.0', replacement: 'dockerd --data-root' },
  // The daemon stopped applying it in 23.0 (Linux no longer supports a kernel memory limit); the CLI dropped the flag in 29.0.
  ...['docker run', 'docker create', 'docker update'].map((command): RemovedForm => ({ kind: 'flag', command, flags: ['--kernel-memory'], removedIn: '23.0', replacement: `${command} --memory`, takesValue: true })),
  { kind: 'inspect-field', field: 'Volumes', removedIn: '1.8', replacement: '{{ json .Mounts }}' },
  { kind: 'inspect-field', field: 'VolumesRW', removedIn: '1.8', replacement: '{{ json .Mounts }}' },
  { kind: 'inspect-field', field: 'ContainerConfig', removedIn: '26.0', replacement: 'docker image inspect -f "{{ .Config }}"' },
  { kind: 'inspect-field', field: 'Container', removedIn: '26.0', replacement: 'docker image inspect (no replacement field)' },
];

/** Commands whose `--format` template reads inspect output. */
const INSPECT_COMMANDS = new Set(['docker inspect', 'docker container inspect', 'docker image inspect']);

/** A field at the root of a template (`.Volumes`), not one nested in another (`.Config.Volumes`). */
function readsRootField(template: string, field: string): boolean {
  return new RegExp(`(?<![\\w.\\]\\)])\\.${field}(?![\\w])`).test(template);
}

/** The removed forms used by one parsed command (`words` are its words, as `parseCommand` read them). */
export function removedFormsIn(parsed: ParsedCommand, words: Word[], forms: RemovedForm[] = REMOVED_FORMS): RemovedForm[] {
  const name = parsed.spec.name;
  const start = words.findIndex((w) => w.start >= parsed.parts[0]!.end);
  const rest = start < 0 ? [] : words.slice(start);
  return forms.filter((form) => {
    if (form.kind === 'command') return name === form.command;
    if (form.kind === 'flag') {
      return name === form.command && rest.some((w) => form.flags.some((flag) => w.text === flag || w.text.startsWith(`${flag}=`)));
    }
    return INSPECT_COMMANDS.has(name) && rest.some((w) => w.text.includes('{{') && readsRootField(w.text, form.field));
  });
}

/** How a removed form reads in a message: `docker login --email (removed in Docker 17.06; use docker login)`. */
export function describeRemovedForm(form: RemovedForm): string {
  const what = form.kind === 'command' ? form.command : form.kind === 'flag' ? `${form.command} ${form.flags.join('/')}` : `inspect field .${form.field}`;
  return `${what} was removed in Docker ${form.removedIn}; use ${form.replacement}`;
}
