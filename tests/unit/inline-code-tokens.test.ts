import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeTokensHtml, inlineCodeHtml } from '../../src/html/inline-code.ts';

test('a token a browser could break inside is kept whole; plain words and spaces are left as they are', () => {
  assert.equal(codeTokensHtml('docker run'), 'docker run');
  assert.equal(codeTokensHtml('docker KEY=value localhost:5000'), 'docker KEY=value localhost:5000');
  assert.equal(codeTokensHtml('-e --rm'), '<span class="tok">-e</span> <span class="tok">--rm</span>');
  assert.equal(codeTokensHtml('$(pwd):/host'), '<span class="tok"><span>$(pwd):/</span><wbr><span>host</span></span>');
  assert.equal(codeTokensHtml('<이미지 이름>'), '<span class="tok">&lt;이미지</span> <span class="tok">이름&gt;</span>');
});

test('a long token may break only after / - _ = between two other characters', () => {
  assert.equal(codeTokensHtml('--insecure-registry'), '<span class="tok">--insecure-<wbr>registry</span>');
  assert.equal(codeTokensHtml('REDIS_PORT_6379_TCP=tcp://192.168.0.10:6379'), '<span class="tok">REDIS_<wbr>PORT_<wbr>6379_<wbr>TCP=<wbr>tcp://<wbr>192.168.0.10:6379</span>');
  // A bracket is a break point of its own: the pieces between the <wbr>s are then held on one line each.
  assert.equal(codeTokensHtml('HOST-PATH[:CONTAINER-PATH]'), '<span class="tok"><span>HOST-</span><wbr><span>PATH[:CONTAINER-</span><wbr><span>PATH]</span></span>');
});

test('a long token without other break points still breaks only after _ or =', () => {
  assert.equal(codeTokensHtml('EXAMPLE_PORT_1234_TCP'), '<span class="tok">EXAMPLE_<wbr>PORT_<wbr>1234_<wbr>TCP</span>');
});

test('the text is escaped and keeps every character', () => {
  const html = codeTokensHtml('a&b "<x>" -v /a:/b');
  assert.equal(html.replace(/<[^>]+>/g, ''), 'a&amp;b &quot;&lt;x&gt;&quot; -v /a:/b');
});

test('reference texts render backtick code with the same tokens', () => {
  assert.equal(inlineCodeHtml('The `Volumes` field of `docker inspect`'), 'The <code>Volumes</code> field of <code>docker inspect</code>');
  assert.match(inlineCodeHtml('use `a-b`'), /<code><span class="tok">a-<wbr>b<\/span><\/code>/);
});
