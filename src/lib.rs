//! pressmark reads the text of a news article and marks what a careful reader looks for:
//!
//! * **quotes**: direct quotations, full or partial, in every common quote style;
//! * **speakers**: who said each quote or reported statement, the mention next to it linked to
//!   one entity with a canonical name (its fullest name, or failing one its fullest description);
//! * **numbers**: numeric expressions with what they count or measure (`more than 100,000
//!   troops`, `$3.5 billion`, `45 percent`);
//! * **dates and times**: `Tuesday`, `late Monday`, `last week`.
//!
//! ```
//! let text = "\"We are ready,\" the minister said on Tuesday, as 2,000 troops arrived.";
//! let a = pressmark::analyze(text);
//! assert_eq!(a.quotes[0].span().of(text), "\"We are ready,\"");
//! assert_eq!(a.quotes[0].mention.map(|m| m.of(text)), Some("the minister"));
//! assert_eq!(a.dates[0].span().of(text), "Tuesday");
//! assert_eq!(a.numbers[0].span().of(text), "2,000 troops");
//! ```
//!
//! # Offsets
//!
//! Every span is a half-open range of UTF-8 byte offsets into the text given to [`analyze`],
//! always on a `char` boundary. [`Analysis::convert_offsets`] rewrites all of them to UTF-16 code
//! units (JavaScript) or code points (Python) in one pass over the text.
//!
//! # Untrusted input
//!
//! Any `&str` is valid input. Analysis never panics, and its running time is linear in the
//! length of the text: every finder scans a bounded window around each position.
//!
//! # Modules
//!
//! * [`text`]: tokens and paragraphs shared by the finders;
//! * [`quotes`], [`speakers`], [`numbers`], [`dates`]: one finder each;
//! * [`numwords`], [`units`]: the number words, units and currencies the number finder reads;
//! * [`span`]: the span type and offset conversion;
//! * [`render`]: splitting text into highlighted segments for HTML and terminal output.

/// A [`lexicon::List`] of string literals: `words!["said", "told"]`. The words are joined
/// into one string at compile time, each followed by a line break, so a list costs its
/// letters and no table of eight-byte pointers (3,400 of them made up a sixth of the
/// `.wasm`'s gzipped data section, 7.9 KB).
macro_rules! words {
    ($($w:literal),* $(,)?) => {
        $crate::lexicon::List::joined(concat!($($w, "\n"),*))
    };
}

pub mod dates;
pub mod lexicon;
pub mod numbers;
pub mod numwords;
pub mod quotes;
pub mod render;
pub mod span;
pub mod speakers;
pub mod text;
pub mod units;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

use serde::{Deserialize, Serialize};

pub use span::{OffsetUnit, Span};

/// Which categories to look for. All are on by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub quotes: bool,
    /// Speakers, entities and reported speech. Quotes are always attributed (their kind depends
    /// on it); with this off their speaker, mention and cue are left out.
    pub speakers: bool,
    pub numbers: bool,
    pub dates: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { quotes: true, speakers: true, numbers: true, dates: true }
    }
}

/// Everything found in one text. Serialises to the JSON shape shared by the CLI and the JS API.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// Quotations: full and partial quotes, never [`QuoteKind::Scare`].
    pub quotes: Vec<Quote>,
    /// Scare quotes, titles and terms in quotation marks (`the so-called "temporary" closure`,
    /// `on "Face the Nation"`): no speaker, so not quotations and not in [`Analysis::quotes`].
    pub scare_quotes: Vec<ScareQuote>,
    pub entities: Vec<Entity>,
    /// Statements attributed to a speaker without quotation marks (`The official said that ...`).
    pub reported: Vec<Reported>,
    pub numbers: Vec<Number>,
    pub dates: Vec<Date>,
}

/// What a pair of quotation marks encloses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum QuoteKind {
    /// A clause or more in the speaker's words: `"We are ready," she said.`
    Full,
    /// A phrase quoted inside the reporter's own sentence: `urged Russia to "immediately" act`.
    Partial,
    /// Scare quotes, titles and terms: no speaker, not a quotation. Only used while analysing:
    /// [`analyze_with`] moves these to [`Analysis::scare_quotes`].
    Scare,
}

/// A term, title or scare quote in quotation marks. `start..end` includes the marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ScareQuote {
    pub start: usize,
    pub end: usize,
}

