// CodeMirror 6 with pressmark decorations that follow typing. Bundled by scripts/build-editor.sh
// into editor.bundle.js (CodeMirror only: ../lib/pressmark.js stays a separate module, so the
// wasm file is found next to it as on any other page).
//
// pressmark's offsets are UTF-16 code units and so are CodeMirror's positions: a span's
// start and end are decoration positions as they are, with no conversion.

import { minimalSetup } from 'codemirror';
import { EditorView, Decoration, ViewPlugin } from '@codemirror/view';
import { EditorState, StateEffect, StateField } from '@codemirror/state';
import { init, analyze, spans } from '../lib/pressmark.js';

const SAMPLE = [
  'Harbour plant reopens after strike',
  '',
  '“We will not back down on the harbour plan, and the office agrees,” Mayor Ana Ruiz said on Tuesday, as 3,000 workers returned.',
  '',
  'The council voted on it. “It is a fair deal,” Ruiz said late Monday.',
  '',
  'Union leader Tomas Berg said the agreement was overdue. “Nobody will lose a job this year,” he said.',
].join('\n');

// Long enough to coalesce a burst of keystrokes, short enough to feel live. On long documents
// the wait grows with the last analysis' cost, so typing never queues behind analyses.
const DEBOUNCE_MS = 150;

const replaceMarks = StateEffect.define();

const marks = StateField.define({
  create: () => Decoration.none,
  update(decorations, tr) {
    // Map through every change at once, so highlights move with the text they cover (and
    // grow when typing inside them) in the same frame as the keystroke, before re-analysis.
    let next = decorations.map(tr.changes);
    for (const e of tr.effects) if (e.is(replaceMarks)) next = e.value;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

const MARKS = Object.fromEntries(
  ['quote', 'speaker', 'number', 'date'].map((kind) => [kind, Decoration.mark({ tagName: 'mark', attributes: { 'data-pressmark': kind } })]),
);

function decorationsFor(analysis) {
  return Decoration.set(spans(analysis).map((s) => MARKS[s.kind].range(s.start, s.end)), true);
}

function describe(analysis, ms) {
  const n = (list, one) => `${list.length} ${one}${list.length === 1 ? '' : 's'}`;
  const speakers = new Set(analysis.quotes.map((q) => q.speakerId).filter((id) => id !== null));
  return `${n(analysis.quotes, 'quote')} from ${n([...speakers], 'speaker')}, ${n(analysis.numbers, 'number')}, ${n(analysis.dates, 'date')} · analysed in ${ms.toFixed(1)} ms`;
}

function listQuotes(view, analysis, list) {
  const text = view.state.doc;
  const items = analysis.quotes.map((q) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    // Text only, never markup: the article is whatever someone typed.
    button.textContent = `${q.start}–${q.end}  ${q.speaker ?? 'speaker not found'}: ${text.sliceString(q.start, Math.min(q.end, q.start + 60))}${q.end - q.start > 60 ? '…' : ''}`;
    button.addEventListener('click', () => {
      view.dispatch({ selection: { anchor: q.start, head: q.end }, scrollIntoView: true });
      view.focus();
    });
    li.append(button);
    return li;
  });
  list.replaceChildren(...items);
}

// Re-analyses the whole document, debounced. Whole, not only the edited paragraph: a speaker is
// resolved across paragraphs ("Ruiz" three paragraphs down is "Mayor Ana Ruiz"; "he said" refers
// back to the last person named), so an edit anywhere can change who said a quote anywhere else.
// It is affordable: about 1 ms per KB here (a 100 KB article, some 100 ms on 2 cores), once per
// pause in typing, while the mapping above keeps highlights in place in between.
function analyser(status, list) {
  return ViewPlugin.fromClass(
    class {
      constructor(view) {
        this.view = view;
        this.timer = 0;
        this.generation = 0;
        this.lastMs = 0;
        // Not this.run(): a plugin may not dispatch while the view that creates it is updating.
        this.timer = setTimeout(() => this.run(), 0);
      }
      update(update) {
        if (!update.docChanged) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.run(), Math.max(DEBOUNCE_MS, 3 * this.lastMs));
      }
      run() {
        const t0 = performance.now();
        const analysis = analyze(this.view.state.doc.toString());
        const ms = performance.now() - t0;
        this.lastMs = ms;
        // Analysis and dispatch happen in one task, so the document cannot change in between.
        this.view.dispatch({ effects: replaceMarks.of(decorationsFor(analysis)) });
        this.generation += 1;
        status.textContent = describe(analysis, ms);
        status.dataset.generation = String(this.generation);
        listQuotes(this.view, analysis, list);
      }
      destroy() {
        clearTimeout(this.timer);
      }
    },
  );
}

const status = document.getElementById('status');
const list = document.getElementById('quotes');
// CodeMirror puts its base theme in a <style> element when it lives in a document, which a
// Content-Security-Policy without 'unsafe-inline' styles blocks; in a shadow root it adopts a
// constructed stylesheet instead, which CSP allows. So the editor lives in one, with the page's
// stylesheets linked into it (links to 'self' are allowed).
function shadowHost(host) {
  const shadow = host.attachShadow({ mode: 'open' });
  for (const href of ['../lib/pressmark.css', 'editor.css']) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(href, import.meta.url).href;
    shadow.append(link);
  }
  return shadow;
}

try {
  await init();
  const shadow = shadowHost(document.getElementById('editor'));
  const view = new EditorView({
    root: shadow,
    parent: shadow,
    state: EditorState.create({
      doc: SAMPLE,
      extensions: [
        minimalSetup,
        EditorView.lineWrapping,
        // Through the theme rather than editor.css: the base theme's font rule would win.
        EditorView.theme({ '.cm-scroller': { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: '1rem', lineHeight: '1.6' } }),
        EditorView.contentAttributes.of({ 'aria-label': 'Article text', spellcheck: 'false' }),
        marks,
        analyser(status, list),
      ],
    }),
  });
  window.pressmarkEditor = view; // for the browser tests and for poking at from the console
  document.documentElement.dataset.state = 'ready';
} catch (err) {
  status.textContent = `The analyser could not be loaded: ${err.message}`;
  document.documentElement.dataset.state = 'error';
  throw err;
}
