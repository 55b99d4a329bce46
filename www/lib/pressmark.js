// pressmark for web pages: load the wasm module, analyse text, and highlight an element of a
// page in place. Plain ES module: works from <script type="module"> with no build step, and
// from bundlers (the wasm file is found with `new URL(..., import.meta.url)`, which they follow).
//
// Two ways to paint, both leaving the page's own markup, links and listeners alone:
// - 'highlight' (the default where supported): CSS Custom Highlight API ranges, registered as
//   CSS.highlights entries `pressmark-quote|speaker|number|date`. The DOM is not touched at all.
// - 'mark' (the fallback, or on request): <mark data-pressmark="KIND"> around text pieces. Only
//   text nodes are split and wrapped, never elements, so an <a> or an element with a listener
//   stays the very same object; `clear()` puts the original text nodes back.

// Through guard.js, not ../pkg directly: after a panic in the wasm module (a bug) the call throws
// an Error saying so, and the next call runs on a fresh instance.
import wasmInit, { analyze as wasmAnalyze, version as wasmVersion } from './guard.js';

/** The four highlight kinds, in the order that breaks ties when spans nest. */
export const KINDS = Object.freeze(['quote', 'speaker', 'number', 'date']);

const RANK = { quote: 0, speaker: 1, number: 2, date: 3 };

let initialised = false;
let pending = null;
let resolveReady;

/** Resolves once the module is initialised (by any call to `init`). Never rejects: `await init()` to see errors. */
export const ready = new Promise((ok) => { resolveReady = ok; });

/**
 * Loads and instantiates the wasm module. Without an argument it fetches `pressmark_bg.wasm`
 * from the package's `pkg/` folder; pass a URL, a Response, bytes or a WebAssembly.Module to
 * load it from elsewhere (bundlers that copy assets, Node with `readFileSync`).
 * Calling it again returns the same promise; after a failure the next call tries again.
 */
export function init(wasmUrlOrModule) {
  if (initialised) return Promise.resolve();
  pending ??= wasmInit(wasmUrlOrModule === undefined ? undefined : { module_or_path: wasmUrlOrModule }).then(
    () => {
      initialised = true;
      resolveReady();
    },
    (err) => {
      pending = null; // so a later call (say, once the network is back) can retry
      throw err;
    },
  );
  return pending;
}

function requireInit(what) {
  if (!initialised) {
    throw new Error(`pressmark.${what}: the wasm module is not loaded yet; call and await init() first`);
  }
}

/**
 * Everything pressmark finds in `text`; offsets in UTF-16 code units (JS string indices).
 * Should the analyser panic (a bug), this throws an Error whose `cause` is the
 * WebAssembly.RuntimeError, and the module is reset: the next call works.
 */
export function analyze(text, options) {
  requireInit('analyze');
  return wasmAnalyze(text, options);
}

/** The version of the analyser (the crate's, which the npm package shares). */
export function version() {
  requireInit('version');
  return wasmVersion();
}

// ---------------------------------------------------------------------------------------------
// Reading an element's text

// Elements that start and end a paragraph. The analyser treats a line as a paragraph, so a
// virtual "\n" goes between blocks: without it a quote mark left open at the end of one <p>
// would pair with a closing mark in the next, and sentences would run across headings.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

// Content that is not article text (ruby annotations included), or, for textarea, not text a
// highlight can paint.
const SKIP = new Set(['script', 'style', 'textarea', 'noscript', 'template', 'select', 'svg', 'iframe', 'object', 'rt', 'rp']);

/**
 * The text to analyse and, sorted by `start`, each text node with where its data begins in
 * that text. Text nodes keep their length, so offsets map back by a binary search.
 */
function collect(root) {
  const parts = [];
  const segs = [];
  let length = 0;
  let atBreak = true; // no break needed at the start, nor two in a row
  const preserved = new Map();
  const keepsNewlines = (el) => {
    if (!el) return false;
    let keep = preserved.get(el);
    if (keep === undefined) {
      // Only white-space: pre* keeps a newline a line; elsewhere it renders as a space.
      const ws = el.ownerDocument.defaultView?.getComputedStyle(el).whiteSpace;
      keep = ws ? /^(pre|break-spaces)/.test(ws) : el.closest('pre') !== null;
      preserved.set(el, keep);
    }
    return keep;
  };
  const brk = () => {
    if (!atBreak) {
      parts.push('\n');
      length += 1;
      atBreak = true;
    }
  };
  const visit = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        let data = c.data;
        if (!data) continue;
        // Same length either way, so offsets are unaffected: only what the analyser sees changes.
        if (/[\r\n]/.test(data) && !keepsNewlines(c.parentElement)) data = data.replace(/[\r\n]/g, ' ');
        segs.push({ node: c, start: length });
        parts.push(data);
        length += data.length;
        atBreak = false;
      } else if (c.nodeType === 1) {
        const name = c.localName;
        if (SKIP.has(name)) continue;
        const block = BLOCK.has(name);
        if (block) brk();
        visit(c);
        if (block) brk();
      }
    }
  };
  visit(root);
  return { text: parts.join(''), segs };
}

