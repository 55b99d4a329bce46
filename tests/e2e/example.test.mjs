// What a person sees on opening the page: the example article, highlighted at once, with the
// legend counting each kind; and a clean console.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, waitForRender, highlights, legendCounts, KINDS, ROOT, DECODE_JS } from './helpers.mjs';
import { startServer } from '../../scripts/serve.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** What the legend should say, counted straight from the wasm's JSON (not from the page's code). */
async function expectedCounts(text) {
  const pkg = await import(new URL('../../www/pkg/pressmark.js', import.meta.url));
  pkg.initSync({ module: readFileSync(`${ROOT}www/pkg/pressmark_bg.wasm`) });
  const a = pkg.analyze(text);
  const nonEmpty = (s) => s.end > s.start;
  const speakers = new Set();
  for (const q of a.quotes) if (q.mention && q.speaker) speakers.add(`${q.mention.start}:${q.mention.end}`);
  for (const r of a.reported) speakers.add(`${r.mention.start}:${r.mention.end}`);
  for (const e of a.entities) for (const m of e.mentions) speakers.add(`${m.start}:${m.end}`);
  return {
    quote: a.quotes.filter(nonEmpty).length,
    speaker: [...speakers].filter((k) => { const [s, e] = k.split(':').map(Number); return e > s; }).length,
    number: a.numbers.filter(nonEmpty).length,
    date: a.dates.filter(nonEmpty).length,
  };
}

test('the example article is pre-filled and highlighted on load, legend counts match', async () => {
  const { page, context } = await openPage(env);
  const example = readFileSync(`${ROOT}www/example.txt`, 'utf8');
  assert.equal(await page.locator('#input').inputValue(), example);
  assert.equal(await page.locator('#output').textContent(), example);

  const marks = await highlights(page);
  const onScreen = Object.fromEntries(KINDS.map((k) => [k, marks.filter((m) => m.kind === k).length]));
  const legend = await legendCounts(page);
  assert.deepEqual(legend, onScreen, 'legend counts = highlights on screen');
  assert.deepEqual(legend, await expectedCounts(example), 'legend counts = what analyze() found');
  for (const kind of KINDS) assert.ok(legend[kind] >= 3, `the example shows at least 3 of ${kind}: ${legend[kind]}`);

  const has = (kind, text) =>
    assert.ok(marks.some((m) => m.kind === kind && m.text === text), `${JSON.stringify(text)} is highlighted as ${kind}`);
  has('quote', '"We cannot keep asking families to bail out their kitchens every March,"');
  has('speaker', 'Mayor Ines Calloway');
  has('speaker', 'Dario Lenz');
  has('date', 'late Monday');
  has('date', 'last week');
  has('date', 'Tuesday');
  has('number', '312 homes');
  has('number', 'about 140 boats');
  const first = marks.find((m) => m.kind === 'quote');
  assert.equal(first.title, 'Quote by Mayor Ines Calloway');
  assert.match(await page.locator('#sources').textContent(), /Mayor Ines Calloway/);
  await context.close();
});

test('the page loads with no console errors, page errors or CSP violations, and nothing from elsewhere', async () => {
  const { page, context, problems, requests } = await openPage(env);
  assert.match(await page.locator('#version').textContent(), /^v\d+\.\d+\.\d+/);
  assert.equal(await page.locator('#status').isVisible(), false, 'no status message once loaded');
  // Exercise the page a little: hover, focus, toggle, retype.
  await page.locator('#output [data-pressmark="quote"]').first().hover();
  await page.locator('.legend-item[data-kind="date"]').click();
  await page.locator('.legend-item[data-kind="date"]').click();
  await page.locator('#input').fill('"Fine," she said on Friday.');
  await waitForRender(page);
  assert.equal(await page.locator('#output').textContent(), '"Fine," she said on Friday.');
  assert.deepEqual(problems, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), [], 'works offline: every request is to the page\'s own host');
  const loaded = requests.map((u) => u.slice(env.url.length)).sort();
  // The worker's requests included: it imports lib/guard.js (and so pkg/pressmark.js) and
  // highlight.js as the page does (fetched twice, as the server says no-store); the wasm is
  // fetched once, compiled by the page and posted to the worker.
  assert.deepEqual(loaded, [
    '', 'app.js', 'boot.js', 'example.txt', 'highlight.js', 'highlight.js', 'lib/guard.js', 'lib/guard.js',
    'panel.js', 'pkg/pressmark.js', 'pkg/pressmark.js', 'pkg/pressmark_bg.wasm', DECODE_JS, DECODE_JS, 'pressmark.css',
    'source.js', 'style.css', 'worker.js',
  ].sort());
  await context.close();
});

test('works from a sub-path of a static host (relative URLs only)', async () => {
  const server = await startServer({ prefix: '/newsroom/tools/pressmark/' });
  try {
    const { page, context, problems } = await openPage({ ...env, url: server.url });
    assert.ok((await page.locator('#output [data-pressmark]').count()) > 10);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await server.close();
  }
});