impl ScareQuote {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A direct quotation. `start..end` includes the quotation marks.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    /// The canonical name of the speaker's entity, if one was found.
    pub speaker: Option<String>,
    /// Index into [`Analysis::entities`] of the speaker.
    pub speaker_id: Option<usize>,
    /// The speaker mention nearest the quote (`the official`).
    pub mention: Option<Span>,
    /// The attribution cue (`said`, `told`, `according to`).
    pub cue: Option<Span>,
    /// Index into [`Analysis::quotes`] of the quote this one is nested in.
    pub parent: Option<usize>,
    /// Index into [`Analysis::quotes`] of the previous paragraph's part of the same
    /// multi-paragraph quotation.
    pub continues: Option<usize>,
}

impl Quote {
    pub fn new(span: Span, kind: QuoteKind) -> Quote {
        Quote {
            start: span.start,
            end: span.end,
            kind,
            speaker: None,
            speaker_id: None,
            mention: None,
            cue: None,
            parent: None,
            continues: None,
        }
    }

    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// One person or body that speaks or is spoken of, with every mention that refers to it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    /// Its index in [`Analysis::entities`].
    pub id: usize,
    /// The canonical name: the fullest name among the mentions (`US Secretary of State Antony
    /// Blinken`), without lower-case words before it (`said meteorologist Sam Ochoa` names
    /// `Sam Ochoa`); failing a name, the fullest description (`A State Department official`).
    pub name: String,
    pub mentions: Vec<Span>,
}

/// A statement attributed without quotation marks. `start..end` covers the sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reported {
    pub start: usize,
    pub end: usize,
    pub speaker: Option<String>,
    pub speaker_id: Option<usize>,
    pub mention: Span,
    pub cue: Span,
}

impl Reported {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What a numeric expression expresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum NumberKind {
    /// A plain cardinal, usually with the noun it counts: `100,000 troops`.
    Count,
    Money,
    Percent,
    /// A quantity with a unit of measure: `12 km`, `5 °C`; with no value, the unit a measure
    /// is converted to (`Fahrenheit` in `convert 25 °C to Fahrenheit`).
    Measure,
    Fraction,
    Ordinal,
    /// Two values as one expression (`10 to 15`); `value` is the low end, `high` the high end.
    Range,
    Year,
    /// A length of time as a quantity: `three days`, `24 h`, `54.8 years`. Durations anchored
    /// to the time of writing (`two days ago`, `in three weeks`) are dates instead.
    Duration,
    /// An age: `five years old`, `aged 54`.
    Age,
}

/// A numeric expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Number {
    pub start: usize,
    pub end: usize,
    pub kind: NumberKind,
    /// The normalised value (`3.5e9` for `$3.5 billion`, `0.45` is *not* used for percent: 45).
    pub value: Option<f64>,
    /// The high end of a range.
    pub high: Option<f64>,
    /// The unit (`USD`, `km`, `percent`, `bp` for basis points), the counted noun (`troops`), the word of a ratio
    /// (`slope` in `a 1:10 slope`) or the era of a year (`BC`, `AD`).
    pub unit: Option<String>,
    /// `more than`, `nearly`, `about`, ... as written, lower-cased.
    pub modifier: Option<String>,
}

impl Number {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What a date or time expression refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DateKind {
    /// A day of the week, possibly with a part of the day: `Tuesday`, `late Monday`.
    Weekday,
    /// A calendar date or month: `Jan. 4, 2019`, `March`.
    Date,
    /// Relative to the time of writing: `last week`, `two days ago`.
    Relative,
    /// A time of day: `5 p.m.`, `17:00 GMT`.
    Time,
    /// Reserved for lengths of time read as dates. The finder reports a bare length of time
    /// (`three days`) as a [`NumberKind::Duration`] number, and one anchored to the time of
    /// writing (`two days ago`, `in three weeks`) as [`DateKind::Relative`].
    Duration,
    /// A year, decade, season or other period: `the 1990s`, `this summer`.
    Period,
}

/// A date or time expression.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Date {
    pub start: usize,
    pub end: usize,
    pub kind: DateKind,
}

