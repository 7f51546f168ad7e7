import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pagePassages } from '../../src/search/passages.ts';

const page = `<html><body><article class="prose" data-pagefind-body>
<span hidden data-pagefind-filter="kind:notes"></span><span hidden data-pagefind-filter="section:Note"></span>
<nav class="breadcrumbs" data-pagefind-ignore><a>Home</a></nav>
<h1>Chapter</h1><p>Intro <code>--rm</code>을 씁니다.</p>
<div class="heading"><h2 id="one">One</h2><a class="heading__anchor" href="#one"><span class="visually-hidden">Link to this section: One</span></a></div>
<p>First section text.</p>
<figure class="code"><figcaption class="code__label" data-pagefind-ignore>Shell</figcaption><pre><code><span>docker ps -a</span></code></pre><copy-button data-pagefind-ignore><button>Copy</button></copy-button></figure>
<figure class="code code--output" data-pagefind-ignore="all"><pre><code>CONTAINER ID</code></pre></figure>
<h3 id="one-a">One A</h3><p>Deeper.</p>
<section class="corrections"><h2 id="corrections">Corrections</h2><table><tr><td>docekr</td></tr></table></section>
</article></body></html>`;

test('a page becomes passages: text before the first heading, then each heading to the next', () => {
  const passages = pagePassages(page, '/en/notes/n/c/');
  assert.deepEqual(passages.map((p) => p.url), ['/en/notes/n/c/', '/en/notes/n/c/#one', '/en/notes/n/c/#one-a']);
  assert.equal(passages[0]!.title, 'Chapter');
  assert.equal(passages[0]!.text, 'Intro --rm을 씁니다.');
  assert.equal(passages[1]!.text, 'First section text. docker ps -a');
  assert.equal(passages[2]!.context, 'Note › Chapter › One');
});

test('chrome never reaches a passage: breadcrumbs, link text, captions, copy buttons, output, corrections', () => {
  const all = pagePassages(page, '/en/notes/n/c/').map((p) => `${p.title} ${p.text}`).join(' ');
  for (const chrome of ['Home', 'Link to this section', 'Shell', 'Copy', 'CONTAINER ID', 'Corrections', 'docekr']) {
    assert.ok(!all.includes(chrome), `${chrome} leaked into a passage`);
  }
});

test('a reference flag row is a passage of its own, titled by its row and weighted by its use', () => {
  const reference = `<article data-pagefind-body><span hidden data-pagefind-filter="kind:reference"></span>
<h1 data-pagefind-meta="title:docker run"><code>docker run</code></h1><p>Runs a container.</p>
<table><thead><tr><th>Option</th></tr></thead><tbody>
<tr id="rm" data-pagefind-title="docker run --rm"><th><a><code data-pagefind-weight="10">--rm</code></a></th><td>Removes the container when it exits.</td></tr>
</tbody></table><ul class="passages" data-pagefind-ignore><li><a>a note</a></li></ul></article>`;
  const [top, row] = pagePassages(reference, '/en/reference/run/');
  assert.equal(top!.title, 'docker run');
  assert.equal(top!.text, 'Runs a container.');
  assert.equal(top!.cited, 1);
  assert.deepEqual([row!.url, row!.title, row!.text, row!.uses], ['/en/reference/run/#rm', 'docker run --rm', '--rm Removes the container when it exits.', 10]);
});
