// The page: a textarea in, highlighted text out. Short texts are analysed right here (a few
// milliseconds: the fastest way to follow typing); long ones in a module worker (worker.js), so
// a long article never freezes the page. Painting goes in blocks between frames (highlight.js
// `paint`). If the wasm cannot load, the page still shows the text and says why.

import { wasm, example, analyser } from './boot.js';
// The module's exports through lib/guard.js: should the analyser panic on a text (a bug), the call
// throws and the module is reset, so the next edit is analysed by a fresh instance.
import { initSync, analyze, version } from './lib/guard.js';
import { KINDS, marks as sortedMarks, paint, toHTML, chunkStart } from './highlight.js';
import { ExactText, toExact } from './source.js';
import * as panel from './panel.js';

const DEBOUNCE_MS = 150;
// Texts up to this length are analysed on the main thread: at 1 to 3 MB/s that is under 20 ms.
const SMALL = 20_000;
// Longer texts are kept out of the textarea (see ExactText.detach): laying out 200,000
// characters in it takes about 50 ms here, a megabyte 250 to 400 ms, all in one task.
const LARGE = 200_000;

const $ = (id) => document.getElementById(id);
const input = $('input');
const output = $('output');
const status = $('status');
const detail = $('detail');
const exact = new ExactText(input);

let worker = null; // see startWorker
let workerGone = false; // it failed: long texts are analysed here too
let ready = false; // the wasm module is loaded here
let failed = false; // the analyser cannot be used: show plain text
let timer = 0;
let latest = 0; // id of the newest text; older results and paints are dropped
let inFlight = null; // {id, text, marks} in the worker
let queued = null; // {id, text} waiting for the worker
let shown = { text: '', marks: [], analysis: null }; // what the output shows now

function setStatus(message, kind = '') {
  status.textContent = message;
  status.className = kind ? `status status-${kind}` : 'status';
  status.hidden = !message;
}

const IDLE_DETAIL = detail.textContent;

function showDetail(text) {
  detail.textContent = text || IDLE_DETAIL;
}

// ---------------------------------------------------------------------------------------------
// Text in, analysis out.

function plain(text) {
  output.textContent = text;
  shown = { text, marks: [], analysis: null };
  output.removeAttribute('aria-busy');
}

function update() {
  clearTimeout(timer);
  const text = exact.exact;
  latest += 1;
  if (failed) {
    plain(text);
    return;
  }
  output.setAttribute('aria-busy', 'true');
  if (!ready) return; // main() calls again once loaded
  if (text.length > SMALL && startWorker()) {
    queued = { id: latest, text };
    pump();
    return;
  }
  let analysis;
  try {
    analysis = analyze(text);
  } catch (err) {
    analysisFailed(text, err.cause ?? err);
    return;
  }
  show(latest, text, analysis, sortedMarks(analysis));
}

function pump() {
  if (inFlight || !queued) return;
  inFlight = queued;
  queued = null;
  worker.postMessage({ id: inFlight.id, text: inFlight.text });
  inFlight.marks = []; // filled by 'marks' messages
  inFlight.analysis = {}; // and its lists by 'part' messages
}

function schedule() {
  clearTimeout(timer);
  latest += 1; // a paint under way is now out of date
  output.setAttribute('aria-busy', 'true'); // the highlights are behind the text until painted
  timer = setTimeout(update, DEBOUNCE_MS);
}

function received({ data }) {
  if (data.type === 'error') {
    workerLost();
    return;
  }
  if (data.type === 'marks') {
    if (inFlight?.id === data.id) inFlight.marks.push(...data.marks);
    return;
  }
  if (data.type === 'part') {
    if (inFlight?.id === data.id) (inFlight.analysis[data.key] ??= []).push(...data.items);
    return;
  }
  const job = inFlight;
  inFlight = null;
  pump();
  if (!job || job.id !== latest) return; // the text changed meanwhile
  if (data.type === 'failed') {
    analysisFailed(job.text, data.message);
    return;
  }
  show(job.id, job.text, job.analysis, job.marks);
}

/** Shows `text` without highlights, and why. After a panic the module has been reset (lib/guard.js). */
function analysisFailed(text, why) {
  plain(text);
  setStatus(`The analyser failed on this text (${why}); it is shown without highlights, and the next edit is analysed afresh.`, 'error');
}

/** Without a worker, long texts are analysed here too: slower to follow, but highlighted. */
function workerLost() {
  worker?.terminate();
  worker = null;
  workerGone = true;
  if (inFlight || queued) {
    inFlight = queued = null;
    update();
  }
}

