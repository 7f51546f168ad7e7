/**
 * The ranking rules that hold for any query (rerank.ts, query.ts, pagefind-search.ts), one scenario each:
 * each test fails when its rule is taken out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryIdOf, entryKey, instructionKey, keyOfEntry, visibleContent, type Passage } from '../../src/search/index-data.ts';
import { buildLexicon, buildTypoWords, commandWords, lexiconFile, lexiconOf, type Lexicon } from '../../src/search/lexicon.ts';
import { passageOf, searchSite, wordsApart, type Pagefind } from '../../src/search/pagefind-search.ts';
import { pagefindRecord } from '../../src/search/records.ts';
import { pagePassages } from '../../src/search/passages.ts';
import { QueryAnalyzer } from '../../src/search/query.ts';
import { rerank } from '../../src/search/rerank.ts';
import type { ReferenceEntry } from '../../src/reference/command-index.ts';
import * as typoCode from '../../src/search/typo.ts';
import { nearestWords } from '../../src/search/typo.ts';

const lexicon: Lexicon = {
  lang: 'en',
  glossary: [['bind mount', '바인드 마운트']],
  korean: [],
  commands: [['stop', ['stop']], ['build', ['build']], ['remove', ['rm', 'rmi']]],
  passages: 1000,
};
const analyzer = new QueryAnalyzer(lexicon, ['docker', 'container', 'image', 'dockerd']);
const terms = (text: string) => analyzer.terms(text);
const passage = (url: string, title: string, text: string, extra: Partial<Passage> = {}): Passage => ({
  url, title, text, context: 'Notes › Chapter', kind: 'notes', scope: 'Notes', ...extra,
});
const rank = (query: string, candidates: { passage: Passage; score: number }[], held?: number[]) => {
  const analyzed = analyzer.analyze(query);
  return rerank(candidates, analyzed.groups, terms, {
    sequence: analyzed.sequence,
    commands: analyzed.commands,
    explains: analyzed.explains,
    ...(held ? { counts: { held, passages: 1000 } } : {}),
  }).map((h) => h.url);
};

test('a rare word weighs by how rare it is across the whole site, and a word no passage holds weighs nothing', () => {
  const alpine = passage('/alpine/', 'Small base images', 'Use alpine to keep the image small.');
  const common = passage('/common/', 'Images', 'An image holds layers; every image is built from a Dockerfile image by image.');
  // `alpine image`: alpine is in 3 passages of 1000, image in 600.
  assert.deepEqual(rank('alpine image', [{ passage: common, score: 3 }, { passage: alpine, score: 1 }], [3, 600]), ['/alpine/', '/common/']);
  // `packed` is in no passage: the passages holding the other words are not held back by it.
  const hits = rerank([{ passage: alpine, score: 1 }], analyzer.analyze('packed alpine').groups, terms, { counts: { held: [0, 3], passages: 1000 } });
  assert.equal(hits[0]!.coverage, 1);
});

test('a long passage that holds a question\'s words by chance counts less than a short one about them', () => {
  const filler = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
  const long = passage('/long/', 'Working with servers', `${filler} copy a config file out of a container to a laptop ${filler}`);
  const short = passage('/cp/', 'docker cp', 'Copies a config file out of a container onto the host: your laptop, say.', { kind: 'reference' });
  // Both hold every word; Pagefind, which weighs a record's length little, scores the long one higher.
  const candidates = [{ passage: long, score: 1.5 }, { passage: short, score: 1 }];
  const ranked = (longPassages: boolean) => {
    const analyzed = analyzer.analyze('copy a config file out of a container onto my laptop');
    return rerank(candidates, analyzed.groups, terms, { sequence: analyzed.sequence, longPassages }).map((h) => h.url);
  };
  assert.deepEqual(ranked(true), ['/cp/', '/long/']);
  assert.deepEqual(ranked(false), ['/long/', '/cp/'], 'where long passages count as much (the Korean index), the long one holds more words');
});

test('the words of a multi-word term side by side beat the same words apart', () => {
  const term = passage('/ufs/', 'Union file system', 'Layers are shared copy-on-write: a container writes to its own layer.');
  const apart = passage('/copy/', 'COPY', 'COPY copies files; you can write to them later.');
  assert.deepEqual(rank('copy on write', [{ passage: apart, score: 2 }, { passage: term, score: 1 }]), ['/ufs/', '/copy/']);
});

test('a glossary counterpart counts side by side too: `바인드 마운트` finds `bind mounts` written together', () => {
  const korean = new QueryAnalyzer({ ...lexicon, lang: 'ko', glossary: [['바인드 마운트', 'bind mount']], korean: ['바인드', '마운트'] });
  const analyzed = korean.analyze('바인드 마운트');
  const together = passage('/ko/bind/', 'Part6', 'bind mounts를 사용하면 코드가 바로 반영된다');
  const apart = passage('/ko/down/', 'docker compose down', 'bind 옵션과 mount 옵션을 따로 설명한다');
  const ranked = rerank([{ passage: apart, score: 2 }, { passage: together, score: 1 }], analyzed.groups, (t) => korean.terms(t), { sequence: analyzed.sequence });
  assert.equal(ranked[0]!.url, '/ko/bind/');
});

test("a command's verb at the start of a request lifts its entry and the notes' passages that run it", () => {
  const stop = passage('/en/reference/stop/', 'docker stop', 'Stops one or more running containers.', { kind: 'reference' });
  const ps = passage('/en/reference/ps/#all', 'docker ps -a, --all', 'Shows all containers, not only running ones.', { kind: 'reference' });
  const runsIt = passage('/en/notes/n/c/#clean-up', 'Cleaning up', 'Stop all containers at once.', { runs: 'ps stop' });
  assert.deepEqual(analyzer.analyze('stop all containers').commands, ['stop']);
  assert.deepEqual(rank('stop all containers', [{ passage: ps, score: 1 }, { passage: stop, score: 1 }]), ['/en/reference/stop/', '/en/reference/ps/#all']);
  const saysIt = passage('/en/notes/n/c/#lifecycle', 'Lifecycle', 'Stop all containers with care.');
  assert.equal(rank('stop all containers', [{ passage: saysIt, score: 1.2 }, { passage: runsIt, score: 1 }])[0], '/en/notes/n/c/#clean-up');
});

test("a command's other names are its titles too: `remove container` is `docker container remove`, which is `docker rm`", () => {
  const reference = { kind: 'reference' as const, scope: 'Reference' };
  const rm = passage('/en/reference/rm/', 'docker rm', 'Removes one or more containers.', { ...reference, aliases: 'docker container rm · docker container remove' });
  const force = passage('/en/reference/rm/#force', 'docker rm -f, --force', 'Removes a running container by killing it first.', reference);
  const candidates = [{ passage: force, score: 1.3 }, { passage: rm, score: 1 }];
  assert.deepEqual(rank('remove container', candidates), ['/en/reference/rm/', '/en/reference/rm/#force']);
  const { aliases: _, ...withoutAliases } = rm;
  assert.deepEqual(rank('remove container', [candidates[0]!, { passage: withoutAliases, score: 1 }]), ['/en/reference/rm/#force', '/en/reference/rm/'], 'by its own title alone');
});

test("a command named brings its entry among the candidates by the entry's key word, with the whole query's score for it", async () => {
  const entry = '/en/reference/rm/';
  const flags = Array.from({ length: 14 }, (_, i) => `/en/reference/rm/#flag-${i}`);
  const asked: string[] = [];
  const found = (urls: string[], score: number) => urls.map((url, i) => ({
    id: url,
    score: score - i / 100,
    data: async () => ({ url, content: url === entry ? 'docker rm Removes containers.' : 'docker rm flag', meta: { title: url === entry ? 'docker rm' : `docker rm --flag` }, filters: { kind: ['reference'] } }),
  }));
  const pagefind: Pagefind = {
    search: async (query) => {
      asked.push(query);
      // By the name, the entry comes after its flags, past the candidates; only its key word finds it first.
      if (['docker rm', 'docker', 'rm'].includes(query)) return { results: found([...flags, entry], 2) };
      if (query === entryKey('rm')) return { results: found([entry], 0.1) };
      return { results: [] };
    },
  };
  const named = new QueryAnalyzer({ ...lexicon, commands: [['rm', ['rm']]] }, ['docker']);
  const outcome = await searchSite(pagefind, named, 'docker rm');
  assert.ok(asked.includes(entryKey('rm')), 'the key word is asked for');
  assert.equal(outcome.hits[0]?.url, entry);
  assert.equal(entryIdOf({ url: entry, kind: 'reference' }), 'rm');
  assert.equal(entryIdOf({ url: '/en/reference/rm/#force', kind: 'reference' }), undefined, 'a flag row has no key word');
});

test('a word typed in capitals is a name even where it is a stopword in small letters: `FROM` is the instruction', () => {
  assert.deepEqual(analyzer.analyze('FROM').capitals, ['FROM']);
  assert.deepEqual(analyzer.analyze('FROM instruction').groups.map((g) => g[0]!.term), ['from', ...terms('instruction')]);
  assert.deepEqual(analyzer.analyze('copy from another image').groups.map((g) => g[0]!.term), terms('copy another image'), 'in small letters it carries no meaning');
  assert.deepEqual(analyzer.analyze('HOW TO RUN A CONTAINER').capitals, [], 'a shouted query names nothing');
  const reference = { kind: 'reference' as const, scope: 'Reference' };
  const from = passage('/en/reference/dockerfile-from/', 'FROM', 'Starts a build stage from a base image.', reference);
  const copyFrom = passage('/en/reference/dockerfile-copy/#from', 'COPY --from', 'Copies from another stage.', reference);
  const analyzed = analyzer.analyze('FROM');
  const ranked = rerank([{ passage: copyFrom, score: 1.5 }, { passage: from, score: 1 }], analyzed.groups, terms, { sequence: analyzed.sequence, capitals: analyzed.capitals });
  assert.deepEqual(ranked.map((h) => h.url), ['/en/reference/dockerfile-from/', '/en/reference/dockerfile-copy/#from']);
});

test("an instruction typed in capitals brings its entry by the entry's key word, and is not read as the command its word names", async () => {
  const entry = '/en/reference/dockerfile-run/';
  const command = '/en/reference/run/';
  const asked: string[] = [];
  const record = (url: string, title: string, text: string, score: number) => ({
    id: url, score, data: async () => ({ url, content: `${text}`, meta: { title }, filters: { kind: ['reference'] } }),
  });
  const pagefind: Pagefind = {
    search: async (query) => {
      asked.push(query);
      if (query === 'run') return { results: [record(command, 'docker run', 'docker run creates and starts a container', 4)] };
      if (query === instructionKey('RUN')) return { results: [record(entry, 'RUN', 'RUN executes a command while the image builds', 1)] };
      return { results: [] };
    },
  };
  const withRun = new QueryAnalyzer({ ...lexicon, commands: [['run', ['run']]] }, ['docker']);
  assert.equal(keyOfEntry('dockerfile-run'), instructionKey('RUN'));
  const outcome = await searchSite(pagefind, withRun, 'RUN');
  assert.ok(asked.includes(instructionKey('RUN')));
  assert.equal(outcome.hits[0]?.url, entry);
  assert.equal((await searchSite(pagefind, withRun, 'run')).hits[0]?.url, command, 'in small letters it is the command');
});

test('a reader phrase is read as a query is: `running containers` is about containers, so it is not the query `run a container`', () => {
  const reference = { kind: 'reference' as const, scope: 'Reference' };
  const ps = passage('/en/reference/ps/', 'docker ps', 'Lists containers.', { ...reference, phrases: 'running containers' });
  const run = passage('/en/reference/run/', 'docker run', 'Creates and starts a container from an image.', reference);
  const analyzed = analyzer.analyze('run a container');
  const ranked = rerank([{ passage: ps, score: 1 }, { passage: run, score: 1 }], analyzed.groups, terms, { sequence: analyzed.sequence }, (text) => analyzer.phraseTerms(text));
  assert.equal(ranked[0]!.url, '/en/reference/run/');
  assert.deepEqual(analyzer.phraseTerms('running containers'), terms('containers'));
  // Side by side is read as written: leaving the state out does not put `remove` beside `container`.
  const rm = passage('/en/reference/rm/', 'docker rm', 'Deletes one or more containers.', { ...reference, aliases: 'docker container remove' });
  const force = passage('/en/reference/rm/#force', 'docker rm -f, --force', 'Kills a running container, then removes it.', { ...reference, phrases: 'force remove a running container' });
  const removeIt = analyzer.analyze('remove container');
  assert.equal(rerank([{ passage: force, score: 1.2 }, { passage: rm, score: 1 }], removeIt.groups, terms, { sequence: removeIt.sequence }, (text) => analyzer.phraseTerms(text))[0]!.url, '/en/reference/rm/');
  assert.deepEqual(analyzer.phraseTerms('what is running'), terms('running'), 'a state that ends the phrase is what it is about');
});

test('a record gives its passage back: the visible text without the words only the index sees, its page, its other names', () => {
  const entry = passage('/en/reference/rm/', 'docker rm', 'Removes one or more containers.', { kind: 'reference', scope: 'Command reference', context: 'Command reference › docker rm', phrases: 'delete a container', aliases: 'docker container rm' });
  const record = pagefindRecord(entry, 'en', lexicon);
  assert.ok(record.content.includes('delete a container') && record.content.includes(keyOfEntry('rm')), 'the index sees the phrases and the key word');
  // As the build leaves its fragment (fragments.ts): the visible text only.
  const fragmentOf = (r: typeof record) => ({ ...r, content: visibleContent(r.content) });
  assert.equal(fragmentOf(record).content, 'Removes one or more containers.');
  const back = passageOf(fragmentOf(record));
  assert.equal(back.text, 'Removes one or more containers.');
  assert.equal(back.context, '', 'its title names its page');
  const examples = passage('/en/reference/rm/#examples', 'Examples', 'docker rm web', { kind: 'reference', scope: 'Command reference', context: 'Command reference › docker rm' });
  assert.equal(passageOf(fragmentOf(pagefindRecord(examples, 'en', lexicon))).context, 'docker rm', 'a section of an entry says whose it is');
  assert.equal(back.aliases, 'docker container rm');
  assert.deepEqual(Object.keys(record.filters).sort(), ['kind'], 'a reference passage has no note to narrow to, and no language: each language has an index of its own');
  const note = passage('/en/notes/n/c/#s', 'Section', 'Some text.', { context: 'Note › Chapter' });
  assert.deepEqual(pagefindRecord(note, 'en', lexicon).filters.section, ['Notes']);
  assert.equal(passageOf(fragmentOf(pagefindRecord(note, 'en', lexicon))).text, 'Some text.');
  assert.equal(passageOf(fragmentOf(pagefindRecord(note, 'en', lexicon))).context, 'Chapter', "of a note's headings above it, its page's title, which results show");
});

test('a question asking what or why, naming no option, is seldom answered by an option row: `what do cgroups do`', () => {
  const reference = { kind: 'reference' as const, scope: 'Reference' };
  const flag = passage('/en/reference/run/#cgroup-parent', 'docker run --cgroup-parent', 'Optional parent cgroup for the container.', reference);
  const notes = passage('/en/notes/n/c/#cgroups', 'Linux containers', 'Control groups (cgroups) limit the resources a process may use.');
  const candidates = [{ passage: flag, score: 1.2 }, { passage: notes, score: 1 }];
  assert.equal(analyzer.analyze('what do cgroups do').explains, true);
  assert.equal(analyzer.analyze('cgroups는 무슨 역할을 해?').explains, true);
  assert.equal(rank('what do cgroups do', candidates)[0], '/en/notes/n/c/#cgroups');
  assert.equal(rank('cgroups', candidates)[0], '/en/reference/run/#cgroup-parent', 'asked for no explanation');
  assert.equal(analyzer.analyze('what does --cgroup-parent do').explains, false, 'an option named is what is asked about');
});

test("a command's examples, which hold the words of many questions, give way to the passage that explains; asked for as examples, they come first", () => {
  const reference = { kind: 'reference' as const, scope: 'Reference' };
  const examples = passage('/en/reference/ps/#examples', 'Examples', 'docker ps --all lists the stopped containers too.', reference);
  const flag = passage('/en/reference/ps/#all', 'docker ps -a, --all', 'Lists the stopped containers too.', reference);
  const candidates = [{ passage: examples, score: 1.2 }, { passage: flag, score: 1 }];
  assert.deepEqual(rank('see stopped containers too', candidates), ['/en/reference/ps/#all', '/en/reference/ps/#examples']);
  // Asked for as examples, the section counts in full: it outranks a twin a little lower in Pagefind's order that is no examples section.
  const twin = passage('/en/reference/ps/#twin', 'Examples', examples.text, reference);
  assert.deepEqual(rank('examples of stopped containers', [{ passage: twin, score: 1.1 }, ...candidates]).slice(0, 2), ['/en/reference/ps/#examples', '/en/reference/ps/#twin']);
});

test("a query of one common word weighs more passages: the notes' heading that is the query is among them", async () => {
  const record = (url: string, title: string, text: string, score: number, kind = 'reference') => ({
    id: url, score, data: async () => ({ url, content: text, meta: { title }, filters: { kind: [kind] } }),
  });
  // Short reference rows first, as Pagefind ranks them; the heading `Container` comes 15th.
  const rows = Array.from({ length: 150 }, (_, i) => record(`/en/reference/x${i}/`, `docker x${i}`, 'Works on a container.', 2 - i / 100));
  rows.splice(14, 0, record('/en/notes/n/c/#container', 'Container', 'A container is a running image.', 1.8, 'notes'));
  const pagefind: Pagefind = { search: async (query) => ({ results: query === terms('container')[0] ? rows : [] }) };
  const outcome = await searchSite(pagefind, analyzer, 'what is a container');
  assert.equal(outcome.hits[0]?.url, '/en/notes/n/c/#container');
  const few: Pagefind = { search: async (query) => ({ results: query === terms('container')[0] ? rows.slice(0, 20) : [] }) };
  assert.notEqual((await searchSite(few, analyzer, 'what is a container')).hits[0]?.url, '/en/notes/n/c/#container', 'a word few passages hold keeps the usual dozen');
});

test('a command word later in the request is a noun, not the command: `exclude files from the build context`', () => {
  assert.deepEqual(analyzer.analyze('exclude files from the build context').commands, []);
  assert.deepEqual(analyzer.analyze('docker container stop').commands, ['stop'], 'the group words before the verb do not count');
});

test("a flag's name counts as its words: `--memory` fits `limit memory` better than `--memory-swap`", () => {
  const memory = passage('/en/reference/run/#memory', 'docker run -m, --memory', 'Sets the largest amount of memory the container may use.', { kind: 'reference' });
  const swap = passage('/en/reference/run/#memory-swap', 'docker run --memory-swap', 'Sets memory plus swap the container may use.', { kind: 'reference' });
  assert.deepEqual(rank('limit container memory', [{ passage: swap, score: 1 }, { passage: memory, score: 1 }]), ['/en/reference/run/#memory', '/en/reference/run/#memory-swap']);
});

test('a legacy flag falls behind unless the query names it', () => {
  const legacy = passage('/en/reference/build/#memory', 'docker build -m, --memory', 'Limits memory of the build container.', { kind: 'reference', legacy: true });
  const current = passage('/en/reference/run/#memory', 'docker run -m, --memory', 'Limits memory of the container.', { kind: 'reference' });
  assert.equal(rank('limit container memory', [{ passage: legacy, score: 1.5 }, { passage: current, score: 1 }])[0], '/en/reference/run/#memory');
  assert.equal(rank('docker build --memory', [{ passage: legacy, score: 1 }, { passage: current, score: 1 }])[0], '/en/reference/build/#memory');
});

test("a group's command falls behind the top-level one unless the query names the group: `docker logs`, not `docker compose logs`", () => {
  const reference = { kind: 'reference' as const, scope: 'Reference' };
  const compose = passage('/reference/compose-logs/#tail', 'docker compose logs --tail', 'Shows only the last lines of each log.', reference);
  const logs = passage('/reference/logs/#tail', 'docker logs -n, --tail', 'Shows only the last lines of the log.', reference);
  const candidates = [{ passage: compose, score: 2 }, { passage: logs, score: 1 }];
  assert.deepEqual(rank('last lines of the log', candidates), ['/reference/logs/#tail', '/reference/compose-logs/#tail']);
  assert.deepEqual(rank('compose last lines of the log', candidates), ['/reference/compose-logs/#tail', '/reference/logs/#tail']);
});

test('a heading holding nearly the whole query outranks passages that only share its words', () => {
  const heading = passage('/en/notes/g/#what-is-a-container-image', 'What is a container image?', 'It is the filesystem and settings a container starts from.');
  const mentions = passage('/en/notes/g/#volumes', 'Where is volume data stored', 'A container image and a container keep data apart from volumes, as the image explains.');
  assert.equal(rank('what is packed in a container image', [{ passage: mentions, score: 2 }, { passage: heading, score: 1 }], [0, 400, 500])[0], '/en/notes/g/#what-is-a-container-image');
});

/** A Pagefind over a few passages, matching a word as a whole word or as the start of one. */
function fakePagefind(passages: Passage[]): Pagefind {
  return {
    search: async (query) => {
      const words = analyzer.terms(query);
      const found = passages.filter((p) => words.some((w) => analyzer.terms(`${p.title} ${p.text}`).some((t) => t.startsWith(w))));
      return { results: found.map((p, i) => ({ id: p.url, score: 1 - i / 100, data: async () => ({ url: p.url, content: p.text, meta: { title: p.title } }) })) };
    },
  };
}