/** The DOM point for a span's start (`isEnd` false) or end: never in a virtual break. */
function locate(segs, offset, isEnd) {
  // The last segment starting at or before the offset (strictly before, for an end).
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (isEnd ? segs[mid].start < offset : segs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (isEnd) {
    if (found < 0) return null;
    const s = segs[found];
    return { node: s.node, offset: Math.min(offset - s.start, s.node.data.length) };
  }
  if (found >= 0) {
    const s = segs[found];
    if (offset < s.start + s.node.data.length) return { node: s.node, offset: offset - s.start };
  }
  const next = segs[found + 1];
  return next ? { node: next.node, offset: 0 } : null;
}

// ---------------------------------------------------------------------------------------------
// Spans to paint

/**
 * `{start, end, kind}` for each highlight of `analysis` of a kind in `kinds`, sorted by start,
 * longer first, so that they nest; what editors turn into decorations. Speakers are the mentions
 * of quotes, of reported statements and of entities, each span once.
 */
export function spans(analysis, kinds = KINDS) {
  const out = [];
  const want = new Set(kinds);
  if (want.has('quote')) for (const q of analysis.quotes) out.push({ start: q.start, end: q.end, kind: 'quote' });
  if (want.has('speaker')) {
    // A mention can be a quote's, a reported statement's and an entity's at once: paint it once.
    const seen = new Set();
    const add = (m) => {
      if (!m) return;
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({ start: m.start, end: m.end, kind: 'speaker' });
    };
    for (const q of analysis.quotes) add(q.mention);
    for (const r of analysis.reported) add(r.mention);
    for (const e of analysis.entities) for (const m of e.mentions) add(m);
  }
  if (want.has('number')) for (const n of analysis.numbers) out.push({ start: n.start, end: n.end, kind: 'number' });
  if (want.has('date')) for (const d of analysis.dates) out.push({ start: d.start, end: d.end, kind: 'date' });
  return out
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
}

/**
 * The text cut into runs that each lie inside the same stack of spans (outermost first), as the
 * CLI's HTML output nests them: a span that would cross the end of the one enclosing it is cut
 * there, so marks always nest. Runs outside every span are left out.
 */
function runs(sorted, length) {
  const out = [];
  const stack = []; // {span, end} with end cut to the enclosing span's
  let pos = 0;
  const emit = (to) => {
    if (to > pos && stack.length) out.push({ start: pos, end: to, stack: stack.map((e) => e.span) });
    if (to > pos) pos = to;
  };
  for (const s of sorted) {
    if (s.start < pos || s.end > length) continue; // would cross text already closed
    while (stack.length && stack[stack.length - 1].end <= s.start) {
      emit(stack[stack.length - 1].end);
      stack.pop();
    }
    emit(s.start);
    stack.push({ span: s, end: stack.length ? Math.min(s.end, stack[stack.length - 1].end) : s.end });
  }
  while (stack.length) {
    emit(stack[stack.length - 1].end);
    stack.pop();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Painting

const PRIORITY = { quote: 1, speaker: 2, number: 3, date: 4 }; // inner kinds paint over quotes
const ours = new WeakSet(); // Highlight objects this module registered (and so may unregister)

function highlightFor(kind) {
  const name = `pressmark-${kind}`;
  let hl = CSS.highlights.get(name);
  if (!hl) {
    hl = new Highlight();
    hl.priority = PRIORITY[kind];
    CSS.highlights.set(name, hl);
    ours.add(hl);
  }
  return hl;
}

function paintRanges(doc, segs, list) {
  const added = [];
  for (const s of list) {
    const a = locate(segs, s.start, false);
    const b = locate(segs, s.end, true);
    if (!a || !b) continue;
    const range = doc.createRange(); // live: it follows the page's own later edits
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    if (range.collapsed) continue;
    const hl = highlightFor(s.kind);
    hl.add(range);
    added.push({ kind: s.kind, hl, range });
  }
  return () => {
    for (const { kind, hl, range } of added) {
      hl.delete(range);
      const name = `pressmark-${kind}`;
      if (hl.size === 0 && ours.has(hl) && CSS.highlights.get(name) === hl) CSS.highlights.delete(name);
    }
    added.length = 0;
  };
}

function paintMarks(doc, segs, list, length) {
  const marks = []; // in creation order: outer before inner
  const touched = []; // {node, data, pieces}: original text nodes and the nodes split off them
  const all = runs(list, length);
  let r = 0;
  for (const seg of segs) {
    const node = seg.node;
    const end = seg.start + node.data.length;
    while (r < all.length && all[r].end <= seg.start) r++;
    const pieces = [];
    for (let i = r; i < all.length && all[i].start < end; i++) {
      const run = all[i];
      pieces.push({ from: Math.max(run.start, seg.start) - seg.start, to: Math.min(run.end, end) - seg.start, stack: run.stack });
    }
    if (!pieces.length) continue;
    const record = { node, data: node.data, pieces: [] };
    touched.push(record);
    // Split at every piece boundary; the original node stays first, so clear() can restore it.
    const intervals = [];
    let at = 0;
    for (const p of pieces) {
      if (p.from > at) intervals.push({ from: at, to: p.from, stack: [] });
      intervals.push(p);
      at = p.to;
    }
    if (at < node.data.length) intervals.push({ from: at, to: node.data.length, stack: [] });
    const parts = [];
    let cur = node;
    intervals.forEach((iv, i) => {
      parts.push({ node: cur, stack: iv.stack });
      if (i + 1 < intervals.length) {
        cur = cur.splitText(iv.to - iv.from);
        record.pieces.push(cur);
      }
    });
    // Wrap pieces, sharing a mark between neighbours in the same span (one mark per node's piece).
    const open = [];
    for (const { node: piece, stack } of parts) {
      let k = 0;
      while (k < open.length && k < stack.length && open[k].span === stack[k]) k++;
      open.length = k;
      for (let j = k; j < stack.length; j++) {
        const el = doc.createElement('mark');
        el.setAttribute('data-pressmark', stack[j].kind);
        if (j === 0) piece.parentNode.insertBefore(el, piece);
        else open[j - 1].el.appendChild(el);
        open.push({ span: stack[j], el });
        marks.push(el);
      }
      if (open.length) open[open.length - 1].el.appendChild(piece);
    }
  }
  return () => {
    // Inner marks first, then put each original text node's data back and drop its split-offs.
    for (let i = marks.length - 1; i >= 0; i--) {
      const el = marks[i];
      if (el.parentNode) el.replaceWith(...el.childNodes);
    }
    for (const { node, data, pieces } of touched) {
      for (const p of pieces) p.remove();
      node.data = data;
    }
    marks.length = 0;
    touched.length = 0;
  };
}

const live = new Set(); // handles not yet cleared, to keep one per element

/**
 * Highlights the text of `element` in place. Options: `kinds` (default all four), `mode`
 * ('highlight' or 'mark'; default 'highlight' where `CSS.highlights` exists, else 'mark'), and
 * `analysis` (options passed to `analyze`). Returns `{analysis, text, mode, element, clear()}`;
 * the analysis' offsets index `text`, the element's text with a "\n" between blocks.
 * A new highlight of an element first clears any earlier one on it, its ancestors or descendants.
 */
export function highlightElement(element, options = {}) {
  requireInit('highlightElement');
  if (!element || element.nodeType !== 1) {
    throw new Error('pressmark.highlightElement: expected an Element');
  }
  const { kinds = KINDS, mode: asked, analysis: analysisOptions } = options ?? {};
  if (!Array.isArray(kinds) || kinds.some((k) => !KINDS.includes(k))) {
    throw new Error(`pressmark.highlightElement: kinds must be an array of ${KINDS.map((k) => `'${k}'`).join(', ')}`);
  }
  if (asked !== undefined && asked !== 'highlight' && asked !== 'mark') {
    throw new Error(`pressmark.highlightElement: mode must be 'highlight' or 'mark', got ${String(asked)}`);
  }
  const supported = typeof CSS !== 'undefined' && CSS.highlights !== undefined && typeof Highlight === 'function';
  const mode = asked === 'mark' || !supported ? 'mark' : 'highlight';

  for (const h of live) {
    if (h.element === element || h.element.contains(element) || element.contains(h.element)) h.clear();
  }

  const doc = element.ownerDocument;
  const { text, segs } = collect(element);
  const analysis = analyze(text, analysisOptions);
  const list = spans(analysis, kinds);
  const undo = mode === 'highlight' ? paintRanges(doc, segs, list) : paintMarks(doc, segs, list, text.length);
  const handle = {
    analysis,
    text,
    mode,
    element,
    clear() {
      if (!live.has(handle)) return;
      live.delete(handle);
      undo();
    },
  };
  live.add(handle);
  return handle;
}