async function show(id, text, analysis, marks) {
  const counts = await paint(output, text, marks, { isStale: () => id !== latest });
  if (!counts) return;
  shown = { text, marks, analysis };
  output.removeAttribute('aria-busy');
  showDetail(''); // whatever was described may be gone
  for (const kind of KINDS) document.querySelector(`[data-count="${kind}"]`).textContent = String(counts[kind]);
  panel.speakers($('sources'), $('unattributed'), text, analysis);
  panel.numbers($('numbers'), $('numbers-note'), text, analysis);
  if (status.classList.contains('status-error')) setStatus('');
  if (document.documentElement.dataset.state === 'loading') {
    // Tests and the first-highlight timing wait for this: the first highlights are on screen.
    performance.mark('pressmark:first-highlight');
    document.documentElement.dataset.state = 'ready';
    setTimeout(startWorker, 0); // ready before a long text arrives
  }
}

function unavailable(message) {
  failed = true;
  worker?.terminate();
  worker = null;
  setStatus(
    `Highlighting is unavailable: the analyser (pkg/pressmark_bg.wasm) could not be loaded. ` +
      `The text is shown without highlights. (${message})`,
    'error',
  );
  plain(exact.exact);
  document.documentElement.dataset.state = 'error';
}

/** The worker, started on first use (or once the first highlights are painted); null if it failed. */
function startWorker() {
  if (worker || workerGone || failed) return worker;
  worker = analyser();
  if (!worker) {
    workerGone = true;
    return null;
  }
  worker.addEventListener('message', received);
  // A worker script that fails to load or run reports here, not as a message.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    workerLost();
  });
  return worker;
}

// ---------------------------------------------------------------------------------------------
// Finding things in the output: DOM positions <-> text offsets, per block.

/** The text node and offset in it at text offset `offset`, or null. */
function domAt(offset) {
  const blocks = output.querySelectorAll(':scope > .pressmark-chunk');
  let block = output;
  let base = 0;
  for (const b of blocks) {
    const start = chunkStart.get(b) ?? 0;
    if (start > offset) break;
    block = b;
    base = start;
  }
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (offset < base + node.length) return { node, offset: offset - base };
    base += node.length;
  }
  return null;
}

/** The text offset of a DOM position inside the output. */
function offsetOf(node, offset) {
  const block = node.parentElement?.closest('.pressmark-chunk') ?? output;
  let base = chunkStart.get(block) ?? 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === node) return base + offset;
    base += n.length;
  }
  return -1;
}

/** The highlight of `kind` starting at text offset `start`. */
function markAt(kind, start) {
  const at = domAt(start);
  return at?.node.parentElement.closest(`#output [data-pressmark="${kind}"]`) ?? null;
}

