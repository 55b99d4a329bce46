// The wasm build in headless Chromium: serves the repository on 127.0.0.1, opens
// benches/browser.html and prints MB/s per text size. Asserts the finding counts first.
//   node benches/browser.mjs      (after scripts/build-wasm.sh)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const EXPECTED = JSON.parse(readFileSync(new URL('texts/expected.json', import.meta.url), 'utf8'));
const server = await startServer({ root });
const url = server.url;
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`${url}benches/browser.html`);
  const r = await page.waitForFunction(() => window.results, null, { timeout: 120_000 }).then((h) => h.jsonValue());
  assert.deepEqual(r.counts, EXPECTED.all, 'finding counts on benches/texts changed');
  console.log(`Chromium ${browser.version()}: pressmark wasm`);
  for (const row of r.rows) {
    console.log(`  ${String(row.size / 1e3).padStart(5)} KB  ${row.mbps.toFixed(1)} MB/s  wasm memory ${(row.memoryBytes / 1048576).toFixed(1)} MB`);
  }
} finally {
  await browser.close();
  await server.close();
}
