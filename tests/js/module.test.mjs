// The shipped module, exactly as www/pkg holds it after wasm-opt, loaded in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';

const pkg = new URL('../../www/pkg/', import.meta.url);
if (!existsSync(new URL('pressmark_bg.wasm', pkg))) {
  throw new Error('www/pkg is not built: run scripts/build-wasm.sh (scripts/test.sh does it first)');
}
const pm = await import(new URL('pressmark.js', pkg));
pm.initSync({ module: readFileSync(new URL('pressmark_bg.wasm', pkg)) });

const texts = (t, spans) => spans.map((s) => t.slice(s.start, s.end));

test('offsets index JavaScript strings across emoji, CJK and curly quotes', () => {
  const t = '🇺🇦 東京 — “We will not wait,” the governor said on Friday, after 1,200 families left.';
  const a = pm.analyze(t);
  assert.deepEqual(texts(t, a.quotes), ['“We will not wait,”']);
  assert.deepEqual(texts(t, a.quotes.map((q) => q.mention)), ['the governor']);
  assert.deepEqual(texts(t, a.quotes.map((q) => q.cue)), ['said']);
  assert.deepEqual(texts(t, a.dates), ['Friday']);
  assert.equal(a.numbers.length, 1);
  assert.equal(t.slice(a.numbers[0].start, a.numbers[0].end), '1,200 families');
  assert.equal(a.numbers[0].value, 1200);
  assert.equal(a.numbers[0].unit, 'families');
});

test('the result is plain data that survives structuredClone and JSON', () => {
  const a = pm.analyze('“Fine,” she said.');
  assert.deepEqual(structuredClone(a), a);
  assert.deepEqual(JSON.parse(JSON.stringify(a)), a);
  assert.deepEqual(Object.keys(a), ['quotes', 'scareQuotes', 'entities', 'reported', 'numbers', 'dates']);
});

test('wrong argument types throw clear Errors and the module keeps working', () => {
  for (const bad of [undefined, null, 42, {}, ['text']]) {
    assert.throws(() => pm.analyze(bad), (e) => e instanceof Error && /expected the text as a string/.test(e.message));
  }
  assert.throws(() => pm.analyze('x', 'quotes'), /options/);
  assert.throws(() => pm.analyze('x', { numbers: 'yes' }), /bad options/);
  assert.throws(() => pm.analyze('x', { colour: true }), /unknown field/);
  assert.equal(pm.analyze('On Monday.').dates.length, 1);
});

test('options pick categories', () => {
  const a = pm.analyze('On Monday 40 people came.', { numbers: false });
  assert.equal(a.numbers.length, 0);
  assert.equal(a.dates.length, 1);
});

test('lone surrogates from JavaScript keep offsets aligned', () => {
  const t = 'a\uD800b “Yes,” he said on Monday.';
  const a = pm.analyze(t);
  assert.deepEqual(texts(t, a.dates), ['Monday']);
  assert.deepEqual(texts(t, a.quotes), ['“Yes,”']);
});

test('version matches the crate and the npm package', () => {
  const cargo = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(/^version = "(.+)"/m)[1];
  const npm = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  assert.equal(pm.version(), cargo);
  assert.equal(npm, cargo);
});
