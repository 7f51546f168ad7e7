import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFlags, parseAliases, parseOptionsTable, parseUsageBlock } from '../../src/reference/cli-facts.ts';

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
