// analyze()'s result objects, built in JavaScript from the flat numbers and strings that
// src/wasm.rs sends (see `Flat` there): one call across the boundary instead of one per field,
// and object literals, which V8 builds with one shape per kind of finding.
//
// `n` holds every number in the order below; -1 stands for null where a value cannot be
// negative (offsets, indices, string numbers), NaN where it can (value, high). `s` holds each
// distinct string once; strings are numbers into it. The keys and their order are those of
// the CLI's JSON (src/lib.rs); tests/js/module.test.mjs compares the two over the corpus.
export function decode(n, s) {
  let i = 0;
  const int = () => n[i++];
  const opt = () => {
    const v = n[i++];
    return v < 0 ? null : v;
  };
  const str = () => {
    const v = n[i++];
    return v < 0 ? null : s[v];
  };
  const real = () => {
    const v = n[i++];
    return Number.isNaN(v) ? null : v;
  };
  const span = () => {
    const start = n[i++];
    const end = n[i++];
    return start < 0 ? null : { start, end };
  };
  const list = (read) => {
    const out = [];
    for (let k = n[i++]; k > 0; k--) out.push(read());
    return out;
  };
  const quotes = list(() => ({
    start: int(), end: int(), kind: str(), speaker: str(), speakerId: opt(),
    mention: span(), cue: span(), parent: opt(), continues: opt(),
  }));
  const scareQuotes = list(() => ({ start: int(), end: int() }));
  const entities = list(() => ({ id: int(), name: str(), mentions: list(span) }));
  const reported = list(() => ({
    start: int(), end: int(), speaker: str(), speakerId: opt(), mention: span(), cue: span(),
  }));
  const numbers = list(() => ({
    start: int(), end: int(), kind: str(), value: real(), high: real(), unit: str(), modifier: str(),
  }));
  const dates = list(() => ({ start: int(), end: int(), kind: str() }));
  return { quotes, scareQuotes, entities, reported, numbers, dates };
}