test('a word the site never uses and no word starts shows nothing, with the nearest words to try', async () => {
  const site = [passage('/a/', 'Installing docker', 'Install docker with the script.'), passage('/b/', 'Images', 'An image of a container.')];
  const nonsense = await searchSite(fakePagefind(site), analyzer, 'aaaaaaaaaa');
  assert.deepEqual(nonsense.hits, []);
  assert.deepEqual(nonsense.suggestions, [], 'a run of one letter is near no word');
  const near = await searchSite(fakePagefind(site), analyzer, 'dockre');
  assert.deepEqual(near.hits.map((h) => h.url), ['/a/'], 'corrected, it finds the passage');
  const far = await searchSite(fakePagefind(site), analyzer, 'imagexx');
  assert.deepEqual(far.hits, []);
  assert.deepEqual(far.suggestions, ['image']);
  const typing = await searchSite(fakePagefind(site), analyzer, 'contai');
  assert.deepEqual(typing.hits.map((h) => h.url), ['/b/'], 'a word being typed still finds what it starts');
});

test('a Latin typo is corrected on the Korean site too, even when the notes hold the typo once', async () => {
  const korean = new QueryAnalyzer({ ...lexicon, lang: 'ko', korean: ['설치'] }, async () => ['docker', 'container']);
  const site = [
    passage('/ko/a/', 'docker 설치', 'docker 설치 스크립트로 docker를 설치한다.'),
    passage('/ko/b/', 'DocKer', 'Dokcer 이미지에 서버 프로그램만 설치한다.'),
  ];
  const outcome = await searchSite(fakePagefind(site), korean, 'dokcer 설치');
  assert.deepEqual(outcome.corrections, [['dokcer', 'docker']]);
  assert.equal(outcome.hits[0]!.url, '/ko/a/');
});

