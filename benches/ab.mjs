// A/B timing of two builds of the wasm module in one Node process: the only comparison
// across commits that holds on this machine, where absolute MB/s move by several percent
// from one sitting to the next. Both modules are loaded side by side and run in turn on the
// same texts (PolNeAR 1 MB when ../shared/eval/data exists, the team articles 1 MB, and the
// team articles with their words shuffled, which the branch predictor cannot learn), and each
// pair of results must be the same, so a speed-up that changes a finding fails.
//
//   node benches/ab.mjs A_PKG_DIR B_PKG_DIR [rounds]
//
// A_PKG_DIR and B_PKG_DIR each hold pressmark.js and pressmark_bg.wasm, as scripts/build-wasm.sh
// writes them to www/pkg. The ratio resolves about 1%: two copies of one build gave 0.999 to
// 1.012 with 40 rounds. For a change of a few percent, run it both ways (A B, then B A) with 40
// rounds and read the two ratios together. To build an older commit beside this one:
//
//   git worktree add /tmp/base <commit> && ln -s "$PWD/node_modules" /tmp/base/node_modules
//   (cd /tmp/base && scripts/build-wasm.sh)    # writes /tmp/base/www/pkg
//   node benches/ab.mjs /tmp/base/www/pkg www/pkg
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sources, grow } from './sources.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node benches/ab.mjs A_PKG_DIR B_PKG_DIR [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 15);
if (!Number.isInteger(rounds) || rounds < 3) {
  console.error(`ab: rounds must be a whole number of at least 3, got ${roundsArg}`);
  process.exit(2);
}

async function load(dir) {
  const full = resolve(dir);
  // The query string makes Node load the glue twice, once per build, not share one instance.
  const pm = await import(`${pathToFileURL(`${full}/pressmark.js`)}?${encodeURIComponent(full)}`);
  pm.initSync({ module: readFileSync(`${full}/pressmark_bg.wasm`) });
  return pm;
}

// Shuffles the words of `text` with a fixed seed: the same vocabulary, in an order that
// repeats nowhere.
function shuffled(text) {
  const words = text.split(/(\s+)/);
  let s = 0x9e3779b9;
  for (let i = words.length - 1; i > 0; i--) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const j = s % (i + 1);
    [words[i], words[j]] = [words[j], words[i]];
  }
  return words.join('');
}

const MB = 1_000_000;
const texts = {};
if (sources.polnear) texts['PolNeAR 1 MB'] = grow(sources.polnear, MB);
texts['team articles 1 MB'] = grow(sources.articles, MB);
texts['team articles shuffled 1 MB'] = shuffled(texts['team articles 1 MB']);

const mods = [await load(a), await load(b)];
const ms = (x) => x.toFixed(1).padStart(6);
console.log(`A ${a}\nB ${b}\n${rounds} interleaved rounds each; best and median, ms\n`);
console.log(`${'text'.padEnd(30)}      A best   med    B best   med    B/A (best)`);
let failed = false;
for (const [name, text] of Object.entries(texts)) {
  const out = mods.map((m) => JSON.stringify(m.analyze(text)));
  if (out[0] !== out[1]) {
    console.error(`ab: the two builds give different results on ${name}`);
    failed = true;
  }
  const times = [[], []];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so neither always runs on a freshly collected heap.
    for (const k of r % 2 ? [1, 0] : [0, 1]) {
      const s = performance.now();
      mods[k].analyze(text);
      times[k].push(performance.now() - s);
    }
  }
  const [ta, tb] = times.map((t) => t.sort((x, y) => x - y));
  const med = (t) => t[t.length >> 1];
  console.log(`${name.padEnd(30)}  ${ms(ta[0])} ${ms(med(ta))}    ${ms(tb[0])} ${ms(med(tb))}    ${(tb[0] / ta[0]).toFixed(3)}`);
}
if (failed) process.exit(1);
