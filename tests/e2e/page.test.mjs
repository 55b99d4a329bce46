// How the page looks: light and dark screenshots of the example, readable contrast in both
// schemes, a usable layout at 320 px, and a clear message when the wasm cannot load or fails.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { setup, openPage, setText, waitForRender, highlights, wearOut, KINDS, ROOT } from './helpers.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('screenshots of the example in light and dark', async () => {
  // target/screenshots always; www/screenshots (committed, shown in the README) on request.
  const dirs = [`${ROOT}target/screenshots`];
  if (process.env.PRESSMARK_SCREENSHOTS === '1') dirs.push(`${ROOT}www/screenshots`);
  for (const dir of dirs) mkdirSync(dir, { recursive: true });
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, problems } = await openPage(env, { colorScheme, viewport: { width: 1280, height: 860 } });
    // Show what hovering does: a quote and its speaker's mention lit together.
    await page.locator('#output [data-pressmark="quote"]', { hasText: 'We cannot keep asking' }).hover();
    const shot = await page.screenshot({ fullPage: true });
    for (const dir of dirs) writeFileSync(`${dir}/${colorScheme}.png`, shot);
    assert.ok(shot.length > 20_000, 'a real picture, not a blank page');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

/** WCAG 2 contrast ratio of two `rgb(...)`/`rgba(...)` colours; `fg` alpha is composited on `bg`. */
function contrast(fg, bg) {
  const parse = (c) => c.match(/[\d.]+/g).map(Number);
  const [br, bgG, bb] = parse(bg);
  const [fr, fgG, fb, fa = 1] = parse(fg);
  const mix = [fr * fa + br * (1 - fa), fgG * fa + bgG * (1 - fa), fb * fa + bb * (1 - fa)];
  const lum = ([r, g, b]) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const [hi, lo] = [lum(mix), lum([br, bgG, bb])].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

test('text on every highlight and on the page meets WCAG AA (4.5:1) in light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(env, { colorScheme });
    const pairs = await page.evaluate((kinds) => {
      // The background an element is drawn on: its own, else the nearest opaque ancestor's.
      const backdrop = (el) => {
        for (let e = el; e; e = e.parentElement) {
          const bg = getComputedStyle(e).backgroundColor;
          if (bg !== 'rgba(0, 0, 0, 0)' && !bg.endsWith(', 0)')) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const pair = (name, el) => ({ name, fg: getComputedStyle(el).color, bg: backdrop(el) });
      const q = (s) => document.querySelector(s);
      return [
        ...kinds.map((k) => pair(`mark ${k}`, q(`#output [data-pressmark="${k}"]`))),
        pair('article text', q('#output')),
        pair('textarea', q('#input')),
        pair('tagline', q('.tagline')),
        pair('detail line', q('#detail')),
        pair('legend count', q('.count')),
        pair('hint', q('.hint')),
        pair('source count', q('.source-count')),
        pair('reported statement in the panel', q('.said-reported')),
        pair('number value in the panel', q('.number-value')),
        pair('number kind in the panel', q('.number-kind')),
        pair('keyboard key', q('kbd')),
      ];
    }, KINDS);
    for (const { name, fg, bg } of pairs) {
      const ratio = contrast(fg, bg);
      assert.ok(ratio >= 4.5, `${colorScheme} ${name}: ${fg} on ${bg} is ${ratio.toFixed(2)}:1`);
    }
    await context.close();
  }
});

test('usable at 320 px: no sideways scrolling, everything reachable', async () => {
  const { page, context, problems } = await openPage(env, { viewport: { width: 320, height: 640 } });
  await page.locator('#input').fill('A word-that-is-far-too-long-to-fit-on-one-line-at-three-hundred-and-twenty-pixels-wide https://example.org/a/very/long/path/that/does/not/break "quoted," she said.');
  await waitForRender(page);
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= 320), 'no horizontal scroll');
  for (const selector of ['#input', '#output', '.legend-item[data-kind="date"]', '#load-example', '#clear', '#copy-html', '#copy-text', '#download-json', '#sources', '#numbers']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `${selector} fits: ${JSON.stringify(box)}`);
  }
  await page.locator('#load-example').click();
  await page.waitForFunction(() => document.getElementById('output').textContent.startsWith('Harbour city'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the wasm cannot load, the page says so and still shows the text', async () => {
  const { page, context } = await openPage(env, {
    expectReady: false,
    route: (p) => p.route('**/pressmark_bg.wasm', (r) => r.fulfill({ status: 404, body: 'gone' })),
  });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'error');
  const status = page.locator('#status');
  assert.equal(await status.isVisible(), true);
  assert.match(await status.textContent(), /Highlighting is unavailable: the analyser \(pkg\/pressmark_bg\.wasm\) could not be loaded/);
  assert.equal(await status.getAttribute('role'), 'status');
  const example = await page.locator('#input').inputValue();
  assert.ok(example.startsWith('Harbour city'));
  assert.equal(await page.locator('#output').textContent(), example);
  assert.equal(await page.locator('#output [data-pressmark]').count(), 0);
  await context.close();
});

test('when the analyser fails on a text, the page says so, shows the text, and the next edit is highlighted afresh', async () => {
  const { page, context, problems } = await openPage(env);
  const text = '"We are ready," the mayor said on Tuesday, as 3,000 workers returned.';
  await setText(page, text);
  const expected = await highlights(page);
  assert.ok(expected.some((m) => m.kind === 'quote'), 'highlighted before');
  await setText(page, '');
  // Break the instance app.js analyses with (short texts are analysed on the page, through lib/guard.js).
  await page.evaluate(async () => { window.instance = (await import('./pkg/pressmark.js')).initSync(); });
  assert.ok((await wearOut(page, './pkg/pressmark.js', text)) > 1000);

  await setText(page, text);
  const status = page.locator('#status');
  assert.equal(await status.isVisible(), true);
  assert.match(
    await status.textContent(),
    /^The analyser failed on this text \((RuntimeError|RangeError): .+\); it is shown without highlights, and the next edit is analysed afresh\.$/,
  );
  assert.equal(await page.locator('#output').textContent(), text, 'the text, without highlights');
  assert.equal(await page.locator('#output [data-pressmark]').count(), 0);
  assert.equal(await page.evaluate(async () => (await import('./pkg/pressmark.js')).initSync() !== window.instance), true, 'a fresh instance');

  await setText(page, `${text} `);
  assert.deepEqual(await highlights(page), expected, 'the next edit: the same highlights');
  assert.equal(await status.isVisible(), false, 'the error is gone');
  assert.deepEqual(problems, []);
  await context.close();
});