test('suggestions are the nearest words, the most used first; a long word may be two edits away', () => {
  assert.deepEqual(nearestWords('dockr', ['container', 'docker', 'dockerd'], 3), ['docker', 'dockerd']);
  assert.deepEqual(nearestWords('imgae', ['image', 'images'], 3), ['image', 'images']);
  assert.deepEqual(nearestWords('aaaaaaaaaa', ['docker', 'alpine'], 3), []);
});

test('command words: the names and aliases of CLI and Compose commands', () => {
  const entry = (id: string, name: string, kind: string, aliases: string[] = [], ko: string[] = []) =>
    ({ id, data: { name, kind, aliases, phrases: { ko, en: [], options: {} } } }) as unknown as ReferenceEntry;
  const words = new Map(
    commandWords([
      entry('rm', 'docker rm', 'cli', ['docker container rm', 'docker container remove'], ['컨테이너 삭제']),
      entry('rmi', 'docker rmi', 'cli', ['docker image rm', 'docker image remove'], ['이미지 삭제']),
      entry('image-prune', 'docker image prune', 'cli', [], ['이미지 삭제', '이미지 정리']),
      entry('stop', 'docker stop', 'cli', ['docker container stop'], ['컨테이너 정지']),
      entry('dockerfile-copy', 'COPY', 'dockerfile'),
    ]),
  );
  assert.deepEqual(words.get('remove'), ['rm', 'rmi']);
  assert.deepEqual(words.get('stop'), ['stop']);
  assert.equal(words.get('copy'), undefined, 'Dockerfile instructions are not command words');
  assert.equal(words.get('container'), undefined);
});

