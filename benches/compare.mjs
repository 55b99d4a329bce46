// Side by side in one Node process: pressmark's wasm build, wink-nlp, compromise, and a floor of
// three plain regex passes that only scan. Prints MB/s per text size and pressmark's ratios.
//
//   benches/compare.sh            (installs the peers into target/peers first)
//
// Texts: see sources.mjs. compromise is slow (about 0.1 MB/s) and its memory grows fast, so it
// runs up to 100 KB unless --full is given. Then, for pressmark alone, benches/growth.mjs.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import assert from 'node:assert/strict';
import { sources, grow, expected } from './sources.mjs';

const root = new URL('../', import.meta.url);
const peers = createRequire(new URL('target/peers/package.json', root));
const full = process.argv.includes('--full');

const pm = await import(new URL('www/pkg/pressmark.js', root));
pm.initSync({ module: readFileSync(new URL('www/pkg/pressmark_bg.wasm', root)) });

function rate(fn, text, minMs = 400) {
  fn(text); // warm up (and JIT)
  let runs = 0;
  const t0 = performance.now();
  let t;
  do {
    fn(text);
    runs++;
    t = performance.now() - t0;
  } while (t < minMs);
  return (text.length * runs) / 1e6 / (t / 1000); // MB/s of UTF-16 text ~ characters
}

const nlp = peers('compromise');
const winkNLP = peers('wink-nlp');
const model = peers('wink-eng-lite-web-model');
const wink = winkNLP(model);
const its = wink.its;

const tools = {
  pressmark: (t) => pm.analyze(t),
  'wink-nlp': (t) => {
    const d = wink.readDoc(t);
    return [d.entities().out(), d.tokens().filter((x) => x.out(its.type) === 'number').length];
  },
  compromise: (t) => {
    const d = nlp(t);
    return [d.quotations().json(), d.numbers().json(), d.people().json()];
  },
  'regex floor': (t) => [
    t.match(/"[^"\n]*"|“[^”\n]*”/g)?.length,
    t.match(/\d[\d,.]*\s+\w+/g)?.length,
    t.match(/\bsaid\b/g)?.length,
  ],
};

// Fast but wrong fails: pressmark's counts on the team-written articles.
const check = pm.analyze(sources.articles);
assert.deepEqual([check.quotes.length, check.numbers.length, check.dates.length], expected.all, 'finding counts on benches/texts changed');

console.log(`Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; MB/s (higher is better)`);
for (const [name, base] of Object.entries(sources)) {
  for (const size of [10e3, 100e3, 1e6]) {
    const text = grow(base, size);
    const row = {};
    for (const [tool, fn] of Object.entries(tools)) {
      if (tool === 'compromise' && size > 100e3 && !full) continue;
      row[tool] = rate(fn, text);
    }
    const ratio = (k) => (row[k] ? (row.pressmark / row[k]).toFixed(k === 'regex floor' ? 2 : 0) + 'x' : '-');
    console.log(
      `${name.padEnd(9)} ${String(size / 1e3).padStart(5)} KB  ` +
        Object.entries(row).map(([k, v]) => `${k} ${v.toFixed(2)}`).join('  ') +
        `  | pressmark vs wink ${ratio('wink-nlp')}, vs compromise ${ratio('compromise')}, vs floor ${ratio('regex floor')}`,
    );
  }
}

// Memory and linear growth, each text in a fresh process (the module's memory never shrinks).
for (const name of Object.keys(sources)) {
  process.stdout.write(execFileSync(process.execPath, [new URL('growth.mjs', import.meta.url).pathname, name]));
}
