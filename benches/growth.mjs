// pressmark's wasm build alone, in a fresh Node process per text: how much its memory grows while
// it analyses 1 MB (the module's memory never shrinks, so this is the high-water mark over the
// input's length), and time(10 MB) / time(1 MB). benches/compare.sh runs it after the side-by-side
// table, once per text:
//
//   node benches/growth.mjs articles|polnear
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import assert from 'node:assert/strict';
import { sources, grow, expected } from './sources.mjs';

const root = new URL('../', import.meta.url);
const name = process.argv[2];
assert.ok(sources[name], `no text named ${name}; one of ${Object.keys(sources).join(', ')}`);
const pm = await import(new URL('www/pkg/pressmark.js', root));
const { memory } = pm.initSync({ module: readFileSync(new URL('www/pkg/pressmark_bg.wasm', root)) });

const one = grow(sources[name], 1e6);
const before = memory.buffer.byteLength;
pm.analyze(one);
const growth = (memory.buffer.byteLength - before) / one.length;

// Fast but wrong fails (after the memory figure, which a first call must give).
const check = pm.analyze(sources.articles);
assert.deepEqual([check.quotes.length, check.numbers.length, check.dates.length], expected.all, 'finding counts on benches/texts changed');

const ten = (one + '\n\n').repeat(10);
const best = (t) => {
  let b = Infinity;
  for (let k = 0; k < 3; k++) {
    const s = performance.now();
    pm.analyze(t);
    b = Math.min(b, performance.now() - s);
  }
  return b;
};
const [t1, t10] = [best(one), best(ten)];
console.log(
  `${name.padEnd(9)} wasm memory growth at 1 MB ${growth.toFixed(1)}x (target 8x); ` +
    `time(10 MB) / time(1 MB) ${(t10 / t1).toFixed(1)} (${t1.toFixed(0)} ms, ${t10.toFixed(0)} ms; target 11)`,
);
