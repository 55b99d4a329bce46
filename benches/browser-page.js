// Runs in headless Chromium (driven by benches/browser.mjs): the same wasm module the page uses,
// on the team-written articles grown to 10 KB, 100 KB and 1 MB. Results land in window.results.
import init, { analyze } from '../www/pkg/pressmark.js';

const exports = await init();
const texts = await Promise.all(['harbour.txt', 'festival.txt'].map((f) => fetch(`texts/${f}`).then((r) => r.text())));
const base = texts.join('\n');
const check = analyze(base);
const results = { counts: [check.quotes.length, check.numbers.length, check.dates.length], rows: [] };
for (const size of [10e3, 100e3, 1e6]) {
  const text = base.repeat(Math.ceil(size / base.length)).slice(0, size);
  analyze(text);
  const before = exports.memory.buffer.byteLength;
  let runs = 0;
  const t0 = performance.now();
  let t;
  do {
    analyze(text);
    runs++;
    t = performance.now() - t0;
  } while (t < 500);
  results.rows.push({ size, mbps: (text.length * runs) / 1e6 / (t / 1000), memoryBytes: exports.memory.buffer.byteLength, memoryGrowth: exports.memory.buffer.byteLength - before });
}
document.getElementById('out').textContent = JSON.stringify(results, null, 2);
window.results = results;