impl Date {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// Seeds the hash of entity names for this thread, for hosts where std has no randomness (the
/// wasm module calls it with `Math.random()` when it starts). Entity names come from the text,
/// and an unpredictable seed keeps a crafted text from making them collide and slowing its
/// analysis down; results never depend on it. Natively std's random keys are used unless this
/// was called.
#[doc(hidden)]
pub fn seed_entity_keys(seed: u64) {
    speakers::coref::set_key_seed(seed);
}

/// Finds everything in `text`. Same as [`analyze_with`] with [`Options::default`].
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// Finds the categories that `options` selects.
///
/// Results are sorted by start offset within each list; quotes may nest (see
/// [`Quote::parent`]), numbers and dates never overlap within their own list, and a number is
/// never reported inside a date.
pub fn analyze_with(text: &str, options: &Options) -> Analysis {
    if text.len() <= text::MAX_DOC {
        analyze_doc(text, options)
    } else {
        analyze_pieces(text, options, text::MAX_DOC)
    }
}

/// `text`, longer than a [`text::Doc`] holds (4 GiB), analysed in pieces of at most `max`
/// bytes: each ends at its last line break, or at a char boundary if it has none. Each piece
/// gives what it would give alone (a quote running over a cut is two, an entity named in two
/// pieces is two), with offsets, quote and entity indices then those of the whole text.
fn analyze_pieces(text: &str, options: &Options, max: usize) -> Analysis {
    let max = max.max(4);
    let mut all = Analysis::default();
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let len = if rest.len() <= max {
            rest.len()
        } else {
            match rest.as_bytes()[..max].iter().rposition(|&b| b == b'\n') {
                Some(k) => k + 1,
                None => (1..=max).rev().find(|&e| rest.is_char_boundary(e)).unwrap_or(max),
            }
        };
        let piece = analyze_doc(&rest[..len], options);
        all.append(piece, at);
        at += len;
    }
    all
}

fn analyze_doc(text: &str, options: &Options) -> Analysis {
    let doc = text::Doc::new(text);
    let mut a = Analysis::default();
    if options.quotes || options.speakers {
        let mut quotes = quotes::find(&doc);
        // Attribution always runs: a partial quote that nobody in its sentence said is a scare
        // quote, so a quote's kind must not depend on whether speakers were asked for.
        let found = speakers::attribute(&doc, &mut quotes);
        if options.speakers {
            a.entities = found.entities;
            a.reported = found.reported;
        } else {
            for q in &mut quotes {
                (q.speaker, q.speaker_id, q.mention, q.cue) = (None, None, None, None);
            }
        }
        if options.quotes {
            (a.quotes, a.scare_quotes) = split_scare(quotes);
        }
    }
    if options.dates || options.numbers {
        let dates = without_overlaps(dates::find(&doc), Date::span);
        if options.numbers {
            let mut numbers = numbers::find(&doc);
            // A year or a day inside a date is part of the date, not a number of its own.
            // `dates` is sorted and disjoint, so the one date that could overlap is found by search.
            numbers.retain(|n| {
                let i = dates.partition_point(|d| d.end <= n.start);
                dates.get(i).is_none_or(|d| !d.span().overlaps(n.span()))
            });
            a.numbers = without_overlaps(numbers, Number::span);
        }
        if options.dates {
            a.dates = dates;
        }
    }
    a
}

/// Moves scare quotes out of the quotations, with any quote nested in one (a title's inner
/// quote is part of the title), and renumbers `parent` and `continues` to the kept quotes.
/// Parents come before their children and `continues` points backwards, so one pass does it.
fn split_scare(quotes: Vec<Quote>) -> (Vec<Quote>, Vec<ScareQuote>) {
    let mut new_index: Vec<Option<usize>> = Vec::with_capacity(quotes.len());
    let mut kept = Vec::with_capacity(quotes.len());
    let mut scare = Vec::new();
    for mut q in quotes {
        // Some(None): nested in a quote that was moved out.
        let parent = q.parent.map(|p| new_index.get(p).copied().flatten());
        if q.kind == QuoteKind::Scare || parent == Some(None) {
            if parent != Some(None) {
                scare.push(ScareQuote { start: q.start, end: q.end });
            }
            new_index.push(None);
            continue;
        }
        q.parent = parent.flatten();
        q.continues = q.continues.and_then(|c| new_index.get(c).copied().flatten());
        new_index.push(Some(kept.len()));
        kept.push(q);
    }
    (kept, scare)
}

