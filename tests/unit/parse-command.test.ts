import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand, type CommandIndex, type CommandSpec } from '../../src/reference/parse-command.ts';
import { simpleCommands } from '../../src/reference/shell-words.ts';
import { optionAnchor } from '../../src/schemas/command.ts';

const opt = (short: string | undefined, long: string | undefined, takesValue: boolean) => ({
  ...(short ? { short } : {}),
  ...(long ? { long } : {}),
  takesValue,
  anchor: optionAnchor({ long, short }),
});
const spec = (name: string, options: CommandSpec['options'], extra: Partial<CommandSpec> = {}): CommandSpec => ({
  id: name.replace(/^docker /, '').replace(/ /g, '-'),
  name,
  interspersed: true,
  hasSubcommands: false,
  options,
  ...extra,
});
const run = spec(
  'docker run',
  [opt('-i', '--interactive', false), opt('-t', '--tty', false), opt(undefined, '--rm', false), opt('-v', '--volume', true), opt('-p', '--publish', true), opt(undefined, '--name', true)],
  { interspersed: false },
);
const ls = spec('docker container ls', [opt('-a', '--all', false), opt('-q', '--quiet', false)]);
const index: CommandIndex = new Map([
  ['docker', spec('docker', [opt('-H', '--host', true)], { hasSubcommands: true })],
  ['docker run', run],
  ['docker container', spec('docker container', [], { hasSubcommands: true })],
  ['docker container ls', ls],
  ['docker ps', { ...ls, name: 'docker ps' }],
]);

const parse = (text: string) => simpleCommands(text).map((words) => parseCommand(words, index));
const flagsOf = (text: string) => parse(text)[0]!.parts.filter((p) => p.option).map((p) => text.slice(p.start, p.end));

test('combined short flags are split into their letters', () => {
  assert.deepEqual(flagsOf('docker run -it --rm alpine sh'), ['-i', 't', '--rm']);
  assert.deepEqual(parse('docker run -it --rm alpine sh')[0]!.problems, []);
});

test('--flag=value and a value in the next word are both read', () => {
  const text = 'docker run --name=web -v /data:/data -p8080:80 nginx';
  assert.deepEqual(flagsOf(text), ['--name', '-v', '-p']);
  assert.deepEqual(parse(text)[0]!.args.map((w) => w.text), ['nginx']);
});

test('flags stop at the image for docker run: the rest is the container command', () => {
  const parsed = parse('docker run --rm alpine ls -la /')[0]!;
  assert.deepEqual(parsed.args.map((w) => w.text), ['alpine', 'ls', '-la', '/']);
  assert.deepEqual(parsed.problems, []);
});

test('other commands take flags after their arguments too', () => {
  assert.deepEqual(flagsOf('docker ps web -a'), ['-a']);
});

test('$(...) is a word of its own command and a command of its own', () => {
  const commands = parse('docker rm -v $(docker ps -a -q)');
  assert.equal(commands.length, 2);
  assert.match(commands[0]!.problems[0]!, /unknown subcommand "docker rm"/, 'docker rm is not in this index');
  assert.equal(commands[1]!.spec.name, 'docker ps');
  assert.deepEqual(commands[1]!.parts.filter((p) => p.option).map((p) => p.option!.anchor), ['all', 'quiet']);
});

test('line continuations in Bash, PowerShell and cmd join one command', () => {
  for (const mark of ['\\', '`', '^']) {
    const parsed = parse(`docker run ${mark}\n  --rm ${mark}\n  -v /a:/b ${mark}\n  alpine`);
    assert.equal(parsed.length, 1, `continuation ${mark}`);
    assert.deepEqual(parsed[0]!.args.map((w) => w.text), ['alpine']);
  }
});

test('sudo, environment assignments and management commands lead to the right entry', () => {
  assert.equal(parse('sudo DEBUG=1 docker container ls -q')[0]!.spec.name, 'docker container ls');
  assert.equal(parse('docker -H tcp://127.0.0.1:2375 ps')[0]!.spec.name, 'docker ps');
});

test('unknown flags and subcommands are reported, placeholders are not', () => {
  assert.deepEqual(parse('docker run --rn alpine')[0]!.problems, ['docker run: unknown flag --rn']);
  assert.deepEqual(parse('docker run -ix alpine')[0]!.problems, ['docker run: unknown flag -x (in -ix)']);
  assert.deepEqual(parse('docker imamges')[0]!.problems, ['unknown subcommand "docker imamges"']);
  assert.deepEqual(parse('docker run (옵션들) (이미지이름)')[0]!.problems, []);
});

test('a PowerShell script block and a pipe hold commands of their own', () => {
  const commands = parse('docker ps -aq | ForEach-Object {docker rm -f $_}');
  assert.equal(commands[0]!.spec.name, 'docker ps');
  assert.equal(commands.length, 3);
});

test('words keep their offsets so they can be linked in place', () => {
  const text = 'sudo docker run --rm alpine';
  const part = parse(text)[0]!.parts[0]!;
  assert.equal(text.slice(part.start, part.end), 'docker run');
});

test('comments and quoted strings are not commands', () => {
  assert.deepEqual(parse('# docker run --bogus\necho "docker run --bogus"').filter(Boolean), []);
});

test("cmd's FOR /f runs the quoted command in its parentheses, and PowerShell's (...) runs its own", () => {
  const cmd = "FOR /f \"tokens=*\" %i IN ('docker ps -a -q') DO docker rm -v %i";
  const nested = parse(cmd).filter(Boolean).find((c) => c!.spec.name === 'docker ps')!;
  assert.ok(nested, 'the quoted docker ps is read as a command');
  assert.equal(cmd.slice(nested.parts[0]!.start, nested.parts[0]!.end), 'docker ps');
  const powershell = parse('docker rm -v (docker ps -a -q)');
  assert.equal(powershell[1]!.spec.name, 'docker ps');
});

test('each flag is kept in order with its value: inline, glued to a short flag, or the next word', () => {
  const text = 'docker run --name=web -itp8080:80 -v /data:/data nginx';
  const parsed = parse(text)[0]!;
  assert.deepEqual(
    parsed.flags.map((f) => [f.name, f.option?.long, f.value?.text]),
    [['--name', '--name', 'web'], ['-i', '--interactive', undefined], ['-t', '--tty', undefined], ['-p', '--publish', '8080:80'], ['-v', '--volume', '/data:/data']],
  );
  // The value's offsets point at the value in the text, so it can be shown where it stands.
  const publish = parsed.flags[3]!.value!;
  assert.equal(text.slice(publish.start, publish.end), '8080:80');
});

test('an unknown flag is kept in the flag list without an option; a missing value is a problem', () => {
  const parsed = parse('docker run --detatch nginx')[0]!;
  assert.deepEqual(parsed.flags.map((f) => [f.name, f.option]), [['--detatch', undefined]]);
  const missing = parse('docker run --name')[0]!;
  assert.equal(missing.flags[0]!.missingValue, true);
  assert.deepEqual(missing.problems, ['docker run: --name needs a value']);
});

test('the words before the program and the words naming the command are kept apart', () => {
  const parsed = parse('sudo -E FOO=1 docker container ls -a')[0]!;
  assert.deepEqual(parsed.prefix.map((w) => w.text), ['sudo', '-E', 'FOO=1']);
  assert.deepEqual(parsed.path.map((w) => w.text), ['docker', 'container', 'ls']);
});
