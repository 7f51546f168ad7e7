/** Pasted text read as it would have been typed (src/reference/pasted-text.ts), each change named. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadReferenceEntries } from '../../src/content/load-entries.ts';
import { documentedCommandNames } from '../../src/content/command-names.ts';
import { explainData } from '../../src/reference/explain-data.ts';
import { Explainer } from '../../src/reference/explain.ts';
import { asTyped } from '../../src/reference/pasted-text.ts';

test('text a terminal would read as it is comes back unchanged, with no change named', () => {
  for (const text of ['docker run --rm -it ubuntu', 'docker stop $(docker ps -q)', "echo don’t", 'docker run -p 80:80 web-app–v2', '# a comment\ndocker ps', 'docker run -e A=1 alpine sh -c "echo $A"']) {
    assert.deepEqual(asTyped(text), { text, fixes: [] }, text);
  }
});

test('a flag whose hyphens became a dash: an en or em dash is two hyphens before a name, one before a letter; a minus sign is one', () => {
  assert.deepEqual(asTyped('docker run –rm —d −−name web nginx'), {
    text: 'docker run --rm -d --name web nginx',
    fixes: [
      { kind: 'dash', from: '–rm', to: '--rm' },
      { kind: 'dash', from: '—d', to: '-d' },
      { kind: 'dash', from: '−−name', to: '--name' },
    ],
  });
  // Each word once, however often it is written; a dash that opens no word is left alone.
  assert.deepEqual(asTyped('docker run –rm a && docker run –rm b – c').fixes, [{ kind: 'dash', from: '–rm', to: '--rm' }]);
});

test('curly quotes, typographic spaces and invisible characters', () => {
  assert.deepEqual(asTyped('docker run -e “A=1” --label ‘x y’ alpine'), { text: `docker run -e "A=1" --label 'x y' alpine`, fixes: [{ kind: 'quotes' }] });
  assert.deepEqual(asTyped('docker run --rm\u00a0-it\u202fubuntu'), { text: 'docker run --rm -it ubuntu', fixes: [{ kind: 'spaces' }] });
  assert.deepEqual(asTyped('\u202edocker\u200b ps\ufeff'), { text: 'docker ps', fixes: [{ kind: 'invisible' }] });
});

test('a prompt before each command is left out, and the lines of output between them', () => {
  assert.deepEqual(asTyped('$ docker ps\nCONTAINER ID   IMAGE\n3f4e8a   nginx\n\n$ docker stop 3f4e8a\n3f4e8a'), {
    text: 'docker ps\ndocker stop 3f4e8a',
    fixes: [{ kind: 'prompt', prompt: '$' }, { kind: 'output' }],
  });
  // A continued command keeps its next lines; the output after it goes.
  assert.deepEqual(asTyped('$ docker run \\\n  --rm alpine \\\n  echo hi\nhi'), { text: 'docker run \\\n  --rm alpine \\\n  echo hi', fixes: [{ kind: 'prompt', prompt: '$' }, { kind: 'output' }] });
  assert.deepEqual(asTyped('PS C:\\Users\\me> docker ps -a'), { text: 'docker ps -a', fixes: [{ kind: 'prompt', prompt: 'PS C:\\Users\\me>' }] });
  // `$(...)` opens a word, not a prompt.
  assert.deepEqual(asTyped('$(docker ps -q)').fixes, []);
});

test('the explainer reads a command copied from a web page as the command it was', () => {
  const explainer = new Explainer(explainData(loadReferenceEntries(join(import.meta.dirname, '../../content/commands')), 'en', documentedCommandNames(join(import.meta.dirname, '../..'))));
  const { commands, fixes } = explainer.explainPasted('$ docker run –rm -it -e “GREETING=hi” ubuntu\u00a0bash');
  assert.deepEqual(fixes.map((fix) => fix.kind), ['dash', 'quotes', 'spaces', 'prompt']);
  assert.equal(commands.length, 1);
  assert.deepEqual(commands[0]!.parts.map((p) => `${p.kind}:${p.text}`), ['command:docker run', 'flag:--rm', 'flag:-i', 'flag:-t', 'flag:-e GREETING=hi', 'image:ubuntu', 'container-command:bash']);
});

test('full-width forms, as a Korean keyboard types them, are read as ASCII', () => {
  const { text, fixes } = asTyped('docker run －p 8080：80 －－name＝web nginx');
  assert.equal(text, 'docker run -p 8080:80 --name=web nginx');
  assert.deepEqual(fixes, [{ kind: 'wide' }]);
  // Korean text itself is left as it is.
  assert.equal(asTyped('docker commit -m "수정한 설정" web').text, 'docker commit -m "수정한 설정" web');
});