/// Sorts `items` stably by `key`, in place. Every sort of the library goes through here, so the
/// module carries one sort, not one per item type and key (each copy of the standard library's
/// is several kilobytes of wasm). The lists sorted here are a few runs in order (mentions found
/// by three passes over the text, each in text order), so the runs are merged, pairwise until
/// one is left: linear when the list is in order already, and n log(runs) otherwise. An
/// unstable quicksort of the whole list took 7% of the attribution on news text, mispredicting
/// a branch at most comparisons. The merges move indices, not items or keys: besides the keys
/// the sort holds two indices an item, no more than the quicksort did with its keyed copy.
pub(crate) fn sort_by<T>(items: &mut [T], key: impl Fn(&T) -> (u64, u64, u64)) {
    if items.len() < 2 {
        return;
    }
    // Most lists come in order already (findings are made in text order): then nothing moves.
    if items.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let keys: Vec<(u64, u64, u64)> = items.iter().map(&key).collect();
    let mut dest = sorted_order(&keys);
    // Then dest[i]: where the item now at i belongs. Each swap puts one item in its place for
    // good.
    for i in 0..items.len() {
        while let Some(&d) = dest.get(i).filter(|&&d| d != i) {
            items.swap(i, d);
            dest.swap(i, d);
        }
    }
}

/// Where each item of a list with these `keys` goes in the stable sort of the list: the runs
/// in order merged two by two until one is left. Not generic, so one copy serves every sort.
fn sorted_order(keys: &[(u64, u64, u64)]) -> Vec<usize> {
    let n = keys.len();
    // The runs in order: run k is order[bounds[k]..bounds[k + 1]].
    let mut bounds: Vec<usize> = vec![0];
    bounds.extend((1..n).filter(|&i| keys[i - 1] > keys[i]));
    bounds.push(n);
    let mut order: Vec<usize> = (0..n).collect();
    let mut merged = vec![0usize; n];
    // An odd last run is copied as it is.
    while bounds.len() > 2 {
        let mut next = Vec::with_capacity(bounds.len() / 2 + 2);
        for k in (0..bounds.len() - 1).step_by(2) {
            let (a, m) = (bounds[k], bounds[k + 1]);
            let b = bounds.get(k + 2).copied().unwrap_or(m);
            merge(keys, &order[a..m], &order[m..b], &mut merged[a..b]);
            next.push(a);
        }
        next.push(n);
        std::mem::swap(&mut order, &mut merged);
        bounds = next;
    }
    // From the order of the items to the place of each.
    for (k, &o) in order.iter().enumerate() {
        if let Some(d) = merged.get_mut(o) {
            *d = k;
        }
    }
    merged
}

/// Merges `left` and `right`, indices into `keys` each in order of their keys, into `out`,
/// stably: on equal keys, `left`'s first.
fn merge(keys: &[(u64, u64, u64)], left: &[usize], right: &[usize], out: &mut [usize]) {
    let (mut i, mut j) = (0, 0);
    // While both runs go on, the choice is a select, not a branch: it goes either way as often.
    while let (Some(&l), Some(&r)) = (left.get(i), right.get(j)) {
        let right_first = keys.get(r) < keys.get(l);
        if let Some(slot) = out.get_mut(i + j) {
            *slot = if right_first { r } else { l };
        }
        j += usize::from(right_first);
        i += usize::from(!right_first);
    }
    // Then the rest of the one that goes on.
    let rest = left.get(i..).unwrap_or_default().iter().chain(right.get(j..).unwrap_or_default());
    for (slot, &x) in out.iter_mut().skip(i + j).zip(rest) {
        *slot = x;
    }
}

/// Sorts by start and, where two items overlap, keeps the longer (the earlier on a tie), so the
/// list never overlaps whatever a finder produced. Linear after the sort.
fn without_overlaps<T>(mut items: Vec<T>, span: fn(&T) -> Span) -> Vec<T> {
    sort_by(&mut items, |t| (span(t).start as u64, u64::MAX - span(t).end as u64, 0));
    let mut out: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        match out.last() {
            Some(last) if span(last).overlaps(span(&item)) => {
                if span(&item).len() > span(last).len() {
                    out.pop();
                    out.push(item);
                }
            }
            _ => out.push(item),
        }
    }
    out
}

