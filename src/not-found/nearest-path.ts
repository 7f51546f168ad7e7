/**
 * "Did you mean": the page of this site whose address is nearest to a mistyped one. Addresses are
 * compared segment by segment (`/en/reference/rnu/` is one edit away from `/en/reference/run/`, a
 * swapped pair of letters counting as one edit), and only a near one is offered: a guess further off
 * would send the reader somewhere unrelated. A command is also found by its own name where the reader
 * wrote it whole (`/en/reference/docker-run/`, even `dokcer-run`) or without the reference's folder (`/en/run/`).
 */

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The segments of an address, without empty ones or a trailing `index.html`, as written. */
const writtenSegments = (path: string) =>
  decodeURIComponent(path)
    .split('/')
    .filter((s) => s && s !== 'index.html');

/** The segments, lower-cased: addresses are compared whatever their case (`/en/reference/RUN/` is `run`'s). */
const segments = (path: string) => writtenSegments(path).map((s) => s.toLowerCase());

/** At most this share of the letters that differ may differ for an address to be offered. */
export const NEAREST_MAX_SHARE = 0.34;

/** The edits a text of `length` letters may be from another to be offered in its place. */
const allowedEdits = (length: number) => Math.max(1, Math.floor(length * NEAREST_MAX_SHARE));

/** `docker-run` -> `run`, `dokcer-compose-up` -> `compose-up`: a segment without the word docker (or a slip of it) in front. */
function withoutDocker(segment: string): string {
  const named = /^([a-z]{4,8})[-_ ](.+)$/.exec(segment);
  return named && editDistance(named[1]!, 'docker') <= 2 ? named[2]! : segment;
}

/** How many segments two addresses share from their start (`en`, `reference`). */
function sharedStart(a: string[], b: string[]): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared;
}

/**
 * The address in `paths` nearest to `wanted`, or undefined when none is near. Compared from where they part, so
 * the folders they share do not make a far guess look near (`/en/reference/git-push/` is not `push`'s):
 * - it has as many segments (or one more or fewer, for a missing or extra level) and differs in at most a third
 *   of the letters after the folders they share, the word docker left out (`docker-run`, `dokcer-run`);
 * - or it is in the same language folder and its last segment, without a Dockerfile instruction's `dockerfile-`,
 *   is that near to the last one wanted (`/en/run/`, `/en/reference/cmd/`), one edit more for a level between them.
 * An address differing only in case is offered: the server's addresses are in small letters.
 */
export function nearestPath(wanted: string, paths: readonly string[]): string | undefined {
  const written = writtenSegments(wanted).join('/');
  const target = segments(wanted);
  const named = target.map(withoutDocker);
  const last = named.at(-1) ?? '';
  let best: { path: string; cost: number } | undefined;
  for (const path of paths) {
    const parts = segments(path);
    // The address itself is no guess; nor is one two levels away.
    if (writtenSegments(path).join('/') === written || Math.abs(parts.length - target.length) > 1) continue;
    let cost = Infinity;
    for (const asked of [target, named]) {
      const from = sharedStart(asked, parts);
      const [mine, theirs] = [asked.slice(from).join('/'), parts.slice(from).join('/')];
      const edits = editDistance(mine, theirs);
      if (edits <= allowedEdits(Math.max(theirs.length, 1))) cost = Math.min(cost, edits);
    }
    const own = parts.at(-1)?.replace(/^dockerfile-/, '') ?? '';
    if (parts.length > 1 && target.length > 1 && parts[0] === target[0]) {
      const byName = editDistance(last, own);
      if (byName <= allowedEdits(own.length)) cost = Math.min(cost, byName + (parts.length === target.length ? 0 : 1));
    }
    if (cost < (best?.cost ?? Infinity)) best = { path, cost };
  }
  return best?.path;
}
