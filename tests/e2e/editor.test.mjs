// The CodeMirror 6 example (www/editor/) in Chromium: pressmark decorations on the right text at
// load, moved at once by typing before and inside a quote (mapping through the transaction,
// before any re-analysis), and still right after the debounced re-analysis. The page's timers
// run on Playwright's paused fake clock, so "before re-analysis" is certain, not a race.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setup, watchProblems } from './helpers.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
if (!existsSync(`${WWW}pkg/pressmark_bg.wasm`) || !existsSync(`${WWW}pkg/pressmark.js`)) {
  throw new Error('www/pkg is not built: run scripts/build-wasm.sh first (scripts/test.sh does)');
}
if (!existsSync(`${WWW}editor/editor.bundle.js`)) {
  throw new Error('www/editor/editor.bundle.js is not built: run scripts/build-editor.sh first (scripts/test.sh does)');
}

let env;
let url;
let browser;
before(async () => {
  env = await setup();
  ({ url, browser } = env);
});
after(async () => {
  await env?.close();
});

const generation = (page) => page.evaluate(() => Number(document.getElementById('status').dataset.generation));

/** Lets the debounce timer fire (the analysis runs inside that timer, synchronously). */
async function reanalyse(page) {
  const before = await generation(page);
  await page.clock.runFor(1000);
  assert.equal(await generation(page), before + 1, 'one re-analysis, however many keystrokes');
}

async function openEditor() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = await watchProblems(page);
  await page.clock.install();
  await page.goto(`${url}editor/`);
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading', null, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.state), 'ready', problems.join('\n'));
  await page.waitForFunction(() => Number(document.getElementById('status').dataset.generation) >= 1, null, { timeout: 5_000 });
  // From here on the page's timers fire only when a test advances the clock.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 100);
  return { page, problems, close: () => context.close() };
}

/** The text of each decoration of `kind`, in document order (Playwright's locators see into the editor's shadow root). */
const decorated = (page, kind) => page.locator(`.cm-content [data-pressmark="${kind}"]`).allTextContents();

/** Puts the cursor just before (or, with `after`, just after) `needle` in the document. */
async function cursorAt(page, needle, { after = false } = {}) {
  await page.evaluate(({ needle, after }) => {
    const view = window.pressmarkEditor;
    const at = view.state.doc.toString().indexOf(needle);
    if (at < 0) throw new Error(`not in the document: ${needle}`);
    view.dispatch({ selection: { anchor: at + (after ? needle.length : 0) } });
    view.focus();
  }, { needle, after });
}

const QUOTES = [
  '“We will not back down on the harbour plan, and the office agrees,”',
  '“It is a fair deal,”',
  '“Nobody will lose a job this year,”',
];

test('the example article is decorated on the right text at load', async () => {
  const { page, problems, close } = await openEditor();
  assert.deepEqual(await decorated(page, 'quote'), QUOTES);
  const speakers = await decorated(page, 'speaker');
  assert.ok(speakers.includes('Ruiz') && speakers.some((s) => s.endsWith('Ana Ruiz')), speakers.join(' | '));
  const dates = await decorated(page, 'date');
  assert.ok(['Tuesday', 'late Monday', 'this year'].every((d) => dates.includes(d)), dates.join(' | '));
  assert.ok((await decorated(page, 'number')).includes('3,000 workers'));
  // The decorations are <mark data-pressmark>, so pressmark.css colours them as on any page.
  const bg = await page.locator('.cm-content [data-pressmark="quote"]').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, 'rgb(255, 241, 184)');
  assert.deepEqual(problems, []);
  await close();
});

test('typing before a quote moves its decoration at once, and re-analysis keeps it right', async () => {
  const { page, problems, close } = await openEditor();
  const g = await generation(page);
  await cursorAt(page, '“It is a fair deal,”');
  await page.keyboard.type('Then ');
  await page.evaluate(() => window.pressmarkEditor.focus());
  await cursorAt(page, 'Harbour plant');
  await page.keyboard.type('UPDATED: ');
  assert.equal(await generation(page), g, 'not re-analysed yet: what follows is the mapping');
  assert.deepEqual(await decorated(page, 'quote'), QUOTES);
  assert.ok((await decorated(page, 'date')).includes('late Monday'));
  assert.ok((await decorated(page, 'speaker')).includes('Ruiz'));

  await reanalyse(page);
  assert.deepEqual(await decorated(page, 'quote'), QUOTES);
  assert.ok((await decorated(page, 'date')).includes('late Monday'));
  assert.ok(await page.evaluate(() => window.pressmarkEditor.state.doc.toString().startsWith('UPDATED: Harbour')));
  assert.deepEqual(problems, []);
  await close();
});

test('typing inside a quote grows its decoration at once, and re-analysis agrees', async () => {
  const { page, problems, close } = await openEditor();
  const g = await generation(page);
  await cursorAt(page, '“It is a ', { after: true });
  await page.keyboard.type('very ');
  assert.equal(await generation(page), g, 'not re-analysed yet: what follows is the mapping');
  const grown = [QUOTES[0], '“It is a very fair deal,”', QUOTES[2]];
  assert.deepEqual(await decorated(page, 'quote'), grown);
  await reanalyse(page);
  assert.deepEqual(await decorated(page, 'quote'), grown);
  assert.ok((await decorated(page, 'speaker')).includes('Ruiz'));
  assert.deepEqual(problems, []);
  await close();
});

test('a quote typed as a new paragraph is decorated after the debounce, with its speaker', async () => {
  const { page, problems, close } = await openEditor();
  await page.evaluate(() => {
    const view = window.pressmarkEditor;
    view.dispatch({ selection: { anchor: view.state.doc.length } });
    view.focus();
  });
  await page.keyboard.press('Enter');
  await page.keyboard.type('“Work resumes at dawn,” Ruiz said.');
  assert.deepEqual(await decorated(page, 'quote'), QUOTES, 'nothing new before re-analysis');
  await reanalyse(page);
  assert.deepEqual(await decorated(page, 'quote'), [...QUOTES, '“Work resumes at dawn,”']);
  const quotes = await page.locator('#quotes li').allTextContents();
  assert.equal(quotes.length, 4);
  assert.match(quotes[3], /Ana Ruiz: “Work resumes at dawn,”/, 'resolved to the entity named three paragraphs up');
  assert.deepEqual(problems, []);
  await close();
});
