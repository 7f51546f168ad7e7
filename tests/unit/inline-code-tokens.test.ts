import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeTokensHtml, inlineCodeHtml } from '../../src/html/inline-code.ts';

test('a token a browser could break inside is kept whole; plain words and spaces are left as they are', () => {
  assert.equal(codeTokensHtml('docker run'), 'docker run');
  assert.equal(codeTokensHtml('docker -d'), 'docker <span class="tok">-d</span>');
  assert.equal(codeTokensHtml('<이미지 이름>'), '<span class="tok">&lt;이미지</span> <span class="tok">이름&gt;</span>');
});

test('a long token may break only after / - _ = between two other characters', () => {
  assert.equal(codeTokensHtml('--insecure-registry'), '<span class="tok"><span>--insecure-</span><wbr><span>registry</span></span>');
  assert.equal(
    codeTokensHtml('REDIS_PORT_6379_TCP=tcp://192.168.0.10:6379'),
    '<span class="tok"><span>REDIS_</span><wbr><span>PORT_</span><wbr><span>6379_</span><wbr><span>TCP=</span><wbr><span>tcp://</span><wbr><span>192.168.0.10:6379</span></span>',
  );
});

test('the text is escaped and keeps every character', () => {
  const html = codeTokensHtml('a&b "<x>" -v /a:/b');
  assert.equal(html.replace(/<[^>]+>/g, ''), 'a&amp;b &quot;&lt;x&gt;&quot; -v /a:/b');
});

test('reference texts render backtick code with the same tokens', () => {
  assert.equal(inlineCodeHtml('The `Volumes` field of `docker inspect`'), 'The <code>Volumes</code> field of <code>docker inspect</code>');
  assert.match(inlineCodeHtml('use `-v`'), /<code><span class="tok">-v<\/span><\/code>/);
});