test('a passage knows the commands its code runs and whether its reference page is legacy', () => {
  const notes = `<article data-pagefind-body><h1>C</h1><h2 id="s">S</h2><pre><code><a class="cmd-link" href="../../../reference/stop/">docker stop</a> x</code></pre></article>`;
  assert.equal(pagePassages(notes, '/en/notes/n/c/').find((p) => p.url.endsWith('#s'))!.runs, 'stop');
  const legacy = `<article data-pagefind-body><span hidden data-pagefind-filter="kind:reference"></span><h1 data-pagefind-meta="title:docker -d"><code>docker -d</code><span class="legacy-badge">Legacy</span></h1><p>Old.</p><div id="host" class="opt" data-pagefind-title="docker -d -H"><dt>-H</dt><dd>Socket.</dd></div></article>`;
  assert.ok(pagePassages(legacy, '/en/reference/docker-d/').every((p) => p.legacy), 'the entry and its flags');
});

test('a word typed in capitals names what a title writes in capitals: `VOLUME` the instruction, not volumes at large', () => {
  const instruction = passage('/en/reference/dockerfile-volume/', 'VOLUME', 'Creates a mount point for a volume on the host.', { kind: 'reference' });
  const flag = passage('/en/reference/run/#volume', 'docker run -v, --volume', 'Mounts a volume from the host.', { kind: 'reference' });
  const query = (text: string) => {
    const analyzed = analyzer.analyze(text);
    assert.deepEqual(analyzed.capitals, text === 'VOLUME host folder' ? ['VOLUME'] : []);
    return rerank([{ passage: flag, score: 1.5 }, { passage: instruction, score: 1 }], analyzed.groups, terms, { capitals: analyzed.capitals }).map((h) => h.url);
  };
  assert.equal(query('VOLUME host folder')[0], '/en/reference/dockerfile-volume/');
  assert.equal(query('volume host folder')[0], '/en/reference/run/#volume', 'typed in lower case, the word is only a word');
});

