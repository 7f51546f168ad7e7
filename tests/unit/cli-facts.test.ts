import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMinApi,
  commandSource,
  compareFlags,
  compareSince,
  parseAliases,
  parseDockerfileOptionTables,
  parseOptionsTable,
  parseUsageBlock,
  parseVersionAnnotations,
  similarity,
  TOO_CLOSE,
  writeSince,
} from '../../src/reference/cli-facts.ts';

// A made-up page in the shape the docs generator writes; the prose outside the markers is ignored.
const page = `# launch

<!---MARKER_GEN_START-->
Start a thing

### Aliases

\`docker thing launch\`, \`docker launch\`

### Options

| Name                                 | Type     | Default | Description                          |
|:-------------------------------------|:---------|:--------|:-------------------------------------|
| [\`-n\`](#name), [\`--name\`](#name) | \`string\` |         | Name it (a\\|b)                      |
| \`--count\`                          | \`int\`    | \`3\`     | How many (API 1.41+)                 |
| \`--fancy\`                          | \`bool\`   |         | Look nicer (EXPERIMENTAL)            |
| \`--old-way\`                        | \`bool\`   |         | (DEPRECATED) Use --name instead      |
| \`--help\`                           | \`bool\`   |         | Print usage                          |
| \`-q\`                               | \`bool\`   |         | Say less                             |


<!---MARKER_GEN_END-->

### Options

| Name | Type | Default | Description |
|:-----|:-----|:--------|:------------|
| \`--outside\` | \`bool\` | | Not generated, so not a fact |
`;

test('the generated Options table gives names, types, defaults and marks, nothing else, and no --help', () => {
  assert.deepEqual(parseAliases(page), ['docker thing launch', 'docker launch']);
  assert.deepEqual(parseOptionsTable(page), [
    { long: '--name', short: '-n', type: 'string' },
    { long: '--count', type: 'int', default: '3', minApi: '1.41' },
    { long: '--fancy', type: 'bool', experimental: true },
    { long: '--old-way', type: 'bool', deprecated: true },
    { short: '-q', type: 'bool' },
  ]);
});

test('a page without the generated block is an error, not an empty list', () => {
  assert.throws(() => parseOptionsTable('# launch\n\n| `--x` | `bool` | | y |\n'), /MARKER_GEN_START/);
});

test('a Usage: block gives the same facts: bool flags have no type word, defaults come from "(default ...)"', () => {
  const usage = [
    '# daemon',
    '',
    '```markdown',
    'Usage:\tthingd [OPTIONS]',
    '',
    'Options:',
    '  -b, --bridge string                     Attach to a bridge',
    '      --config-file string                Config file (default "/etc/thing.json")',
    '      --help                              Print usage',
    '      --icc                               Let them talk (default true)',
    '      --long-one int                      A description that goes on',
    '                                          over two lines (default 5)',
    '```',
  ].join('\n');
  assert.deepEqual(parseUsageBlock(usage), [
    { long: '--bridge', short: '-b', type: 'string' },
    { long: '--config-file', type: 'string', default: '/etc/thing.json' },
    { long: '--icc', type: 'bool', default: 'true' },
    { long: '--long-one', type: 'int', default: '5' },
  ]);
});

test('the comparison names each missing, extra, misspelled or wrong flag', () => {
  const facts = parseOptionsTable(page);
  const listed = [
    { long: '--name', type: 'string' }, // short form -n missing
    { long: '--count', type: 'string', default: '4' }, // wrong type and default
    { long: '--fancey', type: 'bool' }, // misspelled
    { long: '--gone', type: 'bool' }, // not documented
    { long: '--linked', type: 'bool', legacy: {} }, // removed, but the notes use it
  ];
  const { problems, listed: count, documented } = compareFlags(listed, facts);
  assert.deepEqual(problems, [
    '--name: short form (none), documented -n',
    '--count: type string, documented int',
    '--count: default 4, documented 3',
    '--fancey: misspelled, documented --fancy',
    '--gone: extra, not documented (mark it legacy if the notes use a removed flag)',
    '-q: missing (bool)',
  ]);
  assert.deepEqual([count, documented], [2, 4]);
});

