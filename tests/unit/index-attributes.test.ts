import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutIndexAttributes } from '../../src/search/index-attributes.ts';

test('the index attributes leave the served page, and the hidden spans that only carried a filter go with them', () => {
  const html = `<article class="prose" data-pagefind-body><span hidden data-pagefind-filter="kind:notes"></span><h1 data-pagefind-meta="title:docker run"><code>docker run</code></h1><div id="rm" class="opt" data-pagefind-title="docker run --rm"><dt><code data-pagefind-weight=10>--rm</code></dt></div><nav data-pagefind-ignore='all'>x</nav><p data-pagefind-ignore>y</p></article>`;
  assert.equal(withoutIndexAttributes(html), `<article class="prose"><h1><code>docker run</code></h1><div id="rm" class="opt"><dt><code>--rm</code></dt></div><nav>x</nav><p>y</p></article>`);
});

test('text, scripts and other attributes are left as written', () => {
  const text = '<p title="a > b" data-x="1">the attribute &lt;b data-pagefind-ignore&gt; is written as text</p>';
  assert.equal(withoutIndexAttributes(text), text);
  const script = '<script type="module">document.querySelector(`<i data-pagefind-title="x">`)</script>';
  assert.equal(withoutIndexAttributes(script), script);
  assert.equal(withoutIndexAttributes('<span hidden>kept: it has text</span>'), '<span hidden>kept: it has text</span>');
});
