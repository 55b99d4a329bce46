// The page: a textarea in, highlighted text out. The wasm module is imported dynamically so
// that a missing or broken build still leaves a working page with a message saying why.

import { KINDS, render } from './highlight.js';

const DEBOUNCE_MS = 150;

const $ = (id) => document.getElementById(id);
const input = $('input');
const output = $('output');
const status = $('status');
const detail = $('detail');

let analyze = null;
let timer = 0;

function setStatus(message, kind = '') {
  status.textContent = message;
  status.className = kind ? `status status-${kind}` : 'status';
  status.hidden = !message;
}

const IDLE_DETAIL = detail.textContent;

function showDetail(text) {
  detail.textContent = text || IDLE_DETAIL;
}

function update() {
  clearTimeout(timer);
  output.removeAttribute('aria-busy');
  const text = input.value;
  if (!analyze) {
    output.textContent = text;
    return;
  }
  let analysis;
  try {
    analysis = analyze(text);
  } catch (err) {
    output.textContent = text;
    setStatus(`The analyser failed on this text: ${err.message}`, 'error');
    return;
  }
  const counts = render(output, text, analysis);
  showDetail(''); // whatever was described may be gone
  for (const kind of KINDS) {
    document.querySelector(`[data-count="${kind}"]`).textContent = String(counts[kind]);
  }
  showSources(analysis);
  if (status.classList.contains('status-error')) setStatus('');
}

function schedule() {
  clearTimeout(timer);
  output.setAttribute('aria-busy', 'true'); // the highlights are behind the text until update()
  timer = setTimeout(update, DEBOUNCE_MS);
}

// "Who is quoted": one line per speaker, most quoted first, with their quotes and reported
// statements; each line lights up that speaker's highlights.
function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function showSources(analysis) {
  const per = new Map(); // entity id -> {quotes, statements}
  const row = (id) => {
    if (!per.has(id)) per.set(id, { quotes: 0, statements: 0 });
    return per.get(id);
  };
  let unattributed = 0;
  for (const q of analysis.quotes) {
    if (q.kind === 'scare') continue;
    if (q.speakerId === null || q.speakerId === undefined) unattributed += 1;
    else row(q.speakerId).quotes += 1;
  }
  for (const r of analysis.reported) {
    if (r.speakerId !== null && r.speakerId !== undefined) row(r.speakerId).statements += 1;
  }
  const rows = [...per].sort((a, b) => b[1].quotes - a[1].quotes || b[1].statements - a[1].statements || a[0] - b[0]);
  $('sources').replaceChildren(
    ...rows.map(([id, { quotes, statements }]) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'source';
      button.dataset.entity = String(id);
      const name = document.createElement('span');
      name.className = 'source-name';
      name.textContent = analysis.entities[id]?.name ?? `Speaker ${id}`;
      const count = document.createElement('span');
      count.className = 'source-count';
      count.textContent = [quotes && plural(quotes, 'quote'), statements && plural(statements, 'statement')]
        .filter(Boolean)
        .join(' · ');
      button.dataset.detail = `${name.textContent}: ${count.textContent}. Press to go to the first.`;
      button.append(name, count);
      const li = document.createElement('li');
      li.append(button);
      return li;
    }),
  );
  $('unattributed').textContent =
    rows.length === 0 && unattributed === 0
      ? 'No quoted or cited speakers yet.'
      : unattributed
        ? `${plural(unattributed, 'quote')} without a speaker found.`
        : '';
}

// Lighting up: a quote or speaker under the pointer or focus marks every highlight of the
// same speaker, and its description is shown above the text.
function light(entity) {
  for (const el of document.querySelectorAll('.is-linked')) el.classList.remove('is-linked');
  if (entity === undefined) return;
  for (const el of document.querySelectorAll(`[data-entity="${CSS.escape(entity)}"]`)) {
    el.classList.add('is-linked');
  }
}

function enter(event) {
  const mark = event.target.closest?.('#output [data-pressmark], .source');
  if (!mark) return;
  light(mark.dataset.entity);
  showDetail(mark.title || mark.dataset.detail);
}

function leave(event) {
  const from = event.target.closest?.('#output [data-pressmark], .source');
  const to = event.relatedTarget?.closest?.('#output [data-pressmark], .source');
  if (from && from !== to) {
    light(undefined);
    showDetail('');
    if (to) enter({ target: to });
  }
}

for (const type of ['pointerover', 'focusin']) document.addEventListener(type, enter);
for (const type of ['pointerout', 'focusout']) document.addEventListener(type, leave);

$('sources').addEventListener('click', (event) => {
  const source = event.target.closest('.source');
  const id = source && CSS.escape(source.dataset.entity);
  const first = id && output.querySelector(`[data-pressmark="quote"][data-entity="${id}"], [data-pressmark="speaker"][data-entity="${id}"]`);
  if (first) {
    if (!first.hasAttribute('tabindex')) first.tabIndex = -1; // focusable from here, not by Tab
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    first.focus({ preventScroll: true });
  }
});

for (const button of document.querySelectorAll('.legend-item')) {
  button.addEventListener('click', () => {
    const shown = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(shown));
    output.classList.toggle(`hide-${button.dataset.kind}`, !shown);
  });
}

input.addEventListener('input', schedule);

async function loadExample() {
  const response = await fetch(new URL('example.txt', import.meta.url));
  if (!response.ok) throw new Error(`example.txt: HTTP ${response.status}`);
  return response.text();
}

$('load-example').addEventListener('click', async () => {
  try {
    input.value = await loadExample();
    update();
  } catch (err) {
    setStatus(`Could not load the example: ${err.message}`, 'error');
  }
});

$('clear').addEventListener('click', () => {
  input.value = '';
  update();
  input.focus();
});

async function main() {
  setStatus('Loading the analyser…');
  const example = loadExample().catch(() => '');
  try {
    const pkg = await import('./pkg/pressmark.js');
    await pkg.default({ module_or_path: new URL('pkg/pressmark_bg.wasm', import.meta.url) });
    analyze = pkg.analyze;
    $('version').textContent = `v${pkg.version()}`;
    setStatus('');
  } catch (err) {
    setStatus(
      `Highlighting is unavailable: the analyser (pkg/pressmark_bg.wasm) could not be loaded. ` +
        `The text is shown without highlights. (${err.message})`,
      'error',
    );
  }
  // Keep anything typed while loading; otherwise start with the example.
  if (!input.value) input.value = await example;
  update();
  // Tests wait for this: 'ready' once the first highlights are on screen.
  document.documentElement.dataset.state = analyze ? 'ready' : 'error';
}

main();