test('a complete list has no problems, and a meaningful default must be given', () => {
  const facts = parseOptionsTable(page);
  const complete = [
    { long: '--count', type: 'int', default: '3' },
    { long: '--fancy', type: 'bool' },
    { long: '--name', short: '-n', type: 'string' },
    { short: '-q', type: 'bool' },
  ];
  assert.deepEqual(compareFlags(complete, facts).problems, []);
  assert.deepEqual(compareFlags([{ ...complete[0]!, default: undefined }, ...complete.slice(1)], facts).problems, ['--count: default 3 is missing']);
});

test('a legacy-builder flag is checked against the legacy builder, and must not be one of BuildKit\'s', () => {
  const buildkit = [{ long: '--tag', short: '-t', type: 'stringArray' }];
  const legacy = [{ long: '--squash', type: 'bool', minApi: '1.25' }, { long: '--tag', short: '-t', type: 'list' }];
  const options = [
    { long: '--tag', short: '-t', type: 'stringArray' },
    { long: '--squash', type: 'string', builder: 'legacy' }, // wrong type
    { long: '--compress', type: 'bool', builder: 'legacy' }, // not a legacy flag either
  ];
  assert.deepEqual(compareFlags(options, buildkit, legacy).problems, [
    '--squash: type string, documented bool',
    '--compress: marked builder: legacy, but the legacy builder has no such flag',
  ]);
  assert.deepEqual(compareFlags([{ ...options[0]!, builder: 'legacy' }], buildkit, legacy).problems, [
    '--tag: marked builder: legacy, but BuildKit has it too',
    '--tag: missing (-t, stringArray)',
  ]);
  assert.deepEqual(compareFlags([options[0]!, options[1]!], buildkit).problems, ['--squash: marked builder: legacy, but this command has no legacy builder']);
  // Legacy-builder flags do not count toward BuildKit's documented flags.
  assert.deepEqual(compareFlags([options[0]!, { long: '--squash', type: 'bool', builder: 'legacy' }], buildkit, legacy), { problems: [], listed: 1, documented: 1 });
});

test('API versions come from the Go source\'s version tags, through constants and the helpers a command calls', () => {
  const files = [
    { path: 'cli/command/container/run.go', text: 'func NewRunCommand() {\n\tcmd := &cobra.Command{\n\t\tUse:   "run [OPTIONS] IMAGE",\n\t}\n\tflags.SetAnnotation("platform", "version", []string{"1.32"})\n\tcopts = addFlags(flags)\n}\n' },
    { path: 'cli/command/container/opts.go', text: 'const flagGPUs = "gpus"\n\nfunc addFlags(flags *pflag.FlagSet) {\n\tflags.SetAnnotation(flagGPUs, "version", []string{"1.40"})\n\tflags.SetAnnotation("cpu-count", "ostype", []string{"windows"})\n}\n\nfunc unrelated() {\n\tflags.SetAnnotation("other", "version", []string{"1.99"})\n}\n' },
    { path: 'cli/command/container/create.go', text: 'cmd := &cobra.Command{\n\tUse: "create [OPTIONS] IMAGE",\n}\n' },
    { path: 'cli/command/system/inspect.go', text: 'Use:   "inspect [OPTIONS] NAME|ID",\nflags.StringVar(&opts.objectType, "type", "", "")\n' },
    { path: 'cli/command/image/inspect.go', text: 'Use:   "inspect [OPTIONS] IMAGE",\n' },
    { path: 'cli/command/container/cp.go', text: 'Use: `cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp`,\n' },
  ];
  const run = commandSource('docker container run', files, ['--gpus', '--platform']);
  assert.equal(run.path, 'cli/command/container/run.go');
  assert.deepEqual([...parseVersionAnnotations(run.code, new Map([['flagGPUs', 'gpus']]))], [['--platform', '1.32'], ['--gpus', '1.40']]);
  assert.equal(commandSource('docker inspect', files, ['--type', '--format']).path, 'cli/command/system/inspect.go');
  assert.equal(commandSource('docker container cp', files, []).path, 'cli/command/container/cp.go');
  assert.throws(() => commandSource('docker container top', files, []), /no Go file under cli\/command\/container\/ defines a command "top"/);
  assert.throws(() => parseVersionAnnotations('flags.SetAnnotation(flagNope, "version", []string{"1.40"})'), /flagNope/);
  const flags = [{ long: '--gpus', type: 'gpu-request' }, { long: '--name', type: 'string' }];
  assert.deepEqual(addMinApi(flags, new Map([['--gpus', '1.40']]), 'run.go'), [{ long: '--gpus', type: 'gpu-request', minApi: '1.40' }, { long: '--name', type: 'string' }]);
  assert.throws(() => addMinApi(flags, new Map([['--gone', '1.40']]), 'run.go'), /run\.go tags --gone/);
});