function goTo(mark) {
  if (!mark) return;
  if (!mark.hasAttribute('tabindex')) mark.tabIndex = -1; // focusable from here, not by Tab
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

// ---------------------------------------------------------------------------------------------
// Lighting up: a quote or speaker under the pointer or focus marks every highlight of the same
// speaker, and its description is shown above the text. Reported speech (no quotation marks)
// has no mark: under the pointer it is underlined with a CSS highlight and names its speaker.

function light(entity) {
  for (const el of document.querySelectorAll('.is-linked')) el.classList.remove('is-linked');
  if (entity === undefined) return;
  for (const el of document.querySelectorAll(`#output [data-entity="${CSS.escape(entity)}"]`)) el.classList.add('is-linked');
}

const ITEMS = '#output [data-pressmark], .source, .jump';

function enter(event) {
  const item = event.target.closest?.(ITEMS);
  if (!item) return;
  reported(null);
  light(item.dataset.entity);
  showDetail(item.title || item.dataset.detail);
}

function leave(event) {
  const from = event.target.closest?.(ITEMS);
  const to = event.relatedTarget?.closest?.(ITEMS);
  if (from && from !== to) {
    light(undefined);
    showDetail('');
    if (to) enter({ target: to });
  }
}

for (const type of ['pointerover', 'focusin']) document.addEventListener(type, enter);
for (const type of ['pointerout', 'focusout']) document.addEventListener(type, leave);

let hovered = null; // the reported statement under the pointer

/** The reported statement containing text offset `offset`, by binary search. */
function statementAt(offset) {
  const list = shown.analysis?.reported ?? [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const r = list[lo - 1];
  return r && offset < r.end && r.speakerId !== null ? r : null;
}

function reported(r) {
  if (r === hovered) return;
  hovered = r;
  if (!r) {
    globalThis.CSS?.highlights?.delete('pressmark-reported');
    return;
  }
  const from = domAt(r.start);
  const to = domAt(r.end - 1);
  if (from && to && globalThis.Highlight) {
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset + 1);
    CSS.highlights.set('pressmark-reported', new Highlight(range));
  }
  light(String(r.speakerId));
  showDetail(`Reported speech by ${r.speaker} (no quotation marks)`);
}

let pointer = null;
output.addEventListener('pointermove', (event) => {
  // Once a frame at most: mapping the pointer to a text offset walks one block.
  if (pointer === null) requestAnimationFrame(() => {
    const { x, y, target } = pointer;
    pointer = null;
    if (target.closest('[data-pressmark="quote"], [data-pressmark="speaker"]')) return;
    const caret = document.caretPositionFromPoint?.(x, y) ?? document.caretRangeFromPoint?.(x, y);
    const node = caret?.offsetNode ?? caret?.startContainer;
    const at = caret?.offset ?? caret?.startOffset;
    const r = node?.nodeType === Node.TEXT_NODE && output.contains(node) ? statementAt(offsetOf(node, at)) : null;
    if (r) reported(r);
    else if (hovered) {
      reported(null);
      light(undefined);
      showDetail('');
    }
  });
  pointer = { x: event.clientX, y: event.clientY, target: event.target };
});
output.addEventListener('pointerleave', () => {
  if (!hovered) return;
  reported(null);
  light(undefined);
  showDetail('');
});

// ---------------------------------------------------------------------------------------------
// The side panel: a speaker goes to their first quote or statement, an entry to its highlight.

$('sources').addEventListener('click', (event) => {
  const jump = event.target.closest('.jump');
  if (jump) {
    goTo(markAt(jump.dataset.kind, Number(jump.dataset.start)));
    return;
  }
  const first = event.target.closest('.source')?.parentElement.querySelector('.jump');
  if (first) goTo(markAt(first.dataset.kind, Number(first.dataset.start)));
});

$('numbers').addEventListener('click', (event) => {
  const jump = event.target.closest('.jump');
  if (jump) goTo(markAt(jump.dataset.kind, Number(jump.dataset.start)));
});

// ---------------------------------------------------------------------------------------------
// Keyboard: j / k (or arrows, from a highlight) move focus to the next / previous highlight
// shown; Escape goes back to the text box.

function visibleMarks() {
  const kinds = KINDS.filter((k) => !output.classList.contains(`hide-${k}`));
  return kinds.length ? [...output.querySelectorAll(kinds.map((k) => `[data-pressmark="${k}"]`).join(','))] : [];
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest?.('textarea, input, select')) return;
  const inMark = event.target.closest?.('#output [data-pressmark]');
  if (inMark && event.key === 'Escape') {
    event.preventDefault();
    input.focus();
    return;
  }
  const step = { j: 1, k: -1 }[event.key] ?? (inMark ? { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key] : 0);
  if (!step) return;
  const marks = visibleMarks();
  if (!marks.length) return;
  event.preventDefault();
  const here = inMark ? marks.indexOf(inMark) : -1;
  const next = here === -1 ? (step > 0 ? 0 : marks.length - 1) : Math.min(marks.length - 1, Math.max(0, here + step));
  const mark = marks[next];
  if (!mark.hasAttribute('tabindex')) mark.tabIndex = -1;
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'nearest' });
});

for (const button of document.querySelectorAll('.legend-item')) {
  button.addEventListener('click', () => {
    const on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(on));
    output.classList.toggle(`hide-${button.dataset.kind}`, !on);
  });
}

// ---------------------------------------------------------------------------------------------
// Export: the exact text, the highlighted HTML, the analysis as JSON.

function colours() {
  const style = getComputedStyle(output);
  return Object.fromEntries(KINDS.map((k) => [k, style.getPropertyValue(`--pressmark-${k}`).trim()]));
}

/** The exact text and (when highlighted) the HTML of [from, to) of what the output shows. */
function clip(from, to) {
  const text = shown.text.slice(from, to);
  const marks = shown.marks
    .filter((m) => m.start < to && m.end > from)
    .map((m) => ({ ...m, start: Math.max(m.start, from) - from, end: Math.min(m.end, to) - from }));
  return { text, html: toHTML(text, marks, colours()) };
}

// Copy buttons go through a copy event rather than navigator.clipboard.write: Chromium parses
// HTML written that way in this page, under its CSP, which then reports every style attribute
// (the colours the paste target needs) as a violation; a copy event's data is stored as given.
let copying = null; // {text, html} for the copy event that the button triggers

