// The output is the input, character for character, with highlights around it: nothing lost,
// nothing added, nothing interpreted as markup.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { setup, openPage, setText, waitForRender, highlights, paste, ROOT } from './helpers.mjs';

let env;
let page;
let problems;
before(async () => {
  env = await setup();
  ({ page, problems } = await openPage(env));
});
after(async () => { await env?.close(); });

const MIXED = [
  '“We will rebuild,” said Aiko Tanaka 🏗️, the mayor of 東京都 district 3.',
  '\tIndented by a tab:\t‘a partial’ quote, 45\u00a0percent, 👩‍👩‍👧‍👦 and 🇯🇵.',
  '«Nous sommes prêts», a déclaré le ministre mardi. 北京时间周二，“我们准备好了，”他说。',
  'Zero-width\u200bjoiner, combining e\u0301, RTL مرحبا, and the end.',
].join('\n');

test('the output text equals the input: emoji, CJK, tabs, curly quotes', async () => {
  await setText(page, MIXED);
  assert.equal(await page.locator('#output').evaluate((el) => el.textContent), MIXED);
  const marks = await highlights(page);
  assert.ok(marks.some((m) => m.kind === 'quote' && m.text === '“We will rebuild,”'), 'curly quote highlighted');
  // Highlights never split a surrogate pair: every mark's text is well-formed UTF-16.
  for (const m of marks) assert.ok(m.text.isWellFormed(), `well-formed: ${JSON.stringify(m.text)}`);
});

test('CRLF line endings survive a paste exactly; the textarea shows them as LF', async () => {
  const crlf = '"We are ready," the mayor said on Tuesday.\r\n\r\n\t3,000 workers 👷 returned 今天.\r\nA lone CR\rhere.\r\n';
  await paste(page, crlf);
  await waitForRender(page);
  // The textarea normalises CRLF (and a lone CR) to LF, as HTML requires; the page keeps the
  // pasted string and shows (and analyses) that.
  assert.equal(await page.locator('#input').inputValue(), crlf.replace(/\r\n?/g, '\n'));
  assert.equal(await page.locator('#output').evaluate((el) => el.textContent), crlf);
  // Typing after the paste keeps the CRs around the edit.
  await page.locator('#input').evaluate((el) => el.setSelectionRange(el.value.indexOf('Tuesday'), el.value.indexOf('Tuesday')));
  await page.keyboard.type('late ');
  await waitForRender(page);
  assert.equal(await page.locator('#output').evaluate((el) => el.textContent), crlf.replace('Tuesday', 'late Tuesday'));
  // The painter itself keeps every character, CR included, for callers that use it directly.
  const kept = await page.evaluate(async (text) => {
    const { render } = await import('./highlight.js');
    const pkg = await import('./pkg/pressmark.js'); // the page analyses in a worker: load it here too
    await pkg.default({ module_or_path: new URL('pkg/pressmark_bg.wasm', location.href) });
    const div = document.createElement('div');
    const counts = render(div, text, pkg.analyze(text));
    return { text: div.textContent, counts };
  }, crlf);
  assert.equal(kept.text, crlf);
  assert.ok(kept.counts.quote >= 1 && kept.counts.date >= 1, JSON.stringify(kept.counts));
});

test('crossing highlights are cut at the outer end, never dropped or overlapped', async () => {
  const result = await page.evaluate(async () => {
    const { render } = await import('./highlight.js');
    const text = '0123456789';
    const div = document.createElement('div');
    render(div, text, {
      quotes: [{ start: 0, end: 5, kind: 'full', speaker: null, speakerId: null, mention: null }],
      entities: [],
      reported: [],
      numbers: [{ start: 3, end: 8, kind: 'count', value: 1, high: null, unit: null, modifier: null }],
      dates: [{ start: 8, end: 9, kind: 'weekday' }, { start: 20, end: 30, kind: 'weekday' }],
    });
    const shape = (node) =>
      [...node.childNodes].map((n) => (n.nodeType === 3 ? n.data : { [n.dataset.pressmark]: shape(n) }));
    return { text: div.textContent, shape: shape(div) };
  });
  assert.equal(result.text, '0123456789');
  // Same as src/render.rs `events`: the number is cut at the quote's end; out-of-range dates are dropped.
  assert.deepEqual(result.shape, [{ quote: ['012', { number: ['34'] }] }, '567', { date: ['8'] }, '9']);
});