test('the Dockerfile reference\'s tables give each flag\'s minimum syntax, an empty cell none', () => {
  const reference = [
    '## RUN',
    '',
    '| Option                          | Minimum Dockerfile version |',
    '|---------------------------------|----------------------------|',
    '| [`--device`](#run---device)     | 1.14-labs                  |',
    '| [`--mount`](#run---mount)       | 1.2                        |',
    '',
    '## COPY',
    '',
    '| Option                             | Minimum Dockerfile version |',
    '| ---------------------------------- | -------------------------- |',
    '| [`--from`](#copy---from)           |                            |',
    '| [`--parents`](#copy---parents)     | 1.20                       |',
  ].join('\n');
  assert.deepEqual(parseDockerfileOptionTables(reference), [
    { name: 'RUN', flags: [{ long: '--device', minSyntax: '1.14-labs' }, { long: '--mount', minSyntax: '1.2' }] },
    { name: 'COPY', flags: [{ long: '--from' }, { long: '--parents', minSyntax: '1.20' }] },
  ]);
  assert.throws(() => parseDockerfileOptionTables('## COPY\n'), /no "Minimum Dockerfile version" table/);
  assert.throws(() => parseDockerfileOptionTables(reference.replace('1.20 ', 'soon ')), /line 13: cannot read the version "soon"/);
});

test('since is compared with the source both ways, and written back without touching the rest', () => {
  const versions = new Map<string, string | undefined>([['--gpus', 'API 1.40'], ['--init', undefined], ['--name', undefined]]);
  const versionOf = (o: { long?: string; short?: string }) => (versions.has(o.long!) ? versions.get(o.long!) : null);
  assert.deepEqual(
    compareSince([{ long: '--gpus' }, { long: '--init', since: 'API 1.25' }, { long: '--name', since: '25.0' }, { long: '--gone', since: 'API 1.1' }], versionOf),
    ['--gpus: since (none), the source gives API 1.40', '--init: since API 1.25, the source gives no minimum version'],
  );
  const yaml = [
    'name: docker run',
    'options:',
    '  - long: --gpus',
    '    type: gpu-request',
    '    value: GPUS',
    '    description:',
    '      en: Adds GPUs.',
    '',
    '  # a comment about the next option',
    '  - short: -i',
    '    long: --init',
    '    type: bool',
    '    since: API 1.25',
    '    description:',
    '      en: Runs an init.',
    '  - long: --name',
    '    type: string',
    '    value: NAME',
    '    since: "25.0"',
    '    description:',
    '      en: Names it.',
    'examples: []',
  ].join('\n');
  const written = writeSince(yaml, versions, 'run.yaml');
  assert.deepEqual(written.split('\n').filter((line) => line.includes('since')), ['    since: API 1.40', '    since: "25.0"']);
  assert.equal(written.split('\n').indexOf('    since: API 1.40'), 5, 'after the value line');
  assert.equal(writeSince(written, versions, 'run.yaml'), written, 'writing twice changes nothing');
  assert.throws(() => writeSince('options:\n  long: --x\n', versions, 'bad.yaml'), /bad\.yaml:2: expected an option/);
});

test('similarity measures how close a description stays to Docker\'s help text, and the Options table gives that text', () => {
  // The values Python's difflib.SequenceMatcher(autojunk=False).ratio() gives for the same strings.
  assert.equal(similarity('Adds a link-local address to the container.', 'Add a link-local address for the container').toFixed(4), '0.9524');
  assert.equal(similarity('Gives the container an extra link-local IP address.', 'Add a link-local address for the container').toFixed(4), '0.3696');
  assert.equal(similarity('Same `code`.', 'same code (default "x")'), 1, 'code marks, case, a final stop and the default note do not count');
  assert.equal(similarity('abc', 'xyz'), 0);
  const help = new Map<string, string>();
  parseOptionsTable(page, help);
  assert.equal(help.get('--name'), 'Name it (a|b)');
  assert.equal(help.get('-q'), 'Say less');
  assert.ok(similarity('Names it (a|b).', help.get('--name')!) >= TOO_CLOSE);
});