document.addEventListener('copy', (event) => {
  if (!copying) return;
  event.clipboardData.setData('text/plain', copying.text);
  if (copying.html) event.clipboardData.setData('text/html', copying.html);
  event.preventDefault();
});

async function toClipboard(data, done) {
  copying = data;
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } finally {
    copying = null;
  }
  try {
    if (!ok) await navigator.clipboard.writeText(data.text); // no copy command: text only
    setStatus(done);
  } catch (err) {
    setStatus(`Could not copy: ${err.message}`, 'error');
  }
}

$('copy-html').addEventListener('click', () =>
  toClipboard(clip(0, shown.text.length), 'Copied the highlighted article (HTML, and the plain text beside it).'),
);
$('copy-text').addEventListener('click', () => toClipboard({ text: exact.exact }, 'Copied the article text, exactly as pasted.'));

$('download-json').addEventListener('click', () => {
  const json = JSON.stringify({ pressmark: $('version').textContent, offsets: 'utf16', text: shown.text, ...shown.analysis }, null, 2);
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  a.download = 'pressmark-analysis.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
});

// Selecting in the textarea or the output and copying gives the exact characters (CRs kept);
// from the output, the highlights come along as HTML.
input.addEventListener('copy', (event) => {
  if (!exact.exact.includes('\r')) return; // the browser's copy is already exact
  const { selectionStart: s, selectionEnd: e } = input;
  const all = exact.exact;
  event.clipboardData.setData('text/plain', all.slice(toExact(all, s), toExact(all, e)));
  event.preventDefault();
});

output.addEventListener('copy', (event) => {
  const sel = getSelection();
  if (!sel.rangeCount || sel.isCollapsed) return;
  const range = sel.getRangeAt(0);
  if (!output.contains(range.startContainer) || !output.contains(range.endContainer)) return;
  if (range.startContainer.nodeType !== Node.TEXT_NODE || range.endContainer.nodeType !== Node.TEXT_NODE) return;
  const from = offsetOf(range.startContainer, range.startOffset);
  const to = offsetOf(range.endContainer, range.endOffset);
  if (from < 0 || to <= from) return;
  const { text, html } = clip(from, to);
  event.clipboardData.setData('text/plain', text);
  if (shown.marks.length) event.clipboardData.setData('text/html', html);
  event.preventDefault();
});

// ---------------------------------------------------------------------------------------------
// Input

input.addEventListener('paste', (event) => {
  const text = event.clipboardData?.getData('text/plain');
  if (typeof text === 'string' && input.value.length + text.length > LARGE) {
    event.preventDefault();
    setText(exact.pasting(text));
  } else exact.paste(event);
});
input.addEventListener('input', () => {
  exact.sync();
  schedule();
});

// A paste anywhere else on the page (nothing editable focused) replaces the whole article.
document.addEventListener('paste', (event) => {
  if (event.defaultPrevented || event.target.closest?.('textarea, input, [contenteditable]')) return;
  const text = event.clipboardData?.getData('text/plain');
  if (typeof text !== 'string' || !text) return;
  event.preventDefault();
  setText(text);
});

/** Replaces the whole article; a long one is kept out of the textarea. */
function setText(text) {
  const large = text.length > LARGE;
  if (large) exact.detach(text);
  else exact.set(text);
  input.hidden = large;
  $('large').hidden = !large;
  if (large) {
    const lines = text.split('\n').length;
    $('large-size').textContent =
      `A long article is pasted: ${text.length.toLocaleString('en')} characters, ${lines.toLocaleString('en')} lines.`;
    $('edit-large').focus();
  }
  update();
}

$('edit-large').addEventListener('click', () => {
  exact.set(exact.exact); // the long layout happens now, once, because it was asked for
  input.hidden = false;
  $('large').hidden = true;
  input.focus();
});

async function loadExample() {
  const response = await fetch(new URL('example.txt', import.meta.url));
  if (!response.ok) throw new Error(`example.txt: HTTP ${response.status}`);
  return response.text();
}

$('load-example').addEventListener('click', async () => {
  try {
    setText(await loadExample());
  } catch (err) {
    setStatus(`Could not load the example: ${err.message}`, 'error');
  }
});

$('clear').addEventListener('click', () => {
  setText('');
  input.focus();
});

async function main() {
  setStatus('Loading the analyser…');
  try {
    initSync({ module: await wasm });
    $('version').textContent = `v${version()}`;
    ready = true;
    setStatus('');
  } catch (err) {
    unavailable(err.message);
  }
  // Keep anything typed while loading; otherwise start with the example.
  const text = await example;
  if (!input.value) setText(text);
  else update();
}

main();