test('a flag the notes never use counts less, unless the query names it', () => {
  const daemon = passage('/en/reference/dockerd/#bridge', 'dockerd -b, --bridge', 'A bridge network for containers.', { kind: 'reference', uses: 4 });
  const note = passage('/en/notes/n/c/#bridge-network', 'Connecting containers', 'A bridge network joins containers.');
  const candidates = [{ passage: daemon, score: 1 }, { passage: note, score: 1.5 }];
  assert.deepEqual(rank('bridge network', candidates), ['/en/notes/n/c/#bridge-network', '/en/reference/dockerd/#bridge']);
  assert.equal(rank('--bridge network', candidates)[0], '/en/reference/dockerd/#bridge', 'named: it is what was asked for');
  assert.equal(rank('bridge network', [{ passage: { ...daemon, uses: 10 }, score: 1 }, { passage: note, score: 1.5 }])[0], '/en/reference/dockerd/#bridge', 'used by the notes: no less');
});

test('a hyphenated word of a title stands as its words: `user defined bridge network` finds `Creating a user-defined bridge network`', () => {
  const heading = passage('/en/notes/n/c/#user-defined-bridge-network', 'Creating a user-defined bridge network', 'Containers on it reach each other by name.');
  const entry = passage('/en/reference/network-create/', 'docker network create', 'Creates a network: a user-defined bridge network by default.', { kind: 'reference' });
  assert.deepEqual(rank('user defined bridge network', [{ passage: entry, score: 1.5 }, { passage: heading, score: 1 }]), [heading.url, entry.url]);
});

