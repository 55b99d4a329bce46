// The page as a working tool: moving between highlights by keyboard, what each highlight says
// to a screen reader, the side panel (speakers with their quotes and statements, numbers with
// their values), reported speech naming its speaker, and export (HTML with highlights, the exact
// text, JSON).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, openPage, setText, waitForRender, paste as pasteText, ROOT } from './helpers.mjs';

let env;
let page;
let context;
let problems;
before(async () => {
  env = await setup();
  ({ page, context, problems } = await openPage(env));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
});
after(async () => { await env?.close(); });

const ARTICLE = [
  '"Nobody will lose a job this year," said Tomas Berg, the plant manager.',
  '',
  'Berg said the plant would hire 200 workers by March.',
  '',
  'The union said 45 percent of members had voted. "It is a fair deal," Berg said on Tuesday.',
].join('\n');

const focused = () => page.evaluate(() => {
  const el = document.activeElement;
  return el.dataset.pressmark ? `${el.dataset.pressmark}:${el.textContent}` : el.id || el.localName;
});

test('keyboard: j and k move between the highlights shown, Escape goes back to the text', async () => {
  await setText(page, ARTICLE);
  const all = await page.locator('#output [data-pressmark]').evaluateAll((els) => els.map((e) => `${e.dataset.pressmark}:${e.textContent}`));
  await page.locator('h1').click(); // focus on nothing in particular
  await page.keyboard.press('j');
  assert.equal(await focused(), all[0]);
  await page.keyboard.press('j');
  assert.equal(await focused(), all[1]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), all[2]);
  await page.keyboard.press('k');
  assert.equal(await focused(), all[1]);
  // The detail line says what the focused highlight is.
  assert.equal(await page.locator('#detail').textContent(), await page.evaluate(() => document.activeElement.title));
  // Hidden kinds are skipped.
  await page.locator('.legend-item[data-kind="speaker"]').click();
  await page.locator('.legend-item[data-kind="date"]').click();
  await page.locator('#output [data-pressmark="quote"]').first().focus();
  await page.keyboard.press('j');
  assert.equal(await focused(), 'number:200 workers');
  await page.locator('.legend-item[data-kind="speaker"]').click();
  await page.locator('.legend-item[data-kind="date"]').click();
  await page.locator('#output [data-pressmark="quote"]').first().focus();
  await page.keyboard.press('Escape');
  assert.equal(await focused(), 'input');
  // Typing j in the text box types a j.
  await page.keyboard.press('End');
  await page.keyboard.type(' j');
  await waitForRender(page);
  assert.ok((await page.locator('#input').inputValue()).endsWith(' j'));
  // The keys are documented on the page, next to the text box.
  assert.match(await page.locator('#keys').textContent(), /j and k .*next and previous highlight/);
});

test('hovering a speaker lights up their quotes and other mentions (the reverse of a quote)', async () => {
  await setText(page, ARTICLE);
  await page.locator('#output [data-pressmark="speaker"]', { hasText: /^Tomas Berg$/ }).hover();
  const lit = await page.locator('#output .is-linked').evaluateAll((els) => els.map((e) => `${e.dataset.pressmark}:${e.textContent}`));
  assert.ok(lit.includes('quote:"Nobody will lose a job this year,"') && lit.includes('quote:"It is a fair deal,"'), JSON.stringify(lit));
  assert.ok(lit.includes('speaker:Berg'), JSON.stringify(lit));
  assert.ok(!lit.some((m) => m.includes('union')), 'other speakers stay unlit');
  assert.equal(await page.locator('#detail').textContent(), 'Speaker: Tomas Berg');
  await page.mouse.move(1, 1);
});

test('every highlight has an aria-label: its text, then what it is', async () => {
  await setText(page, ARTICLE);
  const labels = await page.locator('#output [data-pressmark]').evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent, title: e.title, label: e.getAttribute('aria-label') })));
  assert.ok(labels.length >= 8);
  for (const { text, title, label } of labels) assert.equal(label, `${text} — ${title}`);
  const byText = Object.fromEntries(labels.map((l) => [l.text, l.label]));
  assert.equal(byText['"It is a fair deal,"'], '"It is a fair deal," — Quote by Tomas Berg');
  assert.match(byText['200 workers'], /^200 workers — Number \(count\) · 200 · workers/);
});

