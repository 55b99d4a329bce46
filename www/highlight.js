// Paints a pressmark analysis into a DOM element as nested <mark data-pressmark="KIND">
// elements: the public markup contract. Text only ever enters the DOM through createTextNode,
// so anything the user pastes is shown, never interpreted.
//
// The nesting mirrors src/render.rs (`marks` and `events`): highlights are sorted by start,
// longer first, then quote < speaker < number < date; one that would cross the end of the
// highlight enclosing it is cut at that end, so the elements always nest and their text,
// concatenated, is exactly the input.

/** The four kinds, in the order used to break ties (same as `render::Kind`). */
export const KINDS = ['quote', 'speaker', 'number', 'date'];

const RANK = Object.fromEntries(KINDS.map((k, i) => [k, i]));

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function quoteLabel(q) {
  const what = q.kind === 'partial' ? 'Partial quote' : 'Quote';
  return q.speaker ? `${what} by ${q.speaker}` : `${what}, speaker not found`;
}

function numberLabel(n) {
  const parts = [`Number (${n.kind})`];
  if (typeof n.value === 'number') {
    let v = numberFormat.format(n.value);
    if (typeof n.high === 'number') v += `–${numberFormat.format(n.high)}`;
    parts.push(v);
  }
  if (n.unit) parts.push(n.unit);
  if (n.modifier) parts.push(`“${n.modifier}”`);
  return parts.join(' · ');
}

/**
 * Every highlight of `analysis`, sorted for `events`. Each is
 * `{start, end, kind, label, entity}`; `entity` is the speaker's entity id or null.
 * Speaker mentions (of quotes, of reported speech and of entities) are merged by span.
 */
export function marks(analysis) {
  const out = [];
  for (const q of analysis.quotes ?? []) {
    out.push({ start: q.start, end: q.end, kind: 'quote', label: quoteLabel(q), entity: q.speakerId ?? null });
  }
  const speakers = new Map();
  const addSpeaker = (span, name, entity) => {
    if (!span) return;
    const key = `${span.start}:${span.end}`;
    const seen = speakers.get(key);
    if (seen) {
      seen.name ??= name;
      seen.entity ??= entity;
    } else {
      speakers.set(key, { start: span.start, end: span.end, name: name ?? null, entity: entity ?? null });
    }
  };
  for (const q of analysis.quotes ?? []) if (q.speaker) addSpeaker(q.mention, q.speaker, q.speakerId);
  for (const r of analysis.reported ?? []) addSpeaker(r.mention, r.speaker, r.speakerId);
  for (const e of analysis.entities ?? []) for (const m of e.mentions) addSpeaker(m, e.name, e.id);
  for (const s of speakers.values()) {
    out.push({ start: s.start, end: s.end, kind: 'speaker', label: s.name ? `Speaker: ${s.name}` : 'Speaker', entity: s.entity });
  }
  for (const n of analysis.numbers ?? []) {
    out.push({ start: n.start, end: n.end, kind: 'number', label: numberLabel(n), entity: null });
  }
  for (const d of analysis.dates ?? []) {
    out.push({ start: d.start, end: d.end, kind: 'date', label: `Date or time (${d.kind})`, entity: null });
  }
  return out
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind]);
}

/**
 * Walks a text of `length` UTF-16 units as nested runs: `['open', mark]`, `['text', start, end]`,
 * `['close', mark]`. `sorted` must be sorted as `marks` sorts it.
 */
export function events(length, sorted) {
  const out = [];
  const stack = []; // [mark, end] with end cut to the enclosing highlight
  let pos = 0;
  const textTo = (to) => {
    if (to > pos) {
      out.push(['text', pos, to]);
      pos = to;
    }
  };
  for (const m of sorted) {
    if (m.start < pos || m.end > length) continue; // would cross text already closed
    while (stack.length && stack[stack.length - 1][1] <= m.start) {
      const [top, end] = stack.pop();
      textTo(end);
      out.push(['close', top]);
    }
    const end = stack.length ? Math.min(m.end, stack[stack.length - 1][1]) : m.end;
    textTo(m.start);
    out.push(['open', m]);
    stack.push([m, end]);
  }
  while (stack.length) {
    const [top, end] = stack.pop();
    textTo(end);
    out.push(['close', top]);
  }
  textTo(length);
  return out;
}

/** What a highlight says to a screen reader: its text, then what it is. */
function ariaLabel(text, m) {
  return `${text.slice(m.start, m.end)} — ${m.label}`;
}

function openMark(doc, text, m) {
  const el = doc.createElement('mark');
  el.dataset.pressmark = m.kind;
  el.title = m.label;
  el.setAttribute('aria-label', ariaLabel(text, m));
  if (m.entity !== null) el.dataset.entity = String(m.entity);
  if (m.kind === 'quote') el.tabIndex = 0;
  return el;
}

/**
 * Replaces the content of `target` with `text`, highlighted as `analysis` says (UTF-16
 * offsets, as `analyze` returns them). Returns the number of highlights of each kind.
 *
 * Quote elements get `tabindex="0"` so keyboard users can reach them; quote and speaker
 * elements carry `data-entity` (the speaker's entity id) when the speaker is known, and every
 * highlight an `aria-label` (its text, then what it is).
 */
