import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fontsFor, missingGlyphs, parseUnicodeRange } from '../../src/og/fonts.ts';
import { withoutEmoji } from '../../src/og/card.ts';

test('a CSS unicode-range becomes code point ranges', () => {
  assert.deepEqual(parseUnicodeRange('U+ac00-d7a3, U+20'), [
    [0xac00, 0xd7a3],
    [0x20, 0x20],
  ]);
});

test('the share-image fonts are the subset files that hold the text, Korean included', () => {
  const fonts = fontsFor('컨테이너 run', 700);
  assert.ok(fonts.length >= 2, 'Hangul and Latin come from different subset files');
  assert.ok(fonts.length < 20, `only the files the text needs, not all of them (${fonts.length})`);
  assert.ok(fonts.every((font) => font.weight === 700 && font.data.byteLength > 0));
  assert.equal(new Set(fonts.map((font) => font.name)).size, fonts.length, 'each file has a name of its own');
  // WOFF, not WOFF2: satori reads only the former.
  assert.ok(fonts.every((font) => font.data.subarray(0, 4).toString('latin1') === 'wOFF'));
});

test('a character the font lacks is reported, emoji are left off the card', () => {
  assert.deepEqual(missingGlyphs('Docker 노트', 700), []);
  assert.deepEqual(missingGlyphs('\u{10FFFD}', 700), ['\u{10FFFD}']);
  assert.equal(withoutEmoji('🐳 Docker 공식문서'), 'Docker 공식문서');
});