impl Analysis {
    /// Rewrites every offset from UTF-8 bytes of `text` (which must be the analysed text) into
    /// `unit`, in one pass over the text.
    pub fn convert_offsets(&mut self, text: &str, unit: OffsetUnit) {
        if unit == OffsetUnit::Utf8 {
            return;
        }
        span::convert(text, &mut self.offsets_mut(), unit);
    }

    /// Appends `other`, found in the text from byte `at` on, with its offsets and its quote
    /// and entity indices moved past those already here.
    fn append(&mut self, mut other: Analysis, at: usize) {
        for o in other.offsets_mut() {
            *o += at;
        }
        let (quotes, entities) = (self.quotes.len(), self.entities.len());
        for q in &mut other.quotes {
            for index in [&mut q.parent, &mut q.continues] {
                *index = index.map(|k| k + quotes);
            }
            q.speaker_id = q.speaker_id.map(|id| id + entities);
        }
        for r in &mut other.reported {
            r.speaker_id = r.speaker_id.map(|id| id + entities);
        }
        for e in &mut other.entities {
            e.id += entities;
        }
        self.quotes.append(&mut other.quotes);
        self.scare_quotes.append(&mut other.scare_quotes);
        self.entities.append(&mut other.entities);
        self.reported.append(&mut other.reported);
        self.numbers.append(&mut other.numbers);
        self.dates.append(&mut other.dates);
    }

