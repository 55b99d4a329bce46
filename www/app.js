// The page: a textarea in, highlighted text out. The analysis runs in a module worker
// (worker.js), so that a long article never freezes typing; painting is done in blocks between
// frames (highlight.js `paint`). If the worker or the wasm cannot load, the page still shows the
// text and says why.

import { KINDS, paint, toHTML, chunkStart } from './highlight.js';
import { ExactText, toExact } from './source.js';
import * as panel from './panel.js';

const DEBOUNCE_MS = 150;

const $ = (id) => document.getElementById(id);
const input = $('input');
const output = $('output');
const status = $('status');
const detail = $('detail');
const exact = new ExactText(input);

let worker = null;
let failed = false; // the analyser cannot be used: show plain text
let timer = 0;
let latest = 0; // id of the newest text; older results and paints are dropped
let inFlight = null; // {id, text} being analysed
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
// Text in, analysis out: one text at a time in the worker, the newest one next.

function plain(text) {
  output.textContent = text;
  shown = { text, marks: [], analysis: null };
  output.removeAttribute('aria-busy');
}

function update() {
  clearTimeout(timer);
  const text = exact.exact;
  latest += 1;
  if (failed || !worker) {
    plain(text);
    return;
  }
  output.setAttribute('aria-busy', 'true');
  queued = { id: latest, text };
  pump();
}

function pump() {
  if (inFlight || !queued) return;
  inFlight = queued;
  queued = null;
  worker.postMessage(inFlight);
}

function schedule() {
  clearTimeout(timer);
  latest += 1; // a paint under way is now out of date
  output.setAttribute('aria-busy', 'true'); // the highlights are behind the text until painted
  timer = setTimeout(update, DEBOUNCE_MS);
}

async function received({ data }) {
  if (data.type === 'ready') {
    $('version').textContent = `v${data.version}`;
    if (status.textContent.startsWith('Loading')) setStatus('');
    return;
  }
  if (data.type === 'error') {
    unavailable(data.message);
    return;
  }
  const job = inFlight;
  inFlight = null;
  pump();
  if (!job || job.id !== latest) return; // the text changed meanwhile
  if (data.type === 'failed') {
    plain(job.text);
    setStatus(`The analyser failed on this text: ${data.message}`, 'error');
    return;
  }
  const counts = await paint(output, job.text, data.marks, { isStale: () => job.id !== latest });
  if (!counts) return;
  shown = { text: job.text, marks: data.marks, analysis: data.analysis };
  output.removeAttribute('aria-busy');
  showDetail(''); // whatever was described may be gone
  for (const kind of KINDS) document.querySelector(`[data-count="${kind}"]`).textContent = String(counts[kind]);
  panel.speakers($('sources'), $('unattributed'), job.text, data.analysis);
  panel.numbers($('numbers'), $('numbers-note'), job.text, data.analysis);
  if (status.classList.contains('status-error')) setStatus('');
  if (document.documentElement.dataset.state === 'loading') {
    // Tests and the first-highlight timing wait for this: the first highlights are on screen.
    performance.mark('pressmark:first-highlight');
    document.documentElement.dataset.state = 'ready';
  }
}

function unavailable(message) {
  failed = true;
  worker?.terminate();
  setStatus(
    `Highlighting is unavailable: the analyser (pkg/pressmark_bg.wasm) could not be loaded. ` +
      `The text is shown without highlights. (${message})`,
    'error',
  );
  plain(exact.exact);
  document.documentElement.dataset.state = 'error';
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

async function toClipboard({ text, html }, done) {
  try {
    if (globalThis.ClipboardItem) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          ...(html ? { 'text/html': new Blob([html], { type: 'text/html' }) } : {}),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
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

input.addEventListener('paste', (event) => exact.paste(event));
input.addEventListener('input', () => {
  exact.sync();
  schedule();
});

async function loadExample() {
  const response = await fetch(new URL('example.txt', import.meta.url));
  if (!response.ok) throw new Error(`example.txt: HTTP ${response.status}`);
  return response.text();
}

$('load-example').addEventListener('click', async () => {
  try {
    exact.set(await loadExample());
    update();
  } catch (err) {
    setStatus(`Could not load the example: ${err.message}`, 'error');
  }
});

$('clear').addEventListener('click', () => {
  exact.set('');
  update();
  input.focus();
});

async function main() {
  setStatus('Loading the analyser…');
  const example = loadExample().catch(() => '');
  try {
    worker = new Worker(new URL('worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', received);
    // A module that fails to load or run reports here, not as a message.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      unavailable(event.message || 'the worker script failed');
    });
  } catch (err) {
    unavailable(err.message);
  }
  // Keep anything typed while loading; otherwise start with the example. The worker queues
  // the text until its wasm is ready, so the first analysis starts as early as it can.
  const text = await example;
  if (!input.value) exact.set(text);
  update();
}

main();
