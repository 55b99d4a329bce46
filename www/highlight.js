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
  if (q.kind === 'scare') return 'Scare quote (term or title, no speaker)';
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

/**
 * Replaces the content of `target` with `text`, highlighted as `analysis` says (UTF-16
 * offsets, as `analyze` returns them). Returns the number of highlights of each kind.
 *
 * Quote elements get `tabindex="0"` so keyboard users can reach them; quote and speaker
 * elements carry `data-entity` (the speaker's entity id) when the speaker is known.
 */
export function render(target, text, analysis) {
  const doc = target.ownerDocument;
  const counts = { quote: 0, speaker: 0, number: 0, date: 0 };
  const root = doc.createDocumentFragment();
  const stack = [root];
  for (const ev of events(text.length, marks(analysis))) {
    const parent = stack[stack.length - 1];
    if (ev[0] === 'text') {
      parent.appendChild(doc.createTextNode(text.slice(ev[1], ev[2])));
    } else if (ev[0] === 'open') {
      const m = ev[1];
      const el = doc.createElement('mark');
      el.dataset.pressmark = m.kind;
      el.title = m.label;
      if (m.entity !== null) el.dataset.entity = String(m.entity);
      if (m.kind === 'quote') el.tabIndex = 0;
      parent.appendChild(el);
      stack.push(el);
      counts[m.kind] += 1;
    } else {
      stack.pop();
    }
  }
  target.replaceChildren(root);
  return counts;
}
