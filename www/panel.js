// The side panel: who is quoted or cited, with their quotes and statements, and every number
// with its normalised value and what it counts. Each entry is a button carrying the offset of
// what it points to (data-start, data-kind); app.js scrolls there. Built with createElement and
// textContent only. Long articles are cut to the first MAX entries of each list: a list of ten
// thousand buttons helps no one and costs the page its speed.

const MAX = 200;
const MAX_PER_SPEAKER = 25;
const PREVIEW = 90; // characters of a quote or statement shown in the list

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 4 });

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function el(name, className, text) {
  const e = document.createElement(name);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function preview(text, span) {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return s.length > PREVIEW ? `${s.slice(0, PREVIEW - 1)}…` : s;
}

function jump(kind, start, label, className = 'jump') {
  const b = el('button', className);
  b.type = 'button';
  b.dataset.kind = kind;
  b.dataset.start = String(start);
  b.append(label);
  return b;
}

function more(n, what) {
  return el('li', 'more', `… and ${plural(n, what)} more`);
}

/** "Who is quoted or cited": one entry per speaker, most quoted first. */
export function speakers(list, note, text, analysis) {
  const per = new Map(); // entity id -> {quotes: [], statements: []}
  const row = (id) => {
    if (!per.has(id)) per.set(id, { quotes: [], statements: [] });
    return per.get(id);
  };
  let unattributed = 0;
  for (const q of analysis.quotes) {
    if (q.speakerId === null || q.speakerId === undefined) unattributed += 1;
    else row(q.speakerId).quotes.push(q);
  }
  for (const r of analysis.reported) {
    if (r.speakerId !== null && r.speakerId !== undefined) row(r.speakerId).statements.push(r);
  }
  const rows = [...per].sort(
    (a, b) => b[1].quotes.length - a[1].quotes.length || b[1].statements.length - a[1].statements.length || a[0] - b[0],
  );
  const items = rows.slice(0, MAX).map(([id, { quotes, statements }]) => {
    const button = el('button', 'source');
    button.type = 'button';
    button.dataset.entity = String(id);
    const name = el('span', 'source-name', analysis.entities[id]?.name ?? `Speaker ${id}`);
    const count = el(
      'span',
      'source-count',
      [quotes.length && plural(quotes.length, 'quote'), statements.length && plural(statements.length, 'statement')]
        .filter(Boolean)
        .join(' · '),
    );
    button.dataset.detail = `${name.textContent}: ${count.textContent}. Press to go to the first.`;
    button.append(name, count);
    // Quotes and statements in the order of the text.
    const said = [...quotes.map((q) => ['quote', q]), ...statements.map((r) => ['reported', r])].sort(
      (a, b) => a[1].start - b[1].start,
    );
    const sub = el('ol', 'said');
    for (const [kind, span] of said.slice(0, MAX_PER_SPEAKER)) {
      // A statement has no mark of its own: the button goes to its speaker's mention.
      const target = kind === 'quote' ? span.start : span.mention.start;
      const b = jump(kind === 'quote' ? 'quote' : 'speaker', target, preview(text, span), `jump said-${kind}`);
      b.dataset.entity = String(id);
      b.dataset.detail = kind === 'quote' ? `Quote by ${name.textContent}` : `Reported speech by ${name.textContent} (no quotation marks)`;
      const li = el('li');
      li.append(b);
      sub.append(li);
    }
    if (said.length > MAX_PER_SPEAKER) sub.append(more(said.length - MAX_PER_SPEAKER, 'item'));
    const li = el('li');
    li.append(button, sub);
    return li;
  });
  if (rows.length > MAX) items.push(more(rows.length - MAX, 'speaker'));
  list.replaceChildren(...items);
  note.textContent =
    rows.length === 0 && unattributed === 0
      ? 'No quoted or cited speakers yet.'
      : unattributed
        ? `${plural(unattributed, 'quote')} without a speaker found.`
        : '';
}

/** A number's normalised value, as the list shows it: "48,000,000 USD", "60 percent", "3–4 km". */
export function numberValue(n) {
  const parts = [];
  if (n.modifier) parts.push(n.modifier);
  if (typeof n.value === 'number') {
    let v = numberFormat.format(n.value);
    if (typeof n.high === 'number') v += `–${numberFormat.format(n.high)}`;
    parts.push(v);
  }
  if (n.unit) parts.push(n.unit);
  return parts.join(' ');
}

/** "Numbers": each as written, its normalised value, and what it counts or measures. */
export function numbers(list, note, text, analysis) {
  const items = analysis.numbers.slice(0, MAX).map((n) => {
    const b = jump('number', n.start, '');
    const written = el('span', 'number-text', text.slice(n.start, n.end));
    const value = el('span', 'number-value', numberValue(n));
    const kind = el('span', 'number-kind', n.kind);
    b.append(written, value, kind);
    b.dataset.detail = `${written.textContent}: ${value.textContent} (${n.kind})`;
    const li = el('li');
    li.append(b);
    return li;
  });
  if (analysis.numbers.length > MAX) items.push(more(analysis.numbers.length - MAX, 'number'));
  list.replaceChildren(...items);
  note.textContent = analysis.numbers.length ? '' : 'No numbers yet.';
}