test('pasted HTML appears literally and executes nothing', async () => {
  const requests = [];
  const onRequest = (r) => requests.push(r.url());
  page.on('request', onRequest);
  const hostile = [
    '<script>window.__pwned = "script"</script>',
    '<img src=x onerror="window.__pwned = \'img\'">',
    '"<b onmouseover=alert(1)>bold</b>," the mayor said on Tuesday. &lt;not an entity&gt; &amp;',
    '<style>body{display:none}</style><iframe src="javascript:alert(1)"></iframe>',
  ].join('\n');
  await page.locator('#input').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(hostile); // what a paste delivers
  await waitForRender(page);
  await page.locator('#output [data-pressmark="quote"]').first().hover();
  await page.waitForTimeout(100);
  page.off('request', onRequest);

  assert.equal(await page.locator('#output').evaluate((el) => el.textContent), hostile);
  // Only <mark> elements, inside the page's own blocks (highlight.js `chunks`).
  const elements = await page.locator('#output *').evaluateAll((els) =>
    els.map((e) => (e.localName === 'div' ? `div.${e.className}` : e.localName)));
  assert.ok(elements.every((name) => name === 'mark' || name === 'div.pressmark-chunk'), `only <mark> elements in the output: ${elements}`);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('body').isVisible(), true);
  assert.deepEqual(requests.filter((u) => !u.startsWith(env.url)), [], 'no requests leave the page');
  assert.ok(!requests.some((u) => u.endsWith('/x')), 'the pasted <img> was never fetched');
  assert.deepEqual(problems, [], 'no errors or CSP violations (nothing even tried to run)');
});

test("the page's own scripts and the embedding API never parse strings as HTML", () => {
  // The DOM is built with createElement/createTextNode/textContent only: a grep, so that a later
  // edit reaching for innerHTML fails here even if no test input happens to exploit it.
  const files = ['', 'lib/'].flatMap((dir) => readdirSync(`${ROOT}www/${dir}`).filter((f) => f.endsWith('.js')).map((f) => dir + f));
  for (const file of files) {
    const source = readFileSync(`${ROOT}www/${file}`, 'utf8');
    for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'createContextualFragment', 'eval(', 'new Function']) {
      assert.ok(!source.includes(sink), `www/${file} uses ${sink}`);
    }
  }
});

test('a long text is painted in blocks that lay out exactly like one text, no mark split', async () => {
  const example = readFileSync(`${ROOT}www/example.txt`, 'utf8');
  const long = example.repeat(12);
  await setText(page, long);
  const shape = await page.locator('#output').evaluate((out) => {
    const blocks = [...out.children];
    for (const b of blocks) b.style.contentVisibility = 'visible'; // lay out all, to compare
    const copy = document.createElement('article');
    copy.className = out.className;
    copy.textContent = out.textContent;
    out.after(copy);
    const heights = [out.getBoundingClientRect().height, copy.getBoundingClientRect().height];
    copy.remove();
    for (const b of blocks) b.style.removeProperty('content-visibility');
    return {
      heights,
      blocks: blocks.map((b) => b.className),
      endings: blocks.slice(0, -1).map((b) => b.textContent.endsWith('\n')),
      text: out.textContent,
    };
  });
  assert.equal(shape.text, long);
  assert.ok(shape.blocks.length > 3 && shape.blocks.every((c) => c === 'pressmark-chunk'), JSON.stringify(shape.blocks));
  assert.ok(shape.endings.every(Boolean), 'every block but the last ends just after a line break');
  assert.equal(shape.heights[0], shape.heights[1], 'blocks add no space');
  // Marks stay whole: the same highlights as the text painted in one piece.
  const one = await page.evaluate(async (text) => {
    const { render } = await import('./highlight.js');
    const pkg = await import('./pkg/pressmark.js');
    await pkg.default({ module_or_path: new URL('pkg/pressmark_bg.wasm', location.href) });
    const div = document.createElement('div');
    render(div, text, pkg.analyze(text));
    return [...div.querySelectorAll('mark')].map((m) => `${m.dataset.pressmark}:${m.textContent}`);
  }, long);
  const painted = await page.locator('#output mark').evaluateAll((els) => els.map((m) => `${m.dataset.pressmark}:${m.textContent}`));
  assert.deepEqual(painted, one);
});

test('the CSP allows only the page\'s own scripts, workers and wasm; no inline script or style', () => {
  const html = readFileSync(`${ROOT}www/index.html`, 'utf8');
  const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives['worker-src'], ["'self'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"), csp);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length >= 1);
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc="[^":]+"/, 'every script is a file of the page');
    assert.equal(body.trim(), '', 'no inline script');
  }
  assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handlers');
  assert.ok(!/\sstyle=/i.test(html), 'no inline style attributes');
});
