// The shipped module, exactly as www/pkg holds it after wasm-opt, loaded in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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

test("the same results as the CLI's JSON, keys in the same order, over the corpus and the benchmark texts", () => {
  // What the module returns is built in JavaScript (src/decode.js) from numbers and strings
  // that src/wasm.rs sends; the CLI's JSON comes from serde. Both must give one shape.
  const root = new URL('../../', import.meta.url);
  execFileSync('cargo', ['build', '--quiet', '--bin', 'pressmark'], { cwd: root, stdio: 'inherit' });
  const dirs = ['tests/corpus/', 'benches/texts/'];
  const files = dirs.flatMap((d) => readdirSync(new URL(d, root)).filter((f) => f.endsWith('.txt')).map((f) => new URL(d + f, root)));
  const inputs = files.map((f) => readFileSync(f, 'utf8'));
  // A text with every kind of finding and value: nulls, negative and fractional values, ranges.
  inputs.push('“Yes,” said Ana Ruiz, the mayor, on Tuesday. She said the fund lost -3.5 percent, or $2 billion to $3 billion, and “very” little of 2,000 tonnes was left; two-thirds of 11 to 12 people agreed last week. The “reform” failed.');
  const lines = execFileSync(new URL('target/debug/pressmark', root).pathname, ['--jsonl', '--offsets', 'utf16'], {
    input: inputs.map((text) => JSON.stringify({ text })).join('\n'),
    maxBuffer: 1 << 28,
  }).toString().trim().split('\n');
  assert.equal(lines.length, inputs.length);
  let findings = 0;
  inputs.forEach((text, k) => {
    const got = pm.analyze(text);
    // JSON text, not deepEqual: it also compares the order of keys.
    assert.equal(JSON.stringify(got), JSON.stringify(JSON.parse(lines[k])), `text ${k}`);
    findings += got.quotes.length + got.numbers.length + got.dates.length + got.reported.length + got.scareQuotes.length;
  });
  assert.ok(inputs.length > 20 && findings > 300, `${inputs.length} texts, ${findings} findings`);
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

test('a 50 MB string is refused at once with a clear Error, and the module keeps working', () => {
  const huge = 'The council met on Monday. '.repeat(2_000_000); // 54 million code units
  const t0 = performance.now();
  assert.throws(() => pm.analyze(huge), (e) => e instanceof Error && /54000000 characters long, over the limit of 16777216/.test(e.message) && /split it/.test(e.message));
  assert.ok(performance.now() - t0 < 1000, 'refused before it is copied and analysed');
  // At the limit it is analysed in full.
  const limit = 16 * 1024 * 1024;
  const atLimit = huge.slice(0, limit);
  const a = pm.analyze(atLimit);
  assert.equal(a.dates.length, atLimit.split('Monday').length - 1);
  assert.throws(() => pm.analyze(huge.slice(0, limit + 1)), /over the limit/);
  assert.equal(pm.analyze('On Monday.').dates.length, 1);
});

test('options pick categories', () => {
  const a = pm.analyze('On Monday 40 people came.', { numbers: false });
  assert.equal(a.numbers.length, 0);
  assert.equal(a.dates.length, 1);
});

test('lone surrogates from JavaScript keep offsets aligned', () => {
  const t = 'a\uD800b. “Yes,” he said on Monday.';
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

// A panic aborts the wasm instance mid-call (a `WebAssembly.RuntimeError`). www/lib/guard.js,
// which the embedding API, the page and its worker call through, resets the module after one.
// `__panicForTests` is a hidden export of src/wasm.rs that panics, as a bug in the analyser would.
// `initSync()` on an initialised module returns the current instance's exports, and so shows
// whether the instance was replaced.
const ARTICLE = '“We will not wait,” the governor said on Friday, after 1,200 families left.';

/**
 * Panics through the unguarded glue until `analyze` itself traps: each panic leaks the frames
 * it aborted (the shadow stack pointer is never restored), some 13,000 use up the stack, and
 * from then on every call fails, as a trap or, once the stack pointer has wrapped around, as a
 * RangeError from the glue writing where it points. Returns how many panics it took.
 */
function wearOut() {
  for (let panics = 1; panics <= 100_000; panics++) {
    assert.throws(() => pm.__panicForTests(), WebAssembly.RuntimeError);
    if (panics % 100 === 0) {
      try {
        pm.analyze(ARTICLE);
      } catch (err) {
        assert.ok(err instanceof WebAssembly.RuntimeError, String(err));
        return panics;
      }
    }
  }
  assert.fail('analyze still works after 100,000 panics: nothing to test the recovery with');
}

test('without the guard, panics wear the instance out; __wbg_reset_state makes a whole one', () => {
  const expected = pm.analyze(ARTICLE);
  const instance = pm.initSync();
  try {
    const panics = wearOut();
    assert.ok(panics > 1000, `worn out after ${panics} panics`);
    assert.equal(pm.initSync(), instance, 'the glue alone keeps the broken instance');
    assert.throws(() => pm.analyze(ARTICLE), (e) => e instanceof RangeError, 'and it stays broken');
  } finally {
    pm.__wbg_reset_state(); // what guard.js calls: the same compiled module, instantiated afresh
  }
  assert.notEqual(pm.initSync(), instance);
  assert.deepEqual(pm.analyze(ARTICLE), expected);
});

const lib = await import(new URL('../lib/pressmark.js', pkg));
const guard = await import(new URL('../lib/guard.js', pkg));
await lib.init(readFileSync(new URL('pressmark_bg.wasm', pkg))); // the same module: already initialised

/** Runs `fail`, which must fail with `cause` through the guard, and checks that the instance was replaced. */
function assertRecovers(fail, message, cause = WebAssembly.RuntimeError) {
  const instance = pm.initSync();
  const { memory } = instance;
  const buffer = memory.buffer;
  assert.throws(fail, (e) => {
    assert.ok(e instanceof Error && !(e instanceof WebAssembly.RuntimeError), `a plain Error: ${e}`);
    assert.equal(e.message, message);
    assert.ok(e.cause instanceof cause, `the cause: ${e.cause}`);
    return true;
  });
  const fresh = pm.initSync();
  assert.notEqual(fresh, instance, 'new exports');
  assert.notEqual(fresh.memory, memory, 'a new memory');
  assert.notEqual(fresh.memory.buffer, buffer);
  assert.equal(memory.buffer, buffer, 'the old memory left as it was');
}

test('every panic is recovered from: the next call runs on a fresh instance', () => {
  const expected = lib.analyze(ARTICLE);
  for (let round = 0; round < 3; round++) {
    assertRecovers(
      () => guard.__panicForTests(),
      'pressmark.__panicForTests: the analyser failed (internal error: RuntimeError: unreachable); it has been reset and the next call will work',
    );
    const fresh = pm.initSync();
    assert.deepEqual(lib.analyze(ARTICLE), expected, `round ${round}`);
    assert.equal(pm.initSync(), fresh, 'calls that succeed keep the instance');
  }
});

test('a broken instance: analyze throws a clear Error, and the next call gives the same result on a fresh one', () => {
  const expected = lib.analyze(ARTICLE);
  wearOut();
  assertRecovers(
    () => lib.analyze(ARTICLE),
    'pressmark.analyze: the analyser failed on this text (internal error: RangeError: Offset is outside the bounds of the DataView); it has been reset and the next call will work',
    RangeError,
  );
  assert.deepEqual(lib.analyze(ARTICLE), expected);
  assert.equal(lib.version(), pm.version());
});

test('errors the analyser returns on purpose keep the instance; a throwing getter it called resets it', () => {
  const instance = pm.initSync();
  assert.throws(() => lib.analyze(42), /expected the text as a string/);
  assert.throws(() => lib.analyze('x', { colour: true }), /unknown field/);
  assert.equal(pm.initSync(), instance, 'a bad argument is no reason to reset');

  // Rust reads the options' keys through JavaScript: an exception there unwinds through its
  // frames just like a trap, and comes out as it was.
  const boom = new TypeError('the caller’s own error');
  const hostile = new Proxy({}, { ownKeys() { throw boom; } });
  assert.throws(() => lib.analyze(ARTICLE, hostile), (e) => e === boom);
  assert.notEqual(pm.initSync(), instance, 'reset all the same');
  assert.deepEqual(lib.analyze(ARTICLE, { numbers: false }).numbers, []);
  assert.equal(lib.analyze(ARTICLE).numbers.length, 1);
});
