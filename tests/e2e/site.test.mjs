// The static build: scripts/build-site.sh DIR copies exactly what the page needs, and DIR works
// from a sub-path of any static host, with nothing fetched from anywhere else, and keeps
// highlighting once the network is gone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup, openPage, setText, ROOT } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';

let env;
let dir;
before(async () => {
  env = await setup();
  dir = mkdtempSync(join(tmpdir(), 'pressmark-site-'));
});
after(async () => {
  await env?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const list = (d, prefix = '') =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(join(d, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);

test('scripts/build-site.sh DIR: exactly the needed files, working under a sub-path and offline', async () => {
  // --no-wasm: the tests use the module www/pkg already holds (building it is scripts/test.sh's job).
  execFileSync(`${ROOT}scripts/build-site.sh`, [join(dir, 'site'), '--no-wasm'], { stdio: 'pipe' });
  const files = list(join(dir, 'site')).sort();
  // The module's JavaScript half (src/decode.js), where wasm-bindgen puts it.
  const snippets = list(new URL('../../www/pkg/snippets/', import.meta.url).pathname, 'pkg/snippets/');
  assert.equal(snippets.filter((f) => f.endsWith('/src/decode.js')).length, 1, String(snippets));
  assert.deepEqual(files, [
    'app.js', 'boot.js', 'example.txt', 'highlight.js', 'index.html', 'lib/guard.js', 'panel.js',
    'pkg/pressmark.js', 'pkg/pressmark_bg.wasm', ...snippets, 'pressmark.css', 'source.js', 'style.css', 'worker.js',
  ].sort());

  const server = await startServer({ root: join(dir, 'site'), prefix: '/desk/tools/pressmark/' });
  try {
    const failures = [];
    const { page, context, problems, requests } = await openPage({ ...env, url: server.url }, {
      route: async (p) => p.on('response', (r) => { if (r.status() !== 200) failures.push(`${r.status()} ${r.url()}`); }),
    });
    assert.ok((await page.locator('#output [data-pressmark]').count()) > 10, 'the example is highlighted');
    assert.deepEqual(failures, [], 'every file the page asks for is in DIR');
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), [], 'nothing from elsewhere');
    // Every file of DIR is used (none copied for nothing).
    const used = new Set(requests.map((u) => u.slice(server.url.length) || 'index.html'));
    assert.deepEqual(files.filter((f) => !used.has(f)), []);
    // Offline: typing still highlights, long texts included (the worker has its module).
    await context.setOffline(true);
    await setText(page, '"We are ready," the mayor said on Tuesday.');
    assert.equal(await page.locator('#output [data-pressmark="quote"]').textContent(), '"We are ready,"');
    await setText(page, `${'"We are ready," the mayor said on Tuesday, as 3,000 workers returned.\n'.repeat(400)}`);
    assert.equal(await page.locator('#output [data-pressmark="quote"]').count(), 400);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});
