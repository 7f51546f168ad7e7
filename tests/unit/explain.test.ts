/** The explainer's reading of each shell form and each kind of problem, against the real reference data. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HANGUL } from '../../src/i18n/hangul.ts';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { documentedCommandNames } from '../../src/content/command-names.ts';
import { explainData } from '../../src/reference/explain-data.ts';
import { EXPLAINED_AT_MOST, Explainer, imagePart, portNote, roleKey, shellVariables, templateNote, usageRoles, volumeNote, valueNote, type Part } from '../../src/reference/explain.ts';
import en from '../../src/i18n/en.json' with { type: 'json' };

const entries = loadReferenceEntries(join(import.meta.dirname, '../../content/commands'));
const documented = documentedCommandNames(join(import.meta.dirname, '../..'));
const explainer = new Explainer(explainData(entries, 'en', documented));
const parts = (text: string, at = 0) => explainer.explain(text)[at]!.parts;
const kinds = (text: string, at = 0) => parts(text, at).map((p) => `${p.kind}:${p.text}`);
const flagLinks = (text: string) => parts(text).flatMap((p) => (p.kind === 'flag' ? [`${p.id}#${p.anchor}`] : []));
const problems = (text: string) =>
  explainer.explain(text).flatMap((c) => c.parts).flatMap((p) => (p.kind === 'problem' ? [p.problem] : p.kind === 'flag' && p.problem ? [p.problem] : []));

test('every part of a command, in order: program, flags with values, image, the container command', () => {
  assert.deepEqual(kinds('docker run -d -p 8080:80 --name web nginx:1.27 nginx -g "daemon off;"'), [
    'command:docker run',
    'flag:-d',
    'flag:-p 8080:80',
    'flag:--name web',
    'image:nginx:1.27',
    'container-command:nginx -g "daemon off;"',
  ]);
});

test('a command and its container command are shown as written, quotes kept and continued lines joined', () => {
  const [command] = explainer.explain(`docker run -e 'MSG=hello world' \\
    alpine sh -c "echo $MSG && sleep 1"`);
  assert.equal(command!.text, `docker run -e 'MSG=hello world' alpine sh -c "echo $MSG && sleep 1"`);
  assert.equal(command!.parts.at(-1)!.text, 'sh -c "echo $MSG && sleep 1"');
});

test('words after the image belong to the container, never to docker: --save is redis-server\'s', () => {
  const own = parts('docker run redis redis-server --save 60').find((p) => p.kind === 'container-command');
  assert.ok(own && own.kind === 'container-command');
  assert.equal(own.program, 'redis-server');
  assert.deepEqual(own.args, ['--save', '60']);
  assert.deepEqual(problems('docker run redis redis-server --save 60'), []);
});

test('combined short flags (-dit, -aq), --flag=value and -p8080:80 are each read', () => {
  assert.deepEqual(flagLinks('docker run -dit alpine'), ['run#detach', 'run#interactive', 'run#tty']);
  assert.deepEqual(flagLinks('docker ps -aq'), ['ps#all', 'ps#quiet']);
  const p = parts('docker run --name=web -p8080:80 nginx');
  assert.deepEqual(p.filter((x) => x.kind === 'flag').map((x) => (x.kind === 'flag' ? x.value : '')), ['web', '8080:80']);
});

test('an alias resolves through the entries\' alias data: docker container run is docker run', () => {
  const [command] = parts('docker container run -d nginx');
  assert.ok(command && command.kind === 'command');
  assert.equal(command.id, 'run');
  assert.equal(command.text, 'docker container run');
  assert.deepEqual(flagLinks('docker container run -d nginx'), ['run#detach']);
});

test('line continuations of bash, PowerShell and cmd join one command', () => {
  for (const text of ['docker run -d \\\n  -p 80:80 \\\n  nginx', 'docker run -d `\n  -p 80:80 `\n  nginx', 'docker run -d ^\n  -p 80:80 ^\n  nginx']) {
    assert.equal(explainer.explain(text).length, 1, text);
    assert.deepEqual(flagLinks(text), ['run#detach', 'run#publish'], text);
  }
});

test('quotes are read as the shell reads them', () => {
  const p = parts('docker run -e "GREETING=hello world" alpine');
  const env = p.find((x) => x.kind === 'flag');
  assert.ok(env && env.kind === 'flag');
  assert.deepEqual(env.note, { kind: 'env', scope: 'container', key: 'GREETING', value: 'hello world' });
});

test('$(...), backticks and PowerShell (...) are commands of their own, explained after the one holding them', () => {
  for (const text of ['docker rm -f $(docker ps -aq)', 'docker rm -f `docker ps -aq`', 'docker rm -f (docker ps -aq)']) {
    const commands = explainer.explain(text);
    assert.equal(commands.length, 2, text);
    const arg = commands[0]!.parts.find((p) => p.kind === 'argument');
    assert.ok(arg && arg.kind === 'argument' && arg.substituted, text);
    assert.deepEqual(commands[1]!.parts.filter((p) => p.kind === 'flag').map((p) => (p.kind === 'flag' ? p.anchor : '')), ['all', 'quiet'], text);
  }
});

test('pipes and && chains: each command explained; a program the reference does not cover is named', () => {
  const commands = explainer.explain('docker ps -q | xargs echo && docker images');
  assert.deepEqual(commands.map((c) => c.parts[0]!.kind), ['command', 'other', 'command']);
  const other = commands[1]!.parts[0]!;
  assert.ok(other.kind === 'other' && other.program === 'xargs');
});

test('a leading sudo and a variable assignment are named as such', () => {
  assert.deepEqual(kinds('sudo docker ps'), ['prefix:sudo', 'command:docker ps']);
  assert.deepEqual(kinds('DOCKER_BUILDKIT=1 docker build .').slice(0, 2), ['prefix:DOCKER_BUILDKIT=1', 'command:docker build']);
});

test('Compose and docker-compose commands link to their entries', () => {
  assert.equal((parts('docker compose up -d')[0] as Extract<Part, { kind: 'command' }>).id, 'compose-up');
  assert.deepEqual(flagLinks('docker compose up -d'), ['compose-up#detach']);
  // docker-compose is read through its replacement's subcommands, and says what to write today.
  const legacy = parts('docker-compose up -d')[0]!;
  assert.ok(legacy.kind === 'command');
  assert.deepEqual([legacy.text, legacy.id, legacy.replacement], ['docker-compose up', 'compose-up', 'docker compose up']);
  assert.deepEqual(flagLinks('docker-compose -f dev.yml logs -f web'), ['compose#file', 'compose-logs#follow']);
});

test('the image: registry, repository, tag or digest, with Docker Hub and latest when left out', () => {
  assert.deepEqual(imagePart('nginx'), { kind: 'image', text: 'nginx', registry: 'docker.io', repository: 'library/nginx', defaultRegistry: true, defaultTag: true });
  assert.deepEqual(imagePart('ghcr.io/owner/app:1.2'), { kind: 'image', text: 'ghcr.io/owner/app:1.2', registry: 'ghcr.io', repository: 'owner/app', tag: '1.2', defaultRegistry: false, defaultTag: false });
  assert.deepEqual(imagePart('localhost:5000/app@sha256:abc'), { kind: 'image', text: 'localhost:5000/app@sha256:abc', registry: 'localhost:5000', repository: 'app', digest: 'sha256:abc', defaultRegistry: false, defaultTag: false });
  assert.equal(imagePart('bitnami/redis').repository, 'bitnami/redis');
});

test('port mappings, volumes and bind mounts', () => {
  assert.deepEqual(portNote('127.0.0.1:8080:80/udp'), { kind: 'port', hostIp: '127.0.0.1', hostPort: '8080', containerPort: '80', protocol: 'udp' });
  assert.deepEqual(portNote('80'), { kind: 'port', containerPort: '80', protocol: 'tcp' });
  assert.deepEqual(portNote('[::1]:8080:80'), { kind: 'port', hostIp: '::1', hostPort: '8080', containerPort: '80', protocol: 'tcp' });
  assert.deepEqual(volumeNote('./data:/data:ro'), { kind: 'volume', source: './data', sourceKind: 'bind', target: '/data', options: ['ro'] });
  assert.deepEqual(volumeNote('pgdata:/var/lib/postgresql/data'), { kind: 'volume', source: 'pgdata', sourceKind: 'volume', target: '/var/lib/postgresql/data', options: [] });
  assert.deepEqual(volumeNote('/cache'), { kind: 'volume', sourceKind: 'anonymous', target: '/cache', options: [] });
  assert.deepEqual(volumeNote('C:/work:/app'), { kind: 'volume', source: 'C:/work', sourceKind: 'bind', target: '/app', options: [] });
});

test('--mount and --opt key=value lists, restart policies, sizes, Go templates', () => {
  const run = entries.find((e) => e.id === 'run')!;
  const option = (long: string) => {
    const o = run.data.options.find((x) => x.long === long)!;
    return { long: o.long, type: o.type, value: o.value, text: '' };
  };
  assert.deepEqual(valueNote(option('--mount'), 'type=bind,source=./src,target=/app,readonly'), {
    kind: 'keyValues',
    pairs: [['type', 'bind'], ['source', './src'], ['target', '/app'], ['readonly', undefined]],
  });
  assert.deepEqual(valueNote(option('--restart'), 'on-failure:5'), { kind: 'restart', policy: 'on-failure', retries: '5', valid: true });
  assert.deepEqual(valueNote(option('--memory'), '512m'), { kind: 'size', bytes: 512 * 1024 * 1024 });
  const ps = parts('docker ps --format "{{.Names}}\\t{{.Status}}"').find((p) => p.kind === 'flag');
  assert.ok(ps && ps.kind === 'flag');
  assert.deepEqual(ps.note, { kind: 'template', fields: ['.Names', '.Status'], loops: [], wholeAsJson: false });
  const opt = parts('docker volume create -o type=nfs -o o=addr=10.0.0.1 data').filter((p) => p.kind === 'flag');
  assert.deepEqual(opt.map((p) => (p.kind === 'flag' ? p.note : undefined)), [
    { kind: 'keyValues', pairs: [['type', 'nfs']] },
    { kind: 'keyValues', pairs: [['o', 'addr=10.0.0.1']] },
  ]);
});

test('Dockerfile lines: the instruction, its flags with their values, and its own arguments', () => {
  const p = parts('RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt');
  assert.deepEqual(p.map((x) => x.kind), ['command', 'flag', 'instruction-args']);
  const mount = p[1]!;
  assert.ok(mount.kind === 'flag' && mount.id === 'dockerfile-run' && mount.anchor === 'mount');
  assert.deepEqual(mount.note, { kind: 'keyValues', pairs: [['type', 'cache'], ['target', '/root/.cache']] });
  assert.equal(p[2]!.text, 'pip install -r requirements.txt');
  const copy = parts('COPY --chown=app:app . /app');
  assert.deepEqual(copy.map((x) => `${x.kind}:${x.text}`), ['command:COPY', 'flag:--chown=app:app', 'instruction-args:. /app']);
});

test('a flag the command does not have: did you mean, and which commands have it', () => {
  assert.deepEqual(problems('docker run --detatch nginx'), [{ kind: 'unknown-flag', command: 'docker run', flag: '--detatch', suggestion: '--detach', elsewhere: [] }]);
  const [wrong] = problems('docker build -p 8080:80 .');
  assert.ok(wrong && wrong.kind === 'unknown-flag');
  assert.ok(wrong.elsewhere.includes('docker run --publish'), wrong.elsewhere.join(', '));
  // The misplaced flag takes its value with it: `.` is still the build context, not an extra word.
  const context = parts('docker build -p 8080:80 .').find((p) => p.kind === 'argument');
  assert.ok(context && context.text === '.');
});

test('a flag that needs a value and has none', () => {
  assert.deepEqual(problems('docker logs web --tail'), [{ kind: 'missing-value', command: 'docker logs', flag: '--tail' }]);
});

test('removed and legacy forms say what to write today', () => {
  assert.deepEqual(problems('docker -d'), [{ kind: 'removed', what: 'docker -d', removedIn: '1.10', replacement: 'dockerd' }]);
  assert.deepEqual(problems('docker login -e me@example.com'), [{ kind: 'removed', what: 'docker login -e/--email', removedIn: '17.06', replacement: 'docker login' }]);
  assert.deepEqual(problems('docker run --link db:db app'), [{ kind: 'legacy-flag', flag: '--link', replacement: 'docker network create + docker run --network' }]);
});

test('an older name the CLI still accepts, hidden from its help, is read as the flag it names: --net is --network', () => {
  const net = parts('docker run -d --net host nginx');
  assert.deepEqual(net.map((p) => `${p.kind}:${p.text}`), ['command:docker run', 'flag:-d', 'flag:--net host', 'image:nginx']);
  const flag = net[2]!;
  assert.ok(flag.kind === 'flag');
  assert.deepEqual([flag.flag, flag.anchor, flag.value, flag.hiddenName], ['--network', 'network', 'host', '--net']);
  assert.deepEqual(problems('docker run -d --net host nginx'), []);
  assert.deepEqual(flagLinks('docker create --net=mynet --net-alias db --dns-opt ndots:2 redis'), ['create#network', 'create#network-alias', 'create#dns-option']);
  // Written with its own name, the flag carries no older name; another command has no such name.
  const own = parts('docker run --network host nginx')[1]!;
  assert.ok(own.kind === 'flag' && own.hiddenName === undefined);
  assert.deepEqual(problems('docker network connect --net x web'), [{ kind: 'unknown-flag', command: 'docker network connect', flag: '--net', elsewhere: [] }]);
});

test('an unknown subcommand, a bad restart policy and a word too many are marked', () => {
  assert.deepEqual(problems('docker contianer ls'), [{ kind: 'unknown-subcommand', command: 'docker', word: 'contianer', suggestion: 'docker container' }]);
  assert.deepEqual(problems('docker run --restart=sometimes nginx'), [{ kind: 'bad-value', flag: '--restart', value: 'sometimes', expected: 'no, always, unless-stopped, on-failure[:N]' }]);
  assert.deepEqual(problems('docker ps web'), [{ kind: 'extra-argument', command: 'docker ps' }]);
  // After a subcommand the reference does not have, its words are not read as docker's flags.
  assert.deepEqual(kinds('docker plugn install -t app .'), ['command:docker', 'problem:plugn', 'unread:install -t app .']);
  // `docker buildx build` is one of `docker build`'s names.
  assert.deepEqual(kinds('docker buildx build -t app .'), ['command:docker buildx build', 'flag:-t app', 'argument:.']);
});

test('usage lines name the positional arguments', () => {
  assert.deepEqual(usageRoles('docker rm [OPTIONS] CONTAINER [CONTAINER...]', 'docker rm'), [
    { name: 'CONTAINER', repeats: false, optional: false },
    { name: 'CONTAINER', repeats: true, optional: true },
  ]);
  assert.deepEqual(usageRoles('docker run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'docker run').map((r) => r.name), ['IMAGE', 'COMMAND', 'ARG']);
  assert.deepEqual(usageRoles('docker build [OPTIONS] PATH | URL | -', 'docker build').map((r) => r.name), ['PATH | URL | -']);
  assert.deepEqual(usageRoles('docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]', 'docker commit').map((r) => r.name), ['CONTAINER', 'REPOSITORY[:TAG]']);
});

test('the data for each language carries that language\'s descriptions and every entry', () => {
  const ko = explainData(entries, 'ko', documented);
  const en = explainData(entries, 'en', documented);
  assert.equal(ko.entries.length, entries.length);
  const run = (d: typeof ko) => d.entries.find((e) => e.id === 'run')!.options.find((o) => o.long === '--detach')!.text;
  assert.match(run(ko), HANGUL);
  assert.doesNotMatch(run(en), HANGUL);
});

test('a Dockerfile that opens with a comment is still read as a Dockerfile', () => {
  const commands = explainer.explain('# syntax=docker/dockerfile:1\nFROM alpine\nRUN --network=none echo hi');
  assert.deepEqual(commands.map((c) => c.parts[0]!.kind === 'command' && c.parts[0]!.id), ['dockerfile-from', 'dockerfile-run']);
});

test("the shell's redirections are the shell's: > file, >> file, < file, 2> file, &> file and 2>&1 are named, not read as arguments", () => {
  const redirects = (text: string) => parts(text).flatMap((p) => (p.kind === 'redirect' ? [`${p.stream}${p.append ? '+' : ''} ${p.target}`] : []));
  assert.deepEqual(kinds('docker export web > web.tar'), ['command:docker export', 'argument:web', 'redirect:> web.tar']);
  assert.deepEqual(problems('docker export web > web.tar'), []);
  assert.deepEqual(redirects('docker save nginx >>all.tar'), ['out+ all.tar']);
  assert.deepEqual(redirects('docker load < nginx.tar'), ['in nginx.tar']);
  assert.deepEqual(redirects('docker logs web 2>&1'), ['err &1']);
  assert.deepEqual(redirects('docker pull nginx 2> errors.txt &>/dev/null'), ['err errors.txt', 'both /dev/null']);
  // A placeholder in angle brackets and a quoted ">" stay what they are.
  assert.deepEqual(kinds('docker run <image>'), ['command:docker run', 'placeholder:<image>']);
  assert.deepEqual(redirects('docker ps --format ">"'), []);
});

test('a command Docker documents that this reference does not cover is named as such, with its page in Docker\'s docs; only a command no Docker CLI has is a problem', () => {
  assert.deepEqual(kinds('docker swarm join-token worker'), ['command:docker', 'uncovered:swarm join-token', 'unread:worker']);
  const swarm = parts('docker swarm join-token worker')[1]!;
  assert.ok(swarm.kind === 'uncovered');
  assert.deepEqual([swarm.name, swarm.docs], ['docker swarm join-token', 'https://docs.docker.com/reference/cli/docker/swarm/join-token/']);
  assert.deepEqual(problems('docker service ls -q'), []);
  assert.deepEqual(kinds('docker compose wait web'), ['command:docker compose', 'uncovered:wait', 'unread:web']);
  assert.deepEqual(kinds('docker buildx bake --push'), ['group:docker buildx', 'uncovered:bake', 'unread:--push']);
  // A group the reference has, with a subcommand it does not.
  assert.deepEqual(kinds('docker volume update data'), ['group:docker volume', 'uncovered:update', 'unread:data']);
  assert.deepEqual(problems('docker contianer ls'), [{ kind: 'unknown-subcommand', command: 'docker', word: 'contianer', suggestion: 'docker container' }]);
  // The data leaves out what the entries cover.
  assert.ok(!explainData(entries, 'en', documented).uncovered.includes('docker run'));
});

test('each argument the page has words for is a usage line\'s argument: a renamed one would fall back to its bare name unnoticed', () => {
  const roles = new Set(entries.filter((e) => e.data.kind !== 'dockerfile').flatMap((e) => usageRoles(e.data.usage.split('\n')[0]!, e.data.name).map((r) => roleKey(r.name))));
  const worded = Object.keys(en).filter((key) => key.startsWith('explain.role.'));
  assert.ok(worded.length >= 10);
  assert.deepEqual(worded.filter((key) => !roles.has(key)), []);
  assert.equal(roleKey('PATH | URL | -'), 'explain.role.path-url');
  assert.ok(roles.has('explain.role.container'));
});

test('a here-document is the command\'s input, its lines not read as commands; a pasted Compose file is named as one', () => {
  const [build, ...rest] = explainer.explain('docker build -t app - <<EOF\nFROM alpine\nRUN echo hi\nEOF\ndocker images');
  assert.deepEqual(build!.parts.map((p) => `${p.kind}:${p.text}`), ['command:docker build', 'flag:-t app', 'argument:-', 'redirect:<<EOF']);
  const here = build!.parts.at(-1)!;
  assert.ok(here.kind === 'redirect');
  assert.deepEqual([here.stream, here.target, here.hereDocument], ['in', 'EOF', 'FROM alpine\nRUN echo hi']);
  // The command after the delimiter is read; nothing inside the document is.
  assert.deepEqual(rest.map((c) => c.text), ['docker images']);
  assert.deepEqual(explainer.explain("cat <<-'END' | docker login --password-stdin -u me\n\tsecret\n\tEND")[1]!.parts.map((p) => p.kind), ['command', 'flag', 'flag']);
  // Two on one line take their bodies one after the other.
  const [cat, after] = explainer.explain('cat <<A <<B\na1\nA\nb1\nB\ndocker ps');
  assert.deepEqual(cat!.parts.flatMap((p) => (p.kind === 'redirect' ? [p.hereDocument] : [])), ['a1', 'b1']);
  assert.equal(after!.text, 'docker ps');
  assert.deepEqual(explainer.explain('services:\n  web:\n    image: nginx\n    ports:\n      - "80:80"'), [{ text: 'services:', parts: [{ kind: 'compose-file', text: 'services:' }] }]);
  // A command that merely starts with such a word is still a command.
  assert.equal(explainer.explain('version: 3')[0]!.parts[0]!.kind, 'other');
});

test('a paste beyond EXPLAINED_AT_MOST is explained up to it, and says how much was left', () => {
  const { characters, commands: most } = EXPLAINED_AT_MOST;
  const whole = explainer.explainPasted('docker ps -a\ndocker images');
  assert.equal(whole.commands.length, 2);
  assert.equal(whole.cut, undefined);
  assert.equal(whole.commandsLeft, 0);

  // Too many commands: the first ones are explained, the rest counted.
  const many = explainer.explainPasted('docker ps\n'.repeat(most + 7));
  assert.equal(many.commands.length, most);
  assert.equal(many.commandsLeft, 7);

  // Too long: cut at the end of the last whole line within the limit.
  const line = 'docker run --rm alpine echo hi\n';
  const long = line.repeat(Math.ceil(characters / line.length) + 10);
  const cut = explainer.explainPasted(long);
  assert.deepEqual(cut.cut, { kept: Math.floor(characters / line.length) * line.length - 1, total: long.length });
  assert.ok(cut.commands.every((c) => c.text === line.trim()), 'no command was cut in the middle');

  // Text nested thousands deep: a bounded explanation, however deep.
  const nested = explainer.explainPasted(`docker ps ${'$('.repeat(20_000)}`);
  assert.equal(nested.commands.length, most);
  assert.deepEqual(nested.cut, { kept: characters, total: 10 + 40_000 });
});

test('only --env and --build-arg read KEY=VALUE as a variable; a label, a filter or a scale means what its flag says', () => {
  const notes = (text: string) => parts(text).flatMap((p) => (p.kind === 'flag' ? [p.note] : []));
  assert.deepEqual(notes('docker run -e MODE=dev -e HOME --label tier=web alpine'), [
    { kind: 'env', scope: 'container', key: 'MODE', value: 'dev' },
    { kind: 'env', scope: 'container', key: 'HOME' },
    undefined,
  ]);
  assert.deepEqual(notes('docker build --build-arg NODE_VERSION=18 --build-arg HTTP_PROXY -t app .'), [
    { kind: 'env', scope: 'build', key: 'NODE_VERSION', value: '18' },
    { kind: 'env', scope: 'build', key: 'HTTP_PROXY' },
    undefined,
  ]);
  for (const text of ['docker compose up --scale web=3', 'docker images -f dangling=true', 'docker ps --filter name=web', 'docker run --log-opt max-size=10m --sysctl net.ipv4.ip_forward=1 alpine']) {
    assert.ok(notes(text).every((note) => note?.kind !== 'env'), text);
  }
});

test('words after the image that are flags of the command are named, since the container gets them instead of Docker', () => {
  const own = (text: string) => {
    const part = parts(text).find((p) => p.kind === 'container-command');
    assert.ok(part && part.kind === 'container-command', text);
    return { after: part.after, flags: part.commandFlags };
  };
  assert.deepEqual(own('docker run nginx -p 80:80 --name=web'), { after: 'image', flags: ['-p', '--name'] });
  assert.deepEqual(own('docker exec web -it bash'), { after: 'container', flags: ['-it'] });
  // An older name the CLI still accepts is a flag of the command too.
  assert.deepEqual(own('docker run nginx --net host'), { after: 'image', flags: ['--net'] });
  // A program's own flags, a question for the entrypoint, and words for an entrypoint the reader set are left alone.
  assert.deepEqual(own('docker run ubuntu ls -la'), { after: 'image', flags: [] });
  assert.deepEqual(own('docker run some/tool --help'), { after: 'image', flags: [] });
  assert.deepEqual(own("docker run --entrypoint /bin/sh alpine -c 'echo hi'"), { after: 'image', flags: [] });
});

test('an argument the usage line requires and the command leaves out is a problem; a group, a template and --help need none', () => {
  const missing = (text: string) => problems(text).flatMap((p) => (p.kind === 'missing-argument' ? [p.missing] : []));
  assert.deepEqual(missing('docker run -d'), [['IMAGE']]);
  assert.deepEqual(missing('docker exec'), [['CONTAINER', 'COMMAND']]);
  assert.deepEqual(missing('docker exec -it web'), [['COMMAND']]);
  assert.deepEqual(missing('docker logs -f'), [['CONTAINER']]);
  for (const whole of ['docker run nginx', 'docker exec -it web sh', 'docker rm -f $(docker ps -aq)', 'docker compose up', 'docker run --help', 'docker run [옵션] <이미지>', 'docker network', 'docker ps']) {
    assert.deepEqual(missing(whole), [], whole);
  }
  // Said after the parts the command has.
  assert.equal(parts('docker run -d').at(-1)!.kind, 'problem');
});

test('a placeholder stands for the argument in its place, so the words after it keep theirs; one for flags takes no place', () => {
  assert.deepEqual(kinds('docker exec -it <container_name> bash'), ['command:docker exec', 'flag:-i', 'flag:-t', 'placeholder:<container_name>', 'container-command:bash']);
  assert.deepEqual(kinds('docker run -it --rm <image> sh'), ['command:docker run', 'flag:-i', 'flag:-t', 'flag:--rm', 'placeholder:<image>', 'container-command:sh']);
  assert.deepEqual(kinds('docker exec -it <container_id> /bin/sh -c \'ls\'').at(-1), "container-command:/bin/sh -c 'ls'");
  const roles = (text: string) => parts(text).flatMap((p) => (p.kind === 'placeholder' ? [p.role ?? '-'] : []));
  assert.deepEqual(roles('docker exec -it <container_name> bash'), ['CONTAINER']);
  assert.deepEqual(roles('docker run [옵션] <이미지> [명령]'), ['-', 'IMAGE', 'COMMAND']);
  assert.deepEqual(roles('docker run [OPTIONS] <image>'), ['-', 'IMAGE']);
  // Docker's image names are lower case: one in capitals is the reader's to fill in.
  assert.deepEqual(kinds('docker run -d IMAGE_NAME'), ['command:docker run', 'flag:-d', 'placeholder:IMAGE_NAME']);
  assert.deepEqual(kinds('docker pull nginx:1.27').at(-1), 'image:nginx:1.27');
  // None of these is missing an argument: the placeholders stand for them.
  assert.deepEqual(problems('docker exec -it <container_name> bash'), []);
});

test('shell variables are the shell\'s: a flag\'s value and an argument say the shell fills them in; single quotes keep them as written', () => {
  const env = parts('docker run -e PATH=$PATH:/opt/bin alpine').find((p) => p.kind === 'flag');
  assert.ok(env?.kind === 'flag');
  assert.deepEqual(env.variables, ['$PATH']);
  const image = parts('docker run --rm $IMAGE_NAME').at(-1)!;
  assert.deepEqual([image.kind, image.kind === 'argument' && image.substituted], ['argument', 'variable']);
  assert.deepEqual(shellVariables('"${HOME}/data:$PWD"'), ['$HOME', '$PWD']);
  assert.deepEqual(shellVariables("'$HOME'"), []);
  // PowerShell's.
  assert.deepEqual(shellVariables('$env:USERPROFILE/app:/app'), ['$env:USERPROFILE']);
  assert.deepEqual(shellVariables('"it\'s $USER"'), ['$USER']);
  assert.deepEqual(shellVariables('\\$HOME $(pwd)'), []);
});

test('did you mean: two letters swapped are one slip (rnu is run, not rm); --it is -it', () => {
  const sub = problems('docker rnu -it ubuntu bash')[0]!;
  assert.ok(sub.kind === 'unknown-subcommand');
  assert.equal(sub.suggestion, 'docker run');
  const flag = problems('docker run --it ubuntu')[0]!;
  assert.ok(flag.kind === 'unknown-flag');
  assert.equal(flag.suggestion, '-it');
  const typo = problems('docker run --detahc nginx')[0]!;
  assert.ok(typo.kind === 'unknown-flag');
  assert.equal(typo.suggestion, '--detach');
});

test('a removed flag that took a value takes it still, so the words after it keep their places', () => {
  assert.deepEqual(kinds('docker run --kernel-memory 1g nginx'), ['command:docker run', 'problem:--kernel-memory 1g', 'image:nginx']);
  const [removed] = problems('docker run --kernel-memory 1g nginx');
  assert.ok(removed?.kind === 'removed');
  assert.equal(removed.removedIn, '23.0');
});

test('flags a command refuses together, and ports past 65535, are problems', () => {
  const conflict = problems('docker run --rm --restart always nginx');
  assert.deepEqual(conflict, [{ kind: 'conflict', command: 'docker run', flags: ['--rm', '--restart'] }]);
  assert.deepEqual(problems('docker run --restart=always -d --rm nginx').map((p) => p.kind), ['conflict']);
  assert.deepEqual(problems('docker run --rm --restart no nginx'), []);
  assert.deepEqual(problems('docker -H tcp://10.0.0.2:2375 --context prod ps').map((p) => p.kind), ['conflict']);
  assert.deepEqual(problems('docker run -p 70000:80 nginx'), [{ kind: 'bad-port', flag: '--publish', port: '70000' }]);
  assert.deepEqual(problems('docker run -p 8000-8010:8000-8010 -p 0:80 nginx'), []);
});

test('--tmpfs is a path and its mount options; a template says what it prints, and what it goes through', () => {
  const run = entries.find((e) => e.id === 'run')!;
  const tmpfs = run.data.options.find((x) => x.long === '--tmpfs')!;
  assert.deepEqual(valueNote({ long: tmpfs.long, type: tmpfs.type, value: tmpfs.value, text: '' }, '/tmp:rw,size=64m'), { kind: 'tmpfs', target: '/tmp', options: ['rw', 'size=64m'] });
  assert.deepEqual(templateNote('{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'), { kind: 'template', fields: ['.IPAddress'], loops: ['.NetworkSettings.Networks'], wholeAsJson: false });
  assert.deepEqual(templateNote('{{json .}}'), { kind: 'template', fields: [], loops: [], wholeAsJson: true });
  assert.deepEqual(templateNote('{{if .State.Running}}{{.Name}}{{end}}').fields, ['.Name']);
  assert.deepEqual(templateNote('{{json .Config.Env}}').fields, ['.Config.Env']);
});

test('a paste cut at the limit is cut between words, and its last command is not said to lack what was cut away', () => {
  const long = `docker run ${'-e VARIABLE_NAME=1 '.repeat(Math.ceil(EXPLAINED_AT_MOST.characters / 18) + 5)}nginx`;
  const cut = explainer.explainPasted(long);
  assert.ok(cut.cut);
  assert.match(long.slice(cut.cut.kept - 1, cut.cut.kept + 1), /^\S\s$/, 'cut between words');
  const last = cut.commands.at(-1)!;
  assert.deepEqual(last.parts.filter((p) => p.kind === 'problem' || (p.kind === 'flag' && p.problem)), []);
  // No value cut short: `-e VARIABLE_N` would copy another variable from the shell.
  assert.ok(last.parts.every((p) => p.kind !== 'flag' || p.value === undefined || p.value === 'VARIABLE_NAME=1'));
});

test('the words after the image go to an entrypoint the command sets', () => {
  const after = parts('docker run --entrypoint /bin/sh alpine -c "echo hi"').at(-1)!;
  assert.ok(after.kind === 'container-command');
  assert.equal(after.ownEntrypoint, true);
  const plain = parts('docker run ubuntu --rm -it bash').at(-1)!;
  assert.ok(plain.kind === 'container-command');
  assert.equal(plain.ownEntrypoint, false);
});

test('Docker\'s own plugins (docker init, docker scout) are commands this reference does not cover, not problems; a short word is not "corrected" into another', () => {
  assert.deepEqual(kinds('docker init'), ['command:docker', 'uncovered:init']);
  assert.deepEqual(kinds('docker scout cves myapp:latest'), ['command:docker', 'uncovered:scout', 'unread:cves myapp:latest']);
  assert.deepEqual(problems('docker init && docker scout cves myapp'), []);
  const far = problems('docker wiat')[0]!;
  assert.ok(far.kind === 'unknown-subcommand');
  assert.equal(far.suggestion, 'docker wait');
  const none = problems('docker lint .')[0]!;
  assert.ok(none.kind === 'unknown-subcommand');
  assert.equal(none.suggestion, undefined);
});

test('Dockerfile arguments read as what they are: the command form, the base image and its stage, the ports', () => {
  const run = parts('RUN apt-get update && apt-get install -y curl').at(-1)!;
  assert.ok(run.kind === 'instruction-args' && run.reading === 'shell');
  const exec = parts('CMD ["python", "app.py"]').at(-1)!;
  assert.deepEqual(exec.kind === 'instruction-args' && [exec.reading, exec.vars], ['exec', { program: 'python' }]);
  // A shell form CMD or ENTRYPOINT makes the shell the container's main process.
  const shell = parts('ENTRYPOINT node server.js').at(-1)!;
  assert.ok(shell.kind === 'instruction-args' && shell.reading === 'shell-main');
  // Brackets that are not a JSON list of strings are the shell form.
  assert.ok(parts("CMD ['python', 'app.py']").at(-1)!.kind === 'instruction-args' && (parts("CMD ['python', 'app.py']").at(-1) as { reading?: string }).reading === 'shell-main');
  const from = parts('FROM node:20-alpine AS build');
  assert.deepEqual(from.map((x) => x.kind), ['command', 'image', 'instruction-args']);
  assert.ok(from[1]!.kind === 'image' && from[1]!.repository === 'library/node' && from[1]!.tag === '20-alpine');
  assert.deepEqual(from[2]!.kind === 'instruction-args' && [from[2]!.text, from[2]!.reading, from[2]!.vars], ['AS build', 'stage', { name: 'build' }]);
  assert.deepEqual(parts('FROM --platform=linux/amd64 alpine').map((x) => x.kind), ['command', 'flag', 'image']);
  const expose = parts('EXPOSE 80/tcp 443').at(-1)!;
  assert.deepEqual(expose.kind === 'instruction-args' && [expose.reading, expose.vars], ['expose', { ports: '80/tcp 443' }]);
  // What the explainer cannot read stays the arguments as written.
  assert.ok(parts('WORKDIR /app').at(-1)!.kind === 'instruction-args' && !(parts('WORKDIR /app').at(-1) as { reading?: string }).reading);
});