    /// Every offset of every finding.
    fn offsets_mut(&mut self) -> Vec<&mut usize> {
        let mut offs: Vec<&mut usize> = Vec::new();
        fn push<'a>(offs: &mut Vec<&'a mut usize>, s: &'a mut Span) {
            offs.push(&mut s.start);
            offs.push(&mut s.end);
        }
        for q in &mut self.quotes {
            offs.push(&mut q.start);
            offs.push(&mut q.end);
            if let Some(m) = &mut q.mention {
                push(&mut offs, m);
            }
            if let Some(c) = &mut q.cue {
                push(&mut offs, c);
            }
        }
        for q in &mut self.scare_quotes {
            offs.push(&mut q.start);
            offs.push(&mut q.end);
        }
        for e in &mut self.entities {
            for m in &mut e.mentions {
                push(&mut offs, m);
            }
        }
        for r in &mut self.reported {
            offs.push(&mut r.start);
            offs.push(&mut r.end);
            push(&mut offs, &mut r.mention);
            push(&mut offs, &mut r.cue);
        }
        for n in &mut self.numbers {
            offs.push(&mut n.start);
            offs.push(&mut n.end);
        }
        for d in &mut self.dates {
            offs.push(&mut d.start);
            offs.push(&mut d.end);
        }
        offs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_is_the_standard_stable_sort() {
        // A fixed pseudo-random sequence with many ties, at several lengths.
        let mut x = 12345u64;
        for n in [0, 1, 2, 3, 7, 50, 1000] {
            let items: Vec<(u64, u64, usize)> = (0..n).map(|i| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((x >> 60) % 5, (x >> 50) % 3, i)
            }).collect();
            let mut want = items.clone();
            want.sort_by_key(|t| (t.0, std::cmp::Reverse(t.1)));
            let mut got = items.clone();
            sort_by(&mut got, |t| (t.0, u64::MAX - t.1, 0));
            assert_eq!(got, want, "n = {n}");
            // In order already (ties included): nothing moves. With the last two swapped: sorted.
            sort_by(&mut got, |t| (t.0, u64::MAX - t.1, 0));
            assert_eq!(got, want, "n = {n}, sorted");
            if n >= 2 && want[n - 2].0 != want[n - 1].0 {
                got.swap(n - 2, n - 1);
                sort_by(&mut got, |t| (t.0, u64::MAX - t.1, 0));
                assert_eq!(got, want, "n = {n}, two swapped");
            }
            // A few runs in order, as the mention lists are, ties across runs: one to five
            // runs, an odd number of them included.
            for runs in 1..=5 {
                let mut items = items.clone();
                for run in items.chunks_mut(n.div_ceil(runs).max(1)) {
                    run.sort_by_key(|t| (t.0, std::cmp::Reverse(t.1)));
                }
                let mut want = items.clone();
                want.sort_by_key(|t| (t.0, std::cmp::Reverse(t.1)));
                sort_by(&mut items, |t| (t.0, u64::MAX - t.1, 0));
                assert_eq!(items, want, "n = {n}, {runs} runs");
            }
        }
    }

    /// A text longer than a `Doc` holds is analysed in pieces, each as it would be alone, with
    /// offsets and indices then those of the whole text: three copies of one article, cut
    /// after each, give three copies of its findings.
    #[test]
    fn pieces_are_analysed_alone_and_joined() {
        let article = "\"We will not stop,\" said Ana Ruiz, the mayor of Tarn. She said the 3,000 workers \"deserve better.\"\n\
            On Tuesday, Ruiz told reporters: \"It is 45 percent.\" Ruiz added, \"Some call it ‘fair’.\"\n\
            \"First part\n\"Second part,\" the mayor said. Officials said the plan costs $2 million.\n\
            The \"reform\" failed last week.\n";
        let alone = analyze(article);
        let (nq, ne) = (alone.quotes.len(), alone.entities.len());
        assert!(nq >= 5 && ne >= 1 && !alone.scare_quotes.is_empty() && !alone.reported.is_empty() && alone.numbers.len() >= 3 && !alone.dates.is_empty());
        assert!(alone.quotes.iter().any(|q| q.parent.is_some()) && alone.quotes.iter().any(|q| q.continues.is_some()));
        let text = article.repeat(3);
        // Each cut falls at the last line break within reach: after each article.
        let all = analyze_pieces(&text, &Options::default(), article.len() + 40);
        let moved = |s: Span, k: usize| Span::new(s.start + k * article.len(), s.end + k * article.len());
        assert_eq!((all.quotes.len(), all.entities.len()), (3 * nq, 3 * ne));
        for k in 0..3 {
            for (j, q) in alone.quotes.iter().enumerate() {
                let got = &all.quotes[k * nq + j];
                assert_eq!(got.span(), moved(q.span(), k));
                assert_eq!((got.kind, &got.speaker), (q.kind, &q.speaker));
                assert_eq!((got.mention, got.cue), (q.mention.map(|m| moved(m, k)), q.cue.map(|c| moved(c, k))));
                assert_eq!((got.parent, got.continues), (q.parent.map(|p| p + k * nq), q.continues.map(|c| c + k * nq)));
                assert_eq!(got.speaker_id, q.speaker_id.map(|id| id + k * ne));
            }
            for (j, e) in alone.entities.iter().enumerate() {
                let got = &all.entities[k * ne + j];
                assert_eq!((got.id, &got.name), (k * ne + j, &e.name));
                assert_eq!(got.mentions, e.mentions.iter().map(|&m| moved(m, k)).collect::<Vec<_>>());
            }
        }
        for (got, want) in [
            (all.scare_quotes.iter().map(ScareQuote::span).collect::<Vec<_>>(), alone.scare_quotes.iter().map(ScareQuote::span).collect::<Vec<_>>()),
            (all.reported.iter().map(Reported::span).collect(), alone.reported.iter().map(Reported::span).collect()),
            (all.numbers.iter().map(Number::span).collect(), alone.numbers.iter().map(Number::span).collect()),
            (all.dates.iter().map(Date::span).collect(), alone.dates.iter().map(Date::span).collect()),
        ] {
            assert_eq!(got, (0..3).flat_map(|k| want.iter().map(move |&s| moved(s, k))).collect::<Vec<_>>());
        }
        let ids: Vec<_> = all.reported.iter().map(|r| r.speaker_id).collect();
        assert_eq!(ids, (0..3).flat_map(|k| alone.reported.iter().map(move |r| r.speaker_id.map(|id| id + k * ne))).collect::<Vec<_>>());
    }

    /// With no line break within reach, a piece ends at a char boundary: every offset stays on
    /// one, and what lies whole inside a piece is still found.
    #[test]
    fn pieces_without_line_breaks_end_at_char_boundaries() {
        let text = "Ruiz said 45 percent of the ‘fair’ café’s 3,000 workers left on Tuesday. ".repeat(20);
        for max in [1, 5, 9, 31, 64, 200] {
            let a = analyze_pieces(&text, &Options::default(), max);
            for o in a.clone().offsets_mut() {
                assert!(text.is_char_boundary(*o), "offset {o} at max {max}");
            }
            if max == 200 {
                assert!(a.numbers.len() >= 20 && a.dates.len() >= 10, "{a:?}");
            }
        }
    }
}