test('side panel: speakers with their quotes and statements, numbers with values; entries go to the text', async () => {
  await setText(page, ARTICLE);
  const berg = page.locator('#sources > li', { has: page.locator('.source-name', { hasText: 'Tomas Berg' }) });
  const said = await berg.locator('.jump').evaluateAll((els) => els.map((e) => [e.className, e.textContent]));
  assert.deepEqual(said, [
    ['jump said-quote', '"Nobody will lose a job this year,"'],
    ['jump said-reported', 'Berg said the plant would hire 200 workers by March.'],
    ['jump said-quote', '"It is a fair deal,"'],
  ]);
  await berg.locator('.said-quote').nth(1).click();
  assert.equal(await focused(), 'quote:"It is a fair deal,"');
  // A statement without quotation marks goes to its speaker's mention.
  await berg.locator('.said-reported').click();
  assert.equal(await focused(), 'speaker:Berg');

  const numbers = await page.locator('#numbers .jump').evaluateAll((els) =>
    els.map((e) => [...e.children].map((c) => c.textContent)));
  assert.deepEqual(numbers, [['200 workers', '200 workers', 'count'], ['45 percent', '45 percent', 'percent']]);
  await setText(page, 'The wall will cost about $48 million, the council said on Monday.');
  assert.deepEqual(
    await page.locator('#numbers .jump').first().evaluate((e) => [...e.children].map((c) => c.textContent)),
    ['about $48 million', 'about 48,000,000 USD', 'money'],
  );
  await page.locator('#numbers .jump').first().click();
  assert.equal(await focused(), 'number:about $48 million');
});

test('reported speech (no quotation marks) names its speaker under the pointer', async () => {
  await setText(page, ARTICLE);
  const box = await page.locator('#output').evaluate((out) => {
    const walker = document.createTreeWalker(out, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.data.indexOf('plant would');
      if (i >= 0) {
        const r = new Range();
        r.setStart(n, i + 6);
        r.setEnd(n, i + 11);
        const b = r.getBoundingClientRect();
        return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(() => document.getElementById('detail').textContent.startsWith('Reported'));
  assert.equal(await page.locator('#detail').textContent(), 'Reported speech by Tomas Berg (no quotation marks)');
  const lit = await page.locator('#output .is-linked').evaluateAll((els) => els.map((e) => e.textContent));
  assert.ok(lit.includes('Tomas Berg') && lit.includes('Berg'), JSON.stringify(lit));
  assert.equal(await page.evaluate(() => CSS.highlights.get('pressmark-reported')?.size), 1, 'the statement is underlined');
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !CSS.highlights.has('pressmark-reported'));
  assert.equal(await page.locator('#output .is-linked').count(), 0);
});

// Emoji (a family ZWJ sequence, a flag), CJK, CRLF and a lone CR, tabs, curly and guillemet quotes.
const EXACT = '“We will rebuild,” said Aiko Tanaka 🏗️ on Tuesday.\r\n\t東京都 district 3: 👩‍👩‍👧‍👦 🇯🇵 ‘partial’\r\n«Prêts», a-t-il dit.\rEnd\t\r\n';

/** Presses a copy button and waits for the (asynchronous) clipboard write to finish. */
async function copyWith(button) {
  await page.evaluate(() => { document.getElementById('status').textContent = ''; });
  await page.locator(button).click();
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Copied'));
}

async function paste(text) {
  await pasteText(page, text);
  await waitForRender(page);
}

const clipboard = () => page.evaluate(async () => {
  const out = {};
  for (const item of await navigator.clipboard.read()) {
    for (const type of item.types) out[type] = await (await item.getType(type)).text();
  }
  return out;
});

test('copy text: exactly the pasted characters (emoji, CJK, CRLF, tabs, curly quotes)', async () => {
  await paste(EXACT);
  assert.equal(await page.locator('#output').evaluate((el) => el.textContent), EXACT);
  await copyWith('#copy-text');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), EXACT);
  // Select all in the box and copy: the same, CRs included (a real keyboard copy).
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('#input').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), EXACT);
  // Part of the output, selected and copied: its exact characters, CRs included.
  const [a, b] = [EXACT.indexOf('said Aiko'), EXACT.indexOf('Prêts') + 2];
  await page.locator('#output').evaluate((out, [from, to]) => {
    // DOM positions of text offsets `from` and `to`.
    const at = (offset) => {
      const walker = document.createTreeWalker(out, NodeFilter.SHOW_TEXT);
      let base = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (offset < base + n.length) return [n, offset - base];
        base += n.length;
      }
      throw new Error(`no offset ${offset}`);
    };
    const range = new Range();
    range.setStart(...at(from));
    range.setEnd(...at(to));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, [a, b]);
  await page.keyboard.press('ControlOrMeta+C');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), EXACT.slice(a, b));
  // A real paste (Ctrl+V) of it, back into the box, changes nothing.
  await page.evaluate((t) => navigator.clipboard.writeText(t), EXACT);
  await page.locator('#input').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await waitForRender(page);
  assert.equal(await page.locator('#output').evaluate((el) => el.textContent), EXACT);
});