test('a correction is trusted towards a common word, a command, or a long word; a hyphenated word when each of its words is', () => {
  // 300 words used more than `picked`: it is not among the common ones.
  const filler = Array.from({ length: 300 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
  const site = new QueryAnalyzer(lexicon, ['docker', 'compose', 'memory', ...filler, 'picked'], typoCode);
  assert.equal(site.trusts('docker'), true);
  assert.equal(site.trusts('picked'), false, 'a short word seldom used: `packed` may be meant');
  assert.equal(site.trusts('healthcheck'), true, 'a long word has no other word one slip away');
  assert.equal(site.trusts('docker-compose'), true);
  assert.equal(site.trusts('--memory'), true);
  assert.equal(site.trusts('docker-picked'), false);
});

test('the Korean words compounds split into leave out inflected words, but keep the endings a word may end in twice', () => {
  const text = Array.from({ length: 5 }, () => '이미지 있는 것을 되는 저장').join(' ');
  const korean = buildLexicon('ko', [passage('/ko/a/', '제목', text)], []).korean;
  assert.ok(korean.includes('이미지') && korean.includes('저장'));
  assert.ok(korean.includes('되는'), '`저장되는가` splits at it');
  assert.ok(!korean.includes('있는') && !korean.includes('것을'));
  const written = lexiconFile({ ...lexicon, korean });
  assert.equal(typeof written.korean, 'string');
  assert.deepEqual(lexiconOf(written), { ...lexicon, korean }, 'the file gives back the same lexicon');
});

test('the rarest word some passage holds brings its best passages; a word found nowhere brings none', async () => {
  // Pagefind ranks fourteen passages holding the common words before the one about load balancers: past the candidates.
  const site = [
    ...Array.from({ length: 14 }, (_, i) => passage(`/stray-${i}/`, 'Docker', 'docker used together with others')),
    passage('/balancer/', 'Load balancers', 'Put a balancer in front of docker'),
  ];
  const outcome = await searchSite(fakePagefind(site), analyzer, 'balancer autoscaling docker together');
  assert.equal(outcome.hits[0]?.url, '/balancer/', '`autoscaling` finds nothing: `balancer` is the rarest word found');
});

test('a long Korean word is corrected towards the typo words, which list those too long for the lexicon after the Latin ones', () => {
  const text = '컨테이너의 라이프사이클 라이프사이클을 docker docker docker 시작합니다 시작합니다';
  const words = buildTypoWords([passage('/ko/a/', '제목', text)]);
  assert.deepEqual(words, ['docker', '라이프사이클'], 'after the Latin words, and no sentence ending');
  const korean = new QueryAnalyzer({ ...lexicon, lang: 'ko', korean: ['컨테이너'] }, words, typoCode);
  assert.deepEqual(korean.analyze('컨테이너 라이프싸이클').corrections, [['라이프싸이클', '라이프사이클']]);
  assert.equal(korean.wordRank('docker'), 0, "a Korean word takes no Latin word's place");
});

test('a word of a title or a reader phrase counts twice among the typo words, so written once it is one of them', () => {
  const words = buildTypoWords([passage('/a/', 'Network', 'image', { phrases: 'volume' })]);
  assert.deepEqual(words, ['network', 'volume'], 'a word the text writes once is not, the title and the phrase count twice');
});

test('a hyphenated word of a result shows as matched by its words: `zero downtime` in `Zero-downtime deployment`', () => {
  const devops = passage('/devops/', 'DevOps', 'Releases often, without going down: Zero-downtime deployment');
  const [hit] = rerank([{ passage: devops, score: 1 }], analyzer.analyze('zero downtime deployment').groups, terms);
  assert.deepEqual(hit!.excerpt.filter((part) => part.mark).map((part) => part.text), ['Zero-downtime', 'deployment']);
});

test('a hyphenated word the site writes apart is searched as its words: copy-on-write finds Copy on Write', async () => {
  assert.equal(wordsApart('copy-on-write'), 'copy on write');
  assert.equal(wordsApart('docker run --volumes-from db'), 'docker run --volumes-from db', 'a flag keeps its hyphens');
  const url = '/en/notes/union-file-system/';
  const asked: string[] = [];
  const pagefind: Pagefind = {
    search: async (query) => {
      asked.push(query);
      // The index holds `copy`, `on` and `write` as words, never `copy-on-write`.
      if (query.includes('-') || !/copy|write/.test(query)) return { results: [] };
      return { results: [{ id: url, score: 1, data: async () => ({ url, content: 'Layers are shared by the CoW (Copy on Write) strategy.', meta: { title: 'Union file system' }, filters: { kind: ['notes'] } }) }] };
    },
  };
  const outcome = await searchSite(pagefind, new QueryAnalyzer(lexicon, ['copy', 'write', 'layer']), 'copy-on-write');
  assert.equal(outcome.hits[0]?.url, url);
  assert.deepEqual(outcome.corrections, [], 'found as its words, not as a correction');
  assert.ok(asked.includes('copy-on-write'), 'searched as typed first');
});