export function render(target, text, analysis) {
  const counts = { quote: 0, speaker: 0, number: 0, date: 0 };
  const root = target.ownerDocument.createDocumentFragment();
  for (const chunk of chunks(target.ownerDocument, text, marks(analysis), counts, Infinity)) root.append(chunk);
  target.replaceChildren(root);
  return counts;
}

/** Characters per block of a long text (see `chunks`). */
export const CHUNK_CHARS = 4000;

/** Where each block made by `chunks` starts in the text (UTF-16 offset), to map DOM positions back. */
export const chunkStart = new WeakMap();

/**
 * Builds the highlighted text lazily, one block at a time: `<div class="pressmark-chunk">`
 * holding about `chunkChars` characters, cut only just after a line break outside every
 * highlight, so marks never straddle two blocks and the blocks lay out exactly like one
 * pre-wrapped text (a final line break in a block adds no empty line). With `chunkChars`
 * Infinity it yields one fragment and no wrapper. `counts` is incremented as marks are made.
 *
 * Why blocks: a 1 MB article has tens of thousands of marks; built in one go, styled and laid
 * out in one go, that is seconds of frozen page. Blocks can be built between frames and, with
 * `content-visibility: auto`, only those on screen are laid out.
 */
export function* chunks(doc, text, sorted, counts, chunkChars = CHUNK_CHARS) {
  const wrap = Number.isFinite(chunkChars);
  let pos = 0; // end of the text placed so far
  const newChunk = () => {
    if (!wrap) return doc.createDocumentFragment();
    const el = doc.createElement('div');
    el.className = 'pressmark-chunk';
    chunkStart.set(el, pos);
    return el;
  };
  let chunk = newChunk();
  let size = 0; // characters in `chunk`
  let lines = 1; // line breaks in `chunk`, for its placeholder height while off screen
  const stack = [chunk];
  const done = () => {
    if (wrap) chunk.style.setProperty('--lines', String(Math.max(lines, Math.ceil(size / 60))));
    const full = chunk;
    chunk = newChunk();
    stack[0] = chunk;
    size = 0;
    lines = 1;
    return full;
  };
  for (const ev of events(text.length, sorted)) {
    const parent = stack[stack.length - 1];
    if (ev[0] === 'text') {
      let [, from, to] = ev;
      // Only at the top level (outside every mark) may a block end.
      while (wrap && stack.length === 1 && size + (to - from) > chunkChars) {
        const cut = text.indexOf('\n', from + Math.max(0, chunkChars - size - 1));
        if (cut === -1 || cut >= to) break;
        chunk.append(text.slice(from, cut + 1));
        lines += countLines(text, from, cut + 1);
        size += cut + 1 - from;
        from = cut + 1;
        pos = from;
        yield done();
      }
      if (to > from) {
        stack[stack.length - 1].append(text.slice(from, to));
        size += to - from;
        pos = to;
        if (wrap) lines += countLines(text, from, to);
      }
    } else if (ev[0] === 'open') {
      const el = openMark(doc, text, ev[1]);
      parent.append(el);
      stack.push(el);
      counts[ev[1].kind] += 1;
    } else {
      stack.pop();
    }
  }
  if (size > 0 || !wrap) yield done();
}

function countLines(text, from, to) {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

const yieldToBrowser = () =>
  globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Like `render`, for texts of any size: takes marks already sorted (the worker sorts them),
 * builds blocks for at most `budgetMs` at a time and gives the browser its turn in between,
 * then swaps them in at once. Resolves to the counts, or to null when `isStale()` turns true
 * meanwhile (a newer text arrived; the old output stays until that one is painted).
 */
export async function paint(target, text, sorted, { budgetMs = 12, isStale = () => false } = {}) {
  const counts = { quote: 0, speaker: 0, number: 0, date: 0 };
  const doc = target.ownerDocument;
  const root = doc.createDocumentFragment();
  let slice = performance.now();
  for (const chunk of chunks(doc, text, sorted, counts)) {
    root.append(chunk);
    if (performance.now() - slice > budgetMs) {
      await yieldToBrowser();
      if (isStale()) return null;
      slice = performance.now();
    }
  }
  target.replaceChildren(root);
  return counts;
}

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (s) => s.replace(/[&<>"]/g, (c) => escapes[c]);

/**
 * The highlighted text as an HTML string for the clipboard: every character of `text` escaped
 * (so nothing in it can become markup), marks with the public `data-pressmark` contract and an
 * inline background from `colours` (`{quote: '#fff1b8', ...}`), since the page receiving the
 * paste has no pressmark.css.
 */
export function toHTML(text, sorted, colours) {
  const out = ['<div data-pressmark-output="" style="white-space: pre-wrap">'];
  for (const ev of events(text.length, sorted)) {
    if (ev[0] === 'text') out.push(escape(text.slice(ev[1], ev[2])));
    else if (ev[0] === 'open') {
      const m = ev[1];
      const entity = m.entity === null ? '' : ` data-entity="${m.entity}"`;
      out.push(`<mark data-pressmark="${m.kind}"${entity} title="${escape(m.label)}" style="background: ${escape(colours[m.kind] ?? '')}; color: inherit">`);
    } else out.push('</mark>');
  }
  out.push('</div>');
  return out.join('');
}