test('copy with highlights: text/html with the marks and their colours, text/plain exact', async () => {
  await paste(`${EXACT}<b>not bold</b> & "It is a fair deal," Berg said.`);
  await copyWith('#copy-html');
  const clip = await clipboard();
  assert.equal(clip['text/plain'], `${EXACT}<b>not bold</b> & "It is a fair deal," Berg said.`);
  const html = clip['text/html'];
  assert.deepEqual(problems, [], 'copying breaks no rule of the page (no inline style applied to it)');
  assert.match(html, /<mark data-pressmark="quote"[^>]* title="Quote by Aiko Tanaka" style="background: #fff1b8; color: inherit">“We will rebuild,”<\/mark>/);
  assert.match(html, /&lt;b&gt;not bold&lt;\/b&gt; &amp; /, 'the text is escaped, never markup');
  // Parsed back (in a blank page: parsing style attributes here would break the page's CSP),
  // the HTML's text is the input and its marks are the page's.
  const blank = await context.newPage();
  const back = await blank.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    return {
      text: doc.body.textContent,
      marks: [...doc.querySelectorAll('mark')].map((m) => `${m.dataset.pressmark}:${m.textContent}`),
      elements: [...doc.body.querySelectorAll('*')].map((e) => e.localName).filter((n) => n !== 'mark'),
    };
  }, html);
  await blank.close();
  assert.equal(back.text.replace(/\r\n?/g, '\n'), clip['text/plain'].replace(/\r\n?/g, '\n'));
  const onPage = await page.locator('#output [data-pressmark]').evaluateAll((els) => els.map((m) => `${m.dataset.pressmark}:${m.textContent}`));
  assert.deepEqual(back.marks, onPage);
  assert.deepEqual(back.elements, ['div']);
});

test('download JSON: the analysis of exactly the text shown', async () => {
  await paste(EXACT);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-json').click()]);
  assert.equal(download.suggestedFilename(), 'pressmark-analysis.json');
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(json.text, EXACT);
  assert.equal(json.offsets, 'utf16');
  const pkg = await import(new URL('../../www/pkg/pressmark.js', import.meta.url));
  pkg.initSync({ module: readFileSync(`${ROOT}www/pkg/pressmark_bg.wasm`) });
  const expected = pkg.analyze(EXACT);
  for (const key of ['quotes', 'scareQuotes', 'entities', 'reported', 'numbers', 'dates']) assert.deepEqual(json[key], expected[key], key);
  assert.ok(json.quotes.length >= 1);
  assert.deepEqual(problems, []);
});
