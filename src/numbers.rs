//! Numeric expressions with their modifier, unit and what they count.
//!
//! One left-to-right pass over the tokens. At each token the finder tries to read a *core*
//! (digits, number words, a fraction or an ordinal), then grows it to the right (magnitude,
//! percent, currency, unit, counted noun, the second half of a range) and to the left (sign,
//! currency symbol, modifier), within a window of a few tokens each way. Expressions never
//! overlap: the scan resumes after the end of the last one. Every look-around is bounded, so
//! the pass is linear in the length of the text.
//!
//! Left out on purpose: numbers inside names and codes (`COVID-19`, `Boeing 737`, `Room 101`,
//! `iPhone 15`), phone numbers and long ids, links, versions, scores (`3-1`), and times and
//! dates, which the date finder claims ([`crate::analyze_with`] drops numbers inside dates).
//! A bare length of time (`three days`, `24 h`) is a number of kind
//! [`NumberKind::Duration`]; one anchored to the time of writing (`two days ago`) is a date.
//! Ambiguous readings are settled by the neighbours: `one` needs a noun or `of` after it and
//! no determiner before it; `second` is not an ordinal after `I`, `to` or `a`; `m` after a
//! number is a million after money or before a plural it counts (`15m shares`) and otherwise
//! a metre (`a 5m wall`): see `Scan::m_counts`.

use crate::lexicon::{self, NUMBER_MODIFIERS, NUMBER_SYMBOL_MODIFIERS};
use crate::numwords;
use crate::text::{Doc, TokKind, CAPITALISED};
use crate::units::{self, Dim};
use crate::{Number, NumberKind};

/// Finds numeric expressions: `more than 100,000 troops`, `$3.5 billion`, `45 per cent`,
/// `two-thirds`, `21st`, `10 to 15 km`, `2019`.
pub fn find(doc: &Doc) -> Vec<Number> {
    let s = Scan::new(doc);
    let mut out: Vec<Number> = Vec::new();
    let mut floor = 0; // first token not yet used by an expression
    let candidates = s.candidates();
    let mut i = 0;
    while let Some(c) = crate::text::next_set(&candidates, i) {
        i = c;
        if !s.may_start(i) {
            i += 1;
            continue;
        }
        // 22,24,26: a list of numbers written without spaces is one token; each is a number.
        if let Some(list) = s.comma_list(i) {
            out.extend(list);
            floor = i + 1;
            i += 1;
            continue;
        }
        match s.expression(i, floor) {
            Some(x) => {
                floor = x.e;
                i = x.e.max(i + 1);
                if !x.skip {
                    // 10 celsius to fahrenheit: the unit converted to is a number of its own.
                    let target = s.conversion_target(&x);
                    out.push(x.number(doc));
                    if let Some(t) = target {
                        (floor, i) = (t.e, t.e);
                        out.push(t.number(doc));
                    }
                }
            }
            None => i += 1,
        }
    }
    merge_compounds(doc.text, &mut out);
    share_units(doc.text, &mut out);
    out
}

/// In a coordination (`5 and 6 kg`, `10 or 12 percent`, `3, 4 and 5 people`) a bare number
/// takes the unit of the number that follows it; each keeps its own span. Not across three
/// orders of magnitude or more: `a population of 39 million and 58 counties` counts two things.
fn share_units(text: &str, out: &mut [Number]) {
    for k in (1..out.len()).rev() {
        let (left, right) = out.split_at_mut(k);
        let (a, b) = (&mut left[k - 1], &right[0]);
        // The fields first: most pairs fail them, and the gap between is not read.
        if !(a.unit.is_none() && a.kind == NumberKind::Count && b.unit.is_some() && b.high.is_none()
            && matches!(b.kind, NumberKind::Count | NumberKind::Measure | NumberKind::Percent | NumberKind::Duration | NumberKind::Money))
        {
            continue;
        }
        let gap = text.get(a.end..b.start).unwrap_or("x").trim();
        let apart = match (a.value.map(f64::abs), b.value.map(f64::abs)) {
            (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x.max(y) / x.min(y) >= 1000.0,
            _ => false,
        };
        if matches!(gap, "and" | "or" | "," | "to") && !apart {
            a.unit = b.unit.clone();
            a.kind = b.kind;
        }
    }
}

/// Token helpers shared by the readers below.
struct Scan<'d, 't> {
    doc: &'d Doc<'t>,
    /// The token ranges of URLs, e-mail addresses, handles and hashtags, in order (few, so
    /// kept as ranges rather than a flag per token).
    links: Vec<(usize, usize)>,
    n: usize,
}

/// Words other than number words that a number expression can start with: `a dozen`,
/// `half a million`, `point five`, `percent of 10`.
pub(crate) static LEADS: lexicon::WordList = lexicon::WordList::new(16, words!["a", "an", "half", "point", "percent", "percents", "per"]);

/// Every word of the [`NUMBER_MODIFIERS`]: a word before a number that is none of these
/// starts no modifier phrase, and the phrases are not built.
pub(crate) static MODIFIER_WORDS: lexicon::WordList = lexicon::WordList::every_word(21, NUMBER_MODIFIERS);
/// The stack buffer [`Scan::word_modifier_before`] builds its phrases in: longer than every
/// [`NUMBER_MODIFIERS`] entry (a test checks), so a phrase that does not fit is none.
const MODIFIER_BYTES: usize = 32;

impl Scan<'_, '_> {
    /// Whether an expression can start at token `i`: true wherever [`find`] finds one, and
    /// false for most words, which are then passed over with one test. Every reader starts at
    /// a number, a decimal point, a vulgar fraction (`½`), a number word or [`LEADS`] word, a
    /// word with a digit (`USD3`) or a word with a hyphen (`two-thirds`, `half-mile`).
    fn may_start(&self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokKind::Num) => true,
            // Only the core reader starts at a sign: a decimal point before its digits (`.5`),
            // or a vulgar fraction, each more than one byte.
            // (A sign of one byte is read by its byte: a fifth of the tokens are signs.)
            Some(TokKind::Punct) => match self.doc.tokens.get(i).map(|t| t.span()) {
                Some(s) if s.len() == 1 => self.doc.text.as_bytes().get(s.start) == Some(&b'.') && self.is_num(i + 1) && self.glued(i + 1),
                _ => vulgar(self.raw(i)).is_some(),
            },
            Some(TokKind::Word) => {
                let class = self.doc.class(i);
                if class & (numwords::NUMBER_WORDS.bit() | LEADS.bit()) == LEADS.bit() && matches!(self.low(i), "a" | "an") && !self.doc.has(i, crate::text::HYPHEN | crate::text::DIGIT) {
                    return self.a_may_start(i);
                }
                class & (numwords::NUMBER_WORDS.bit() | LEADS.bit()) != 0 || self.doc.has(i, crate::text::HYPHEN | crate::text::DIGIT)
            }
            None => false,
        }
    }

    /// The tokens where [`Self::may_start`] can hold, a bit each: a number, a sign of more
    /// than one byte or a `.`, a word of a number word's or a [`LEADS`] class, or a word with
    /// a hyphen or a digit. Most tokens are none of these, and one pass without branches turns
    /// them all away, where asking each in turn mispredicted a branch at every few tokens.
    fn candidates(&self) -> Vec<u64> {
        let text = self.doc.text.as_bytes();
        self.doc.token_bits(|t, class| match t.kind() {
            TokKind::Num => true,
            TokKind::Punct => t.span().len() > 1 || text.get(t.span().start) == Some(&b'.'),
            TokKind::Word => class & (numwords::NUMBER_WORDS.bit() | LEADS.bit()) != 0 || t.shape() & (crate::text::HYPHEN | crate::text::DIGIT) != 0,
        })
    }

    /// Whether an expression can start at `a` or `an` (token `i`), the most frequent words
    /// [`Self::may_start`] lets through: only [`Self::words`] reads them, and only before a
    /// word it can count with them (`a dozen`, `a third`, `a half`, `a litre`, `a dollar`,
    /// `a km`). Most `a`s are followed by none of these, which their classes tell.
    fn a_may_start(&self, i: usize) -> bool {
        let k = i + 1;
        if !self.is_word(k) {
            return false;
        }
        // Magnitudes, ordinals, `half`, units, currencies, unit symbols in lower case.
        self.doc.class(k) & (numwords::NUMBER_WORDS.bit() | LEADS.bit()) != 0 || self.low(k) == "quarter" || self.may_be_amount(k)
    }

    /// Whether word `k` may be a unit word, a currency word or a unit symbol: false when
    /// [`units::unit_word`], [`units::currency_word`] and [`units::unit_symbol`] of its text,
    /// as written or lower-cased, are all `None` (a test checks), with one AND for most words.
    /// A unit symbol is read in its own case, and with an exponent after it (`km2`, `m²`,
    /// `s-1`, `s⁻¹`): a word with a digit or a letter outside ASCII is let through (the ASCII
    /// letters of a symbol are in AMOUNT_WORDS in lower case).
    fn may_be_amount(&self, k: usize) -> bool {
        self.doc.class(k) & units::AMOUNT_WORDS.bit() != 0 || self.doc.has(k, crate::text::DIGIT) || !self.raw(k).is_ascii()
    }
}

/// Eras written with a year, without their full stops.
const ERAS: &[&str] = &["AD", "BC", "BCE", "CE"];

/// A core value: tokens `s..e`.
#[derive(Clone, Copy, Debug)]
struct Core {
    s: usize,
    e: usize,
    value: f64,
    form: Form,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Form {
    /// Written in digits; `plain` when it has no separator, sign or decimal point.
    Digits { plain: bool, int: bool, ndigits: usize },
    Words,
    Ordinal,
    Fraction,
    /// `hundreds`, `dozens`: an order of magnitude.
    Vague,
}

/// An expression being built: tokens `s..e`.
#[derive(Clone, Debug)]
struct Expr {
    s: usize,
    e: usize,
    value: Option<f64>,
    high: Option<f64>,
    kind: NumberKind,
    unit: Option<String>,
    dim: Option<Dim>,
    modifier: Option<String>,
    /// Read but not reported (a code or a name); its tokens are still consumed.
    skip: bool,
}

impl Expr {
    /// The finding, which takes the expression's strings rather than copying them.
    fn number(self, doc: &Doc) -> Number {
        let span = doc.tokens[self.s].span().cover(doc.tokens[self.e - 1].span());
        Number { start: span.start, end: span.end, kind: self.kind, value: self.value, high: self.high, unit: self.unit, modifier: self.modifier }
    }
}

/// Words that end a look for the counted noun: function words, pronouns, auxiliaries.
/// Ends with the closed classes; open-class words are judged by shape. A class of its own, as
/// the noun finder asks it of every word it passes.
pub(crate) static NOT_NOUNS: lexicon::WordList = lexicon::WordList::new(46, words![
    "and", "or", "but", "nor", "to", "of", "in", "on", "at", "by", "for", "from", "with", "into",
    "onto", "than", "as", "per", "via", "about", "after", "before", "since", "until", "over",
    "under", "between", "among", "against", "across", "through", "during", "without", "within",
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "is", "was", "were", "are",
    "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could",
    "should", "may", "might", "must", "can", "shall", "who", "which", "what", "when", "where",
    "whom", "whose", "why", "how", "he", "she", "they", "we", "you", "i", "his", "her", "their",
    "our", "your", "my", "him", "them", "us", "me", "not", "no", "so", "if", "then", "also",
    "more", "less", "fewer", "most", "least", "each", "every", "all", "both", "some", "any",
    "other", "another", "such", "only", "just", "even", "still", "yet", "up", "down", "out",
    "off", "away", "back", "ago", "later", "earlier", "old", "percent", "thus",
    "always", "perhaps", "besides", "sometimes", "whereas", "unless", "yes", "plus", "minus",
    "versus", "hers", "ours", "yours", "theirs", "ones", "itself", "themselves", "according",
    "said", "says", "say", "told", "tells", "nearly", "almost", "around", "including",
]);

/// Plural nouns that do not end in `s`. Ends with the collective nouns news counts people and
/// animals by.
const IRREGULAR_PLURALS: crate::lexicon::List = words![
    "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep",
    "fish", "feet", "teeth", "mice", "geese", "data", "media", "criteria", "deer", "livestock",
    "troops", "aircraft", "offspring", "clergy", "faculty", "crew", "youth", "poultry",
    "militia", "infantry", "folk", "kin", "swine", "bison", "salmon", "trout", "alumni",
];

/// Words before a number that make it a name or a code rather than a quantity (`Boeing
/// 737` is caught by capitalisation; these are lower case).
const CODE_WORDS: crate::lexicon::List = words!["version", "v", "no", "nos", "number", "route", "room", "page", "pages", "chapter", "section", "article", "line", "channel", "platform", "gate", "flight", "level", "grade", "phase", "stage", "episode", "season", "vol", "p", "pp", "tel", "fax", "ext", "ref", "id", "code", "zip", "www", "http", "https"];

/// Capitalised words before a number that still leave it a quantity (sentence-initial
/// prepositions, months and weekdays are handled by the date finder).
const CAPITAL_LEADS: crate::lexicon::List = words!["Only", "About", "Some", "Nearly", "Almost", "Over", "Under", "Around", "Roughly", "Just", "At", "In", "On", "By", "Of", "To", "From", "With", "And", "But", "Or", "For", "Since", "Until", "Between", "After", "Before", "Than", "Up", "Top", "Page", "US", "UK", "EU", "Rs", "RM", "No", "Number", "Figure", "Table", "Fig", "Aged", "Age"];

/// Verbs of change after which `from X to Y` is two values, not a range.
const CHANGE_VERBS: crate::lexicon::List = words!["rose", "rise", "rises", "fell", "fall", "falls", "grew", "grow", "grows", "jumped", "climbed", "dropped", "declined", "increased", "decreased", "slipped", "surged", "soared", "plunged", "slid", "went", "moved", "cut", "raised", "lowered", "reduced", "boosted", "changed", "up", "down"];

impl<'d, 't> Scan<'d, 't> {
    fn new(doc: &'d Doc<'t>) -> Self {
        let n = doc.tokens.len();
        let toks = &doc.tokens;
        let mut links = Vec::new();
        // A link is a run of tokens without white space that has one of the signs below. Each
        // sign is a character the tokenizer always makes a token of its own (`www.` and
        // `.com` have their `.`; the `.` inside `3.5`, a number, is never before a letter), so
        // only the runs around those tokens are read, not every run of the text: each once,
        // as the scan goes on after the run.
        const SIGNS: [bool; 256] = crate::text::byte_set(b".:@#");
        let mut k = 0;
        while k < n {
            if toks[k].kind() != TokKind::Punct || !doc.text.as_bytes().get(toks[k].span().start).is_some_and(|&c| SIGNS[usize::from(c)]) {
                k += 1;
                continue;
            }
            let mut a = k;
            while a > 0 && !toks[a].space_before() {
                a -= 1;
            }
            let mut b = k + 1;
            while b < n && !toks[b].space_before() {
                b += 1;
            }
            if is_link(&doc.text[toks[a].span().start..toks[b - 1].span().end]) {
                links.push((a, b));
            }
            k = b;
        }
        Scan { doc, links, n }
    }

    /// Whether token `i` lies inside a link.
    fn in_link(&self, i: usize) -> bool {
        let k = self.links.partition_point(|&(_, b)| b <= i);
        self.links.get(k).is_some_and(|&(a, _)| a <= i)
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.doc.tokens.get(i).map(|t| t.kind())
    }

    /// The numbers of a comma-separated list in one token (`22,24,26`), when the token is
    /// not a number with thousands separators or a decimal comma.
    fn comma_list(&self, i: usize) -> Option<Vec<Number>> {
        if !self.is_num(i) || self.in_link(i) || (self.glued(i) && self.is_word(i - 1)) {
            return None;
        }
        let raw = self.raw(i);
        if !raw.contains(',') || raw.contains('.') || parse_digits(raw, false).is_some() {
            return None;
        }
        let start = self.doc.tokens[i].span().start;
        let mut out = Vec::new();
        let mut at = 0;
        for part in raw.split(',') {
            let value = decimal(part);
            out.push(Number { start: start + at, end: start + at + part.len(), kind: NumberKind::Count, value, high: None, unit: None, modifier: None });
            at += part.len() + 1;
        }
        Some(out)
    }
    fn raw(&self, i: usize) -> &'t str {
        self.doc.tok(i)
    }
    fn low(&self, i: usize) -> &str {
        self.doc.low(i)
    }
    /// Token `i` follows token `i - 1` with no space between.
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.doc.tokens.get(i).is_some_and(|t| !t.space_before())
    }
    /// Token `i` starts a new line (or the text).
    fn line_start(&self, i: usize) -> bool {
        i == 0 || self.doc.tokens.get(i).is_some_and(|t| t.newline_before())
    }
    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Num)
    }
    fn capitalised(&self, i: usize) -> bool {
        self.doc.has(i, CAPITALISED)
    }
    /// Token `i` begins a sentence: the first of a line or after `.`, `!`, `?`, `:` or an
    /// opening quote or bracket.
    fn sentence_start(&self, i: usize) -> bool {
        if self.line_start(i) {
            return true;
        }
        let p = self.raw(i - 1);
        matches!(p, "." | "!" | "?" | ":" | ";" | "\"" | "“" | "‘" | "(" | "[" | "—" | "–" | "-" | "•" | "'")
    }
    /// A gap of exactly one thin, narrow or no-break space between tokens `i - 1` and `i`.
    fn thin_gap(&self, i: usize) -> bool {
        if i == 0 || i >= self.n {
            return false;
        }
        let gap = &self.doc.text[self.doc.tokens[i - 1].span().end..self.doc.tokens[i].span().start];
        matches!(gap, "\u{2009}" | "\u{202F}" | "\u{00A0}" | "\u{2007}")
    }

    /// The end of a number written with plain spaces between its groups, as some outlets
    /// write thousands (`120 000 people`, `1 414 021 100`), read from its first group at `i`;
    /// `None` where the groups may be numbers of their own. Only groups of three digits after a
    /// first of one to three (no year, no leading zero); not before more digits (`212 555 7890`
    /// is a telephone number) nor glued to what follows; and two groups only when the second is
    /// `000` or the number counts or measures something after it, as `Of the 15 200 were hurt`
    /// is more likely `15, 200` with a comma lost than 15,200.
    fn spaced_groups(&self, i: usize) -> Option<usize> {
        let first = self.raw(i);
        if !(1..=3).contains(&first.len()) || !all_digits(first) || first.starts_with('0') || !self.gap_is_space(i + 1) {
            return None;
        }
        let mut e = i + 1;
        while e < i + 6 && self.is_num(e) && self.gap_is_space(e) && self.raw(e).len() == 3 && all_digits(self.raw(e)) {
            e += 1;
        }
        let decimal_tail = matches!(self.raw(e), "." | ",") && self.is_num(e + 1) && self.glued(e + 1);
        if e == i + 1 || self.is_num(e) && self.gap_is_space(e) || self.glued(e) && (matches!(self.kind(e), Some(TokKind::Word | TokKind::Num)) || matches!(self.raw(e), "-" | "/" | ":") || decimal_tail) {
            return None;
        }
        if e == i + 2 && self.raw(i + 1) != "000" {
            let counts = self.unit_after(e) || self.head_noun(e, 2.0).is_some() || self.currency_after(e).is_some() || units::unit_symbol(self.raw(e)).is_some();
            if !counts {
                return None;
            }
        }
        Some(e)
    }

    // ----- cores ---------------------------------------------------------------------------

    /// Reads a core value starting at token `i`.
    fn core(&self, i: usize) -> Option<Core> {
        match self.kind(i)? {
            TokKind::Num => self.digits(i),
            TokKind::Punct => {
                let p = self.raw(i);
                if p == "." && self.is_num(i + 1) && self.glued(i + 1) && !(self.is_num(i.wrapping_sub(1)) && self.glued(i)) {
                    let d = self.raw(i + 1);
                    let v = decimal_fraction(d)?;
                    return Some(Core { s: i, e: i + 2, value: v, form: Form::Digits { plain: false, int: false, ndigits: d.len() } });
                }
                let v = vulgar(p)?;
                Some(Core { s: i, e: i + 1, value: v, form: Form::Fraction })
            }
            TokKind::Word => self.words(i),
        }
    }

    /// Digits at token `i`, with thin-space groups, decimal comma, exponent, mixed and
    /// slashed fractions and ordinal suffixes.
    fn digits(&self, i: usize) -> Option<Core> {
        let mut e = i + 1;
        // The token as written; a copy only when groups are joined to it.
        let mut text = std::borrow::Cow::Borrowed(self.raw(i));
        // 1 000 000 with thin or no-break spaces between groups of three.
        while self.is_num(e) && self.thin_gap(e) && self.raw(e).len() == 3 && self.raw(e).bytes().all(|b| b.is_ascii_digit()) && !text.contains('.') {
            let t = text.to_mut();
            t.push(',');
            t.push_str(self.raw(e));
            e += 1;
        }
        if e == i + 1 {
            if let Some(end) = self.spaced_groups(i) {
                for k in e..end {
                    let t = text.to_mut();
                    t.push(',');
                    t.push_str(self.raw(k));
                }
                e = end;
            }
        }
        let euro_hint = self.low(e) == "€" || self.low(e).starts_with("euro") || self.low(i.wrapping_sub(1)) == "€";
        let (mut value, int) = parse_digits(&text, euro_hint)?;
        let plain = text.bytes().all(|b| b.is_ascii_digit());
        let ndigits = text.bytes().filter(|b| b.is_ascii_digit()).count();
        let mut form = Form::Digits { plain, int, ndigits };
        // Exponent: 1e10, 9.83e-3.
        if self.is_word(e) && self.glued(e) {
            let w = self.raw(e);
            if let Some(x) = w.strip_prefix(['e', 'E']).and_then(|x| x.replace('−', "-").parse::<i32>().ok()) {
                value *= 10f64.powi(x.clamp(-300, 300));
                return Some(Core { s: i, e: e + 1, value, form: Form::Digits { plain: false, int: false, ndigits } });
            }
            if (w == "e" || w == "E") && self.raw(e + 1) == "+" && self.glued(e + 1) && self.is_num(e + 2) && self.glued(e + 2) {
                if let Ok(x) = self.raw(e + 2).parse::<i32>() {
                    value *= 10f64.powi(x.clamp(-300, 300));
                    return Some(Core { s: i, e: e + 3, value, form: Form::Digits { plain: false, int: false, ndigits } });
                }
            }
        }
        // Ordinal suffix: 21st, 3rd (and 21st-century, one token after the digits).
        if self.is_word(e) && self.glued(e) && int {
            let w = self.low(e);
            let suffix = w.split(crate::text::is_hyphen).next().unwrap_or("");
            let want = match (value as u64 % 100, value as u64 % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            if suffix == want {
                return Some(Core { s: i, e: e + 1, value, form: Form::Ordinal });
            }
        }
        // Slashed fraction 1/2, mixed 2 1/2; a third part makes it a date.
        if self.raw(e) == "/" && self.glued(e) && self.is_num(e + 1) && self.glued(e + 1) && int && !(self.raw(e + 2) == "/" && self.glued(e + 2)) {
            let den = decimal(self.raw(e + 1)).filter(|d| *d > 0.0)?;
            // Denominators of fractions people write; 9/11 and 24/7 are names.
            let common = den <= 10.0 || [12.0, 16.0, 20.0, 32.0, 64.0, 100.0, 1000.0].contains(&den) || value == 1.0;
            if value <= den && common {
                return Some(Core { s: i, e: e + 2, value: value / den, form: Form::Fraction });
            }
            return None;
        }
        if int && plain && text.len() <= 3 && self.is_num(e) && !self.glued(e) && self.raw(e + 1) == "/" && self.glued(e + 1) && self.is_num(e + 2) && self.glued(e + 2) {
            let a = decimal(self.raw(e));
            let b = decimal(self.raw(e + 2)).filter(|b| *b > 0.0);
            if let (Some(a), Some(b)) = (a, b) {
                if a < b && !(self.raw(e + 3) == "/" && self.glued(e + 3)) {
                    return Some(Core { s: i, e: e + 3, value: value + a / b, form: Form::Fraction });
                }
            }
        }
        // 5 and a half
        if int && self.low(e) == "and" && matches!(self.low(e + 1), "a" | "an") && matches!(self.low(e + 2), "half" | "quarter") {
            value += if self.low(e + 2) == "half" { 0.5 } else { 0.25 };
            return Some(Core { s: i, e: e + 3, value, form: Form::Words });
        }
        // 2½
        if let Some(f) = self.doc.tokens.get(e).filter(|_| self.glued(e)).and_then(|_| vulgar(self.raw(e))) {
            value += f;
            form = Form::Fraction;
            e += 1;
        }
        Some(Core { s: i, e, value, form })
    }

    /// Number words at token `i`: cardinals with magnitudes, `a dozen`, `two-thirds`,
    /// `one and a half`, `two point five`, ordinals, vague plurals.
    fn words(&self, i: usize) -> Option<Core> {
        let w = self.low(i);
        // A word without a hyphen (its shape tells) splits at none below.
        let hyphen = self.doc.has(i, crate::text::HYPHEN);
        // Single-token fractions: two-thirds, one-half.
        if let Some(v) = hyphen.then(|| numwords::hyphenated_fraction(w)).flatten() {
            return Some(Core { s: i, e: i + 1, value: v, form: Form::Fraction });
        }
        // a / an + magnitude or fraction: a dozen, a hundred, a third, a half.
        if (w == "a" || w == "an") && self.is_word(i + 1) {
            let n = self.low(i + 1);
            if let Some(m) = numwords::magnitude(n).filter(|_| !n.ends_with('s')) {
                let mut c = Core { s: i, e: i + 2, value: m, form: Form::Words };
                self.cardinal_tail(&mut c);
                return Some(c);
            }
            if let Some((d, false)) = numwords::denominator(n) {
                if n != "second" && !(n == "quarter" && self.time_unit_follows(i + 2)) {
                    return Some(Core { s: i, e: i + 2, value: 1.0 / d, form: Form::Fraction });
                }
            }
            // a litre, a kilogram, a dollar; a time word only in a compound (an hour and a half).
            let unit = units::unit_word(n).map(|(_, d)| d).or_else(|| units::unit_symbol(self.raw(i + 1)).map(|(_, d)| d).filter(|_| self.raw(i + 1).len() > 1));
            let money = units::currency_word(n).is_some() && !matches!(n, "real" | "won" | "rand" | "mark" | "marks" | "sen" | "quarter" | "nickels" | "dimes");
            let compound = self.low(i + 2) == "and" && (matches!(self.low(i + 3), "a" | "an") && self.low(i + 4) == "half" || self.is_num(i + 3) || numwords::small_cardinal(self.low(i + 3)).is_some());
            let ok = match unit {
                Some(Dim::Time) => compound && !n.ends_with('s'),
                Some(Dim::Temperature) | Some(Dim::Percent) => false,
                Some(_) => !n.ends_with('s') && !matches!(n, "stone" | "cup" | "bit" | "second" | "foot" | "yard" | "ton" | "barrel" | "pint" | "quart" | "degree"),
                None => money && !n.ends_with('s'),
            };
            if ok && (!self.capitalised(i + 1) || n == "pound") {
                return Some(Core { s: i, e: i + 1, value: 1.0, form: Form::Words });
            }
            return None;
        }
        if w == "half" {
            // half a million, half a dozen
            if matches!(self.low(i + 1), "a" | "an") {
                if let Some(m) = numwords::magnitude(self.low(i + 2)).filter(|_| !self.low(i + 2).ends_with('s')) {
                    return Some(Core { s: i, e: i + 3, value: 0.5 * m, form: Form::Words });
                }
            }
            return Some(Core { s: i, e: i + 1, value: 0.5, form: Form::Fraction });
        }
        if let Some((a, b)) = hyphen.then(|| w.split_once(crate::text::is_hyphen)).flatten() {
            if matches!(a, "half" | "quarter") && units::unit_word(b).is_some_and(|(_, d)| d != Dim::Time) {
                return Some(Core { s: i, e: i + 1, value: if a == "half" { 0.5 } else { 0.25 }, form: Form::Fraction });
            }
        }
        if w == "point" && (self.is_word(i + 1) || self.is_num(i + 1)) && !self.glued(i + 1) {
            // point five, point 77: a decimal with no integer part.
            let (frac, e) = self.decimal_words(i + 1)?;
            return Some(Core { s: i, e, value: frac, form: Form::Words });
        }
        // Below, every reading starts with a word that `vague_plural`, `ordinal`,
        // `small_cardinal` or `magnitude` knows: a NUMBER_WORDS word. The others (the leads,
        // words with a hyphen or a digit) are turned away by their classes.
        if !self.doc.is(i, &numwords::NUMBER_WORDS) {
            return None;
        }
        if let Some(v) = numwords::vague_plural(w) {
            // tens of thousands, hundreds of millions
            if self.low(i + 1) == "of" {
                if let Some(m) = numwords::vague_plural(self.low(i + 2)) {
                    return Some(Core { s: i, e: i + 3, value: v * m, form: Form::Vague });
                }
            }
            if w == "tens" || w == "scores" {
                return None;
            }
            return Some(Core { s: i, e: i + 1, value: v, form: Form::Vague });
        }
        if let Some(v) = self.ordinal_at(i) {
            return Some(v);
        }
        // Cardinal sequence.
        let first = numwords::small_cardinal(w).map(|v| v as f64).or_else(|| numwords::magnitude(w).filter(|_| !w.ends_with('s') && w != "doz"))?;
        let mut c = Core { s: i, e: i + 1, value: first, form: Form::Words };
        if numwords::magnitude(w).is_none() {
            // fifty two, fifty - two
            if first >= 20.0 && first % 10.0 == 0.0 {
                let (j, sep) = if self.raw(i + 1) == "-" || self.raw(i + 1) == "—" || self.raw(i + 1) == "–" { (i + 2, true) } else { (i + 1, false) };
                if let Some(u) = numwords::small_cardinal(self.low(j)).filter(|u| (1..10).contains(u)) {
                    if !sep || self.doc.tokens[i + 1].space_before() == self.doc.tokens[j].space_before() {
                        c.value += u as f64;
                        c.e = j + 1;
                    }
                } else if let Some(o) = numwords::ordinal(self.low(j)).filter(|o| *o < 10.0) {
                    if !sep || self.doc.tokens[i + 1].space_before() == self.doc.tokens[j].space_before() {
                        return Some(Core { s: i, e: j + 1, value: first + o, form: Form::Ordinal });
                    }
                }
            }
        }
        self.cardinal_tail(&mut c);
        Some(c)
    }

    /// An ordinal word at `i`: `first`, `twenty-first`.
    fn ordinal_at(&self, i: usize) -> Option<Core> {
        let v = numwords::ordinal(self.low(i))?;
        Some(Core { s: i, e: i + 1, value: v, form: Form::Ordinal })
    }

    fn time_unit_follows(&self, j: usize) -> bool {
        let w = if self.low(j) == "of" { self.low(j + 2).trim_start_matches("an ") } else { self.low(j) };
        units::unit_word(w).is_some_and(|(_, d)| d == Dim::Time) || units::unit_word(self.low(j + 1)).is_some_and(|(_, d)| d == Dim::Time && self.low(j) == "of")
    }

    /// Continues a cardinal: magnitudes (`three hundred thousand`), `and` before the last
    /// part (`one hundred and six`), `point` decimals, fractions (`two thirds`, `and a half`).
    fn cardinal_tail(&self, c: &mut Core) {
        let mut total = 0.0;
        let mut current = c.value;
        let mut last_was_magnitude = numwords::magnitude(self.low(c.e - 1)).is_some();
        let mut j = c.e;
        for _ in 0..16 {
            let w = self.low(j);
            if !self.is_word(j) && w != "-" {
                break;
            }
            let plural_magnitude = || w.strip_suffix('s').and_then(numwords::magnitude).filter(|_| current > 1.0);
            if let Some(m) = numwords::magnitude(w).filter(|_| !w.ends_with('s') || current > 1.0).or_else(plural_magnitude) {
                if m == 100.0 {
                    current = if current == 0.0 { 100.0 } else { current * 100.0 };
                } else if m == 12.0 {
                    current = current.max(1.0) * 12.0;
                } else if m > current && current > 0.0 || current == 0.0 {
                    total += current.max(1.0) * m;
                    current = 0.0;
                } else {
                    break;
                }
                last_was_magnitude = true;
                j += 1;
                c.e = j;
                continue;
            }
            // and / & between parts: one hundred and six
            if (w == "and" || w == "&") && last_was_magnitude {
                if let Some(v) = numwords::small_cardinal(self.low(j + 1)) {
                    if numwords::denominator(self.low(j + 2)).is_none() {
                        current += v as f64;
                        j += 2;
                        c.e = j;
                        last_was_magnitude = false;
                        self.tens_unit(v as f64, &mut current, &mut j, c);
                        continue;
                    }
                }
            }
            if let Some(v) = numwords::small_cardinal(w) {
                // twenty-one trillion three hundred: a new part after a magnitude only.
                if last_was_magnitude {
                    current += v as f64;
                    j += 1;
                    c.e = j;
                    last_was_magnitude = false;
                    self.tens_unit(v as f64, &mut current, &mut j, c);
                    continue;
                }
            }
            break;
        }
        c.value = total + current;
        // point five
        if self.low(c.e) == "point" {
            if let Some((f, e)) = self.decimal_words(c.e + 1) {
                c.value += f;
                c.e = e;
                return;
            }
        }
        // two thirds, three quarters (plural after more than one), one fifth; five - eighths,
        // a hyphen with a space on both sides (or neither), as in `fifty - two`.
        let spaced_hyphen = matches!(self.raw(c.e), "-" | "–" | "—") && self.is_word(c.e + 1)
            && self.doc.tokens.get(c.e).map(|t| t.space_before()) == self.doc.tokens.get(c.e + 1).map(|t| t.space_before());
        let k = if spaced_hyphen { c.e + 1 } else { c.e };
        if let Some((den, plural)) = numwords::denominator(self.low(k)) {
            let ok = if c.value == 1.0 { !plural } else { plural };
            if ok && c.value > 0.0 && !(den == 4.0 && self.time_unit_follows(k + 1)) {
                c.value /= den;
                c.e = k + 1;
                c.form = Form::Fraction;
                return;
            }
        }
        // and a half, and three quarters
        if self.low(c.e) == "and" {
            let k = c.e + 1;
            let (n, dj) = match self.low(k) {
                "a" | "an" | "one" => (1.0, k + 1),
                x => match numwords::small_cardinal(x) {
                    Some(v) => (v as f64, k + 1),
                    None => (1.0, k),
                },
            };
            if let Some((den, _)) = numwords::denominator(self.low(dj)) {
                c.value += n / den;
                c.e = dj + 1;
            }
        }
    }

    /// forty eight after forty.
    fn tens_unit(&self, t: f64, current: &mut f64, j: &mut usize, c: &mut Core) {
        if (20.0..100.0).contains(&t) && t % 10.0 == 0.0 {
            if let Some(u) = numwords::small_cardinal(self.low(*j)).filter(|u| (1..10).contains(u)) {
                *current += u as f64;
                *j += 1;
                c.e = *j;
            }
        }
    }

    /// The digits after `point`, in words (`zero three`, `seventy-one`) or digits (`77`).
    fn decimal_words(&self, j: usize) -> Option<(f64, usize)> {
        if self.is_num(j) {
            let d = self.raw(j);
            return Some((decimal_fraction(d)?, j + 1));
        }
        let mut digits = String::new();
        let mut k = j;
        while k < j + 6 {
            match numwords::small_cardinal(self.low(k)) {
                Some(v) if v < 10 => digits.push_str(&v.to_string()),
                Some(v) if v < 100 && digits.is_empty() => digits.push_str(&v.to_string()),
                _ => break,
            }
            k += 1;
        }
        if digits.is_empty() {
            return None;
        }
        Some((decimal_fraction(&digits)?, k))
    }

    // ----- expressions ---------------------------------------------------------------------

    /// The whole expression whose core starts at token `i`; `floor` is the first token the
    /// expression may reach back to.
    fn expression(&self, i: usize, floor: usize) -> Option<Expr> {
        if self.in_link(i) {
            return None;
        }
        // Currency codes glued to digits: USD3.14, Rs20, RM42.
        if let Some(x) = self.code_glued(i) {
            return Some(x);
        }
        if let Some(x) = self.hyphen_compound(i, floor) {
            return Some(x);
        }
        if let Some(x) = self.percent_first(i) {
            return Some(x);
        }
        let core = self.core(i)?;
        let mut x = Expr { s: core.s, e: core.e, value: Some(core.value), high: None, kind: NumberKind::Count, unit: None, dim: None, modifier: None, skip: false };
        // Before the code test, which takes `300BC` for a code.
        if let Some(era) = self.era_year(&core, floor) {
            return Some(era);
        }
        if let Some(mut r) = self.ratio(&core) {
            self.prefix(&core, &mut r, floor);
            return Some(r);
        }
        if self.unit_hyphen_range(&core, &mut x) {
            self.prefix(&core, &mut x, floor);
            return Some(x);
        }
        if let Some(e) = self.address_end(&core).or_else(|| self.phone_end(&core)) {
            (x.e, x.skip) = (e, true);
            return Some(x);
        }
        if let Form::Digits { .. } = core.form {
            if let Some(skip) = self.code_like(&core) {
                x.skip = skip;
                if skip {
                    x.e = self.code_end(core.e);
                    return Some(x);
                }
            }
        }
        if matches!(core.form, Form::Words | Form::Ordinal | Form::Fraction | Form::Vague) && !self.word_number_ok(&core) {
            return None;
        }
        match core.form {
            Form::Ordinal => {
                x.kind = NumberKind::Ordinal;
                if self.low(core.e - 1).contains('-') && self.is_num(core.s) {
                    // 21st-century
                    x.unit = self.low(core.e - 1).split_once('-').map(|(_, u)| u.to_string());
                }
            }
            Form::Fraction => x.kind = NumberKind::Fraction,
            _ => {}
        }
        // nine out of 10 (people), one in five
        let proportion = if self.low(core.e) == "out" && self.low(core.e + 1) == "of" {
            Some(core.e + 2)
        } else if self.low(core.e) == "in" && core.value <= 100.0 {
            Some(core.e + 1)
        } else {
            None
        };
        if let (Some(k), true) = (proportion, matches!(core.form, Form::Digits { int: true, .. } | Form::Words)) {
            let year_like = |c: &Core| matches!(c.form, Form::Digits { ndigits: 4, .. });
            if let Some(c2) = self.core(k).filter(|c| matches!(c.form, Form::Digits { int: true, .. } | Form::Words) && c.value >= core.value && c.value <= 1000.0 && !year_like(c) && !self.unit_after(c.e) && units::unit_word(self.low(c.e)).is_none()) {
                x.kind = NumberKind::Fraction;
                x.value = Some(core.value / c2.value);
                x.e = c2.e;
                if let Some(h) = self.head_noun(c2.e, 2.0) {
                    x.e = h + 1;
                    x.unit = Some(self.low(h).to_string());
                }
                self.prefix(&core, &mut x, floor);
                return Some(x);
            }
        }
        if core.form == Form::Ordinal && self.is_word(core.s) && self.low(core.e) == "of" {
            // a tenth of a gallon
            if let Some((ue, unit, dim)) = self.unit_at(core.e, &core).filter(|(_, _, d)| *d != Dim::Time) {
                if let Some(d) = numwords::denominator(self.low(core.s)).map(|(d, _)| d) {
                    x.value = Some(1.0 / d);
                    x.e = ue;
                    x.unit = Some(unit);
                    x.dim = Some(dim);
                    x.kind = NumberKind::Measure;
                }
            }
        }
        if core.form != Form::Ordinal {
            self.suffix(&core, &mut x);
        }
        self.prefix(&core, &mut x, floor);
        if core.form != Form::Ordinal {
            self.range(&core, &mut x, floor);
        }
        self.classify_year(&core, &mut x);
        self.apposed_age(&core, &mut x);
        // 65 or older, five or more, 15 or less: an open bound written after the number.
        if self.low(x.e) == "or" && matches!(self.low(x.e + 1), "more" | "less" | "fewer" | "older" | "younger" | "higher" | "lower" | "above" | "below" | "over" | "under" | "greater") && x.kind != NumberKind::Year {
            if x.modifier.is_none() {
                x.modifier = Some(format!("or {}", self.low(x.e + 1)));
            }
            x.e += 2;
        }
        if x.kind == NumberKind::Count && x.unit.is_none() && core.form == Form::Words && core.e - core.s == 1 && x.modifier.is_none() && x.s == core.s && self.low(core.s) == "one" {
            // `one` alone is a pronoun as often as a number: keep it only before a noun.
            if !self.is_word(core.e) || self.doc.is(core.e, &NOT_NOUNS) && self.low(core.e) != "of" {
                return None;
            }
        }
        Some(x)
    }

    /// `percent of 20`, `per cent of twenty-two` with no number before the percent word: the
    /// percent-first order of word-for-word translations (百分之二十, "hundred-parts-of
    /// twenty"), read as 20 percent. Not where `percent` is a noun with a determiner or an
    /// adjective (`a small percent of 10 homes`, `what percent of 80`), nor where the number
    /// counts something or has a unit (`percent of 500 voters` is a share of a total), nor
    /// before a year (`in percent of 2019 output`).
    fn percent_first(&self, i: usize) -> Option<Expr> {
        let k = match self.low(i) {
            "percent" | "percents" => i + 1,
            "per" if self.low(i + 1) == "cent" => i + 2,
            _ => return None,
        };
        if !self.is_word(i) || self.low(k) != "of" {
            return None;
        }
        if i > 0 {
            let p = self.low(i - 1);
            let noun_use = matches!(p, "a" | "an" | "the" | "what" | "which" | "this" | "that" | "each" | "every" | "any" | "some" | "no" | "its" | "their" | "his" | "her" | "our" | "your" | "my" | "whose")
                || is_adjective_like(p) || p.ends_with("er") || p.ends_with("'s") || p.ends_with("’s");
            if self.is_num(i - 1) || numwords::is_number_word(p) || noun_use {
                return None;
            }
        }
        let c = self.core(k + 1)?;
        match c.form {
            Form::Digits { plain, int, ndigits } => {
                let year = plain && int && ndigits == 4 && (1000.0..=2100.0).contains(&c.value);
                if year || self.code_like(&c).is_some() {
                    return None;
                }
            }
            Form::Words if self.word_number_ok(&c) => {}
            _ => return None,
        }
        let mut x = Expr { s: i, e: c.e, value: Some(c.value), high: None, kind: NumberKind::Percent, unit: Some("percent".into()), dim: Some(Dim::Percent), modifier: None, skip: false };
        // percent of 10 million
        self.magnitude_suffix(&c, &mut x);
        if self.unit_after(x.e) || self.head_noun(x.e, c.value).is_some() {
            return None;
        }
        Some(x)
    }

    /// A number joined to its unit by a hyphen, as an adjective: `40-mile`, `six-mile`,
    /// `12-year-old`, `two-year`, `10-gallon`, `three-ton`.
    fn hyphen_compound(&self, i: usize, floor: usize) -> Option<Expr> {
        let (value, unit_word, e, whole) = if self.is_num(i) {
            if !(self.raw(i + 1) == "-" && self.glued(i + 1) && self.is_word(i + 2) && self.glued(i + 2)) {
                return None;
            }
            if self.glued(i) && matches!(self.kind(i - 1), Some(TokKind::Word | TokKind::Num)) {
                return None;
            }
            let (v, _) = parse_digits(self.raw(i), false)?;
            (v, self.low(i + 2), i + 3, self.low(i + 2))
        } else if self.is_word(i) {
            let w = self.low(i);
            // three-quarters of the forest: a fraction, not three quarters of a year.
            if !self.doc.has(i, crate::text::HYPHEN) || numwords::hyphenated_fraction(w).is_some() {
                return None;
            }
            let (a, rest) = w.split_once(crate::text::is_hyphen)?;
            let v = numwords::small_cardinal(a)? as f64;
            (v, rest, i + 1, rest)
        } else {
            return None;
        };
        let head = unit_word.split(crate::text::is_hyphen).next().unwrap_or("");
        let raw_head = if self.is_num(i) { self.raw(i + 2).split(crate::text::is_hyphen).next().unwrap_or("") } else { head };
        let noun = self.is_num(i) && head.len() >= 3 && head.chars().all(|c| c.is_lowercase()) && raw_head.chars().all(|c| c.is_lowercase()) && !NOT_NOUNS.contains(head);
        let (unit, dim) = units::unit_word(head)
            .map(|(c, d)| (c.to_string(), d))
            .or_else(|| units::unit_symbol(raw_head).filter(|_| self.is_num(i)).map(|(c, d)| (c.to_string(), d)))
            .or_else(|| units::currency_word(head).map(|c| (c.to_string(), Dim::Money)))
            .or_else(|| noun.then(|| (head.to_string(), Dim::Other)))?;
        let kind = if whole.ends_with("-old") {
            NumberKind::Age
        } else if units::unit_word(head).is_none() && units::currency_word(head).is_none() && units::unit_symbol(raw_head).is_none() {
            NumberKind::Count
        } else {
            match dim {
                Dim::Time => NumberKind::Duration,
                Dim::Money => NumberKind::Money,
                _ => NumberKind::Measure,
            }
        };
        let mut x = Expr { s: i, e, value: Some(value), high: None, kind, unit: Some(unit), dim: Some(dim), modifier: None, skip: false };
        if let Some((m, start)) = self.modifier_before(i, floor) {
            x.modifier = Some(m);
            x.s = start;
        }
        Some(x)
    }

    /// Whether digits are part of a name, a code, a phone number or a time rather than a
    /// quantity: `Some(true)` skip them, `None` read on.
    fn code_like(&self, c: &Core) -> Option<bool> {
        let i = c.s;
        let prev = i.wrapping_sub(1);
        if self.is_num(i) && matches!(self.raw(prev), "-" | "/" | ":") && self.glued(i) && self.is_num(i.wrapping_sub(2)) && self.glued(prev) {
            return Some(true);
        }
        self.code_like_ahead(c)
    }

    /// [`Self::code_like`] without looking at the tokens before: for the second value of a
    /// range.
    fn code_like_ahead(&self, c: &Core) -> Option<bool> {
        let i = c.s;
        if !self.is_num(i) {
            return None;
        }
        let prev = i.wrapping_sub(1);
        // Identifiers (tweet and record ids): a plain run of more than fifteen digits.
        if let Form::Digits { plain: true, ndigits, .. } = c.form {
            if ndigits > 15 {
                return Some(true);
            }
        }
        // Glued to a word before it: A4-size, MP3 (already one token), v2.
        if self.glued(i) && self.is_word(prev) {
            return Some(true);
        }
        // Glued to a word after it that is no unit, magnitude or suffix: 4a, 5G, 3D.
        if self.glued(c.e) && self.is_word(c.e) {
            let w = self.raw(c.e);
            let known = units::unit_symbol(w).is_some() || units::unit_word(w).is_some()
                || numwords::MAGNITUDE_ABBREVIATIONS.iter().any(|(k, _)| *k == w && *k != "G")
                || units::currency_code(w).is_some() || units::currency_abbreviation(w).is_some()
                || units::currency_word(w).is_some() || numwords::magnitude(w).is_some()
                || (w == "s" || w == "am" || w == "pm" || w == "a" || w == "p" || w == "h" || w.starts_with('h'))
                || matches!(w, "mil" | "bil" | "tln" | "b" | "in" | "st" | "bp" | "bps")
                || self.low(c.e) == "percent"
                || (units::DOLLAR_PREFIXES.iter().any(|(p, _)| *p == w) && self.raw(c.e + 1) == "$");
            if !known {
                return Some(true);
            }
        }
        // Times and ratios 17:00, 3:1; codes joined by hyphens or dots: 650-650-6500.
        if self.raw(c.e) == ":" && self.glued(c.e) && self.is_num(c.e + 1) && self.glued(c.e + 1) {
            return Some(true);
        }
        if matches!(self.raw(c.e), "-" | "." | "/") && self.glued(c.e) && self.is_num(c.e + 1) && self.glued(c.e + 1)
            && matches!(self.raw(c.e + 2), "-" | "." | "/") && self.glued(c.e + 2) && self.is_num(c.e + 3) && self.glued(c.e + 3) {
            return Some(true);
        }
        let lp = self.low(prev);
        if i > 0 && self.is_word(prev) && !self.glued(i) && lexicon::contains(CODE_WORDS, lp) {
            return Some(true);
        }
        // No. 2, Vol. 3, p. 12
        if lp == "." && matches!(self.low(i.wrapping_sub(2)), "no" | "nos" | "vol" | "p" | "pp" | "art" | "sec" | "ch" | "fig") && self.glued(prev) {
            return Some(true);
        }
        // A capitalised word before a plain integer names a model, a road, a team:
        // Boeing 737, Apollo 11, Windows 10.
        if let Form::Digits { plain: true, int: true, .. } = c.form {
            let mixed = self.raw(prev).chars().skip(1).any(|c| c.is_uppercase()) && self.raw(prev).chars().next().is_some_and(|c| c.is_lowercase());
            if i > 0 && self.is_word(prev) && (self.capitalised(prev) && !self.sentence_start(prev) || mixed) && !self.glued(i)
                && !CAPITAL_LEADS.has(self.raw(prev)) && self.doc.class(prev) & (lexicon::MONTHS.bit() | lexicon::WEEKDAYS.bit()) == 0 && !self.raw(prev).chars().all(|c| c.is_uppercase())
                && units::unit_symbol(self.raw(prev)).is_none()
                && !self.unit_after(c.e) {
                return Some(true);
            }
        }
        None
    }

    /// A house number before its street: `1600 Pennsylvania Avenue`, `221 Baker Street`, `42
    /// West 23rd St`. The end of the street's name, which is read with the number and not
    /// reported: up to four capitalised words, initials (`N.`) or ordinals, then a street
    /// word. Not before a plural the number counts: `100 Wall Street bankers`.
    fn address_end(&self, c: &Core) -> Option<usize> {
        let Form::Digits { plain: true, int: true, ndigits } = c.form else { return None };
        if ndigits > 5 || !self.is_num(c.s) || self.glued(c.e) {
            return None;
        }
        let mut k = c.e;
        let mut names = 0;
        while names < 5 && !self.glued(k) {
            if self.is_word(k) && self.capitalised(k) {
                if names > 0 && lexicon::contains(STREET_WORDS, self.raw(k)) {
                    return self.head_noun(k + 1, 2.0).is_none().then_some(k + 1);
                }
                k += 1;
                // N. Main St.
                if self.raw(k) == "." && self.glued(k) && self.raw(k - 1).len() == 1 {
                    k += 1;
                }
            } else if self.is_num(k) && self.glued(k + 1) && matches!(self.low(k + 1), "st" | "nd" | "rd" | "th") {
                k += 2;
            } else {
                return None;
            }
            names += 1;
        }
        None
    }

    /// A telephone number read from its first group of digits, and its end: `(212) 555-7890`,
    /// `555-7890`, `+1 212 555 7890`, `020 7946 0958`, `212 555 7890`. A group of three, a
    /// hyphen and a group of four is a range when the four end in a zero (`150-1200`) or count
    /// something (`150-1234 units`), unless a word for a telephone comes just before.
    fn phone_end(&self, c: &Core) -> Option<usize> {
        let Form::Digits { plain, int: true, ndigits } = c.form else { return None };
        let i = c.s;
        // A country code keeps its `+` in the token: +1, +44.
        let plus = self.raw(i).starts_with('+');
        if !self.is_num(i) || c.e != i + 1 || !(plain || plus && all_digits(&self.raw(i)[1..])) {
            return None;
        }
        // The local part after an area code: 555-7890, 555.7890, 555 7890.
        let local = |k: usize| -> Option<usize> {
            let a = self.raw(k);
            if !(self.is_num(k) && a.len() == 3 && all_digits(a)) {
                return None;
            }
            if self.is_num(k + 1) && self.gap_is_space(k + 1) {
                return (self.raw(k + 1).len() == 4 && all_digits(self.raw(k + 1))).then_some(k + 2);
            }
            let b = self.raw(k + 2);
            (matches!(self.raw(k + 1), "-" | ".") && self.glued(k + 1) && self.glued(k + 2) && self.is_num(k + 2) && b.len() == 4 && all_digits(b)).then_some(k + 3)
        };
        // (212) 555-7890
        if ndigits == 3 && self.raw(i.wrapping_sub(1)) == "(" && self.glued(i) && self.raw(i + 1) == ")" && self.glued(i + 1) && !self.glued(i + 2) {
            return local(i + 2);
        }
        // 555-7890, not after a group (212-555-7890 is a code) nor before one.
        if ndigits == 3 && self.raw(i + 1) == "-" && !(matches!(self.raw(i.wrapping_sub(1)), "-" | ".") && self.glued(i)) {
            let e = local(i)?;
            let cue = (i.saturating_sub(3)..i).any(|k| lexicon::contains(PHONE_WORDS, self.low(k)));
            let round = self.raw(i + 2).ends_with('0');
            let more = matches!(self.raw(e), "-" | "." | "/") && self.glued(e) && self.is_num(e + 1);
            let counts = self.unit_after(e) || self.head_noun(e, 2.0).is_some();
            return ((cue || !round && !counts) && !more).then_some(e);
        }
        // Groups apart by single spaces: three or more, led by a `+` or a zero, or 3-3-4.
        let mut e = i + 1;
        while e < i + 6 && self.is_num(e) && self.gap_is_space(e) && all_digits(self.raw(e)) {
            e += 1;
        }
        let groups = e - i;
        let led = plus || self.raw(i.wrapping_sub(1)) == "+" && self.glued(i) || self.raw(i).starts_with('0') && ndigits > 1;
        let nanp = groups == 3 && ndigits == 3 && self.raw(i + 1).len() == 3 && self.raw(i + 2).len() == 4;
        let open = !(self.glued(e) && matches!(self.kind(e), Some(TokKind::Word | TokKind::Num)));
        ((groups >= 3 && led || nanp) && open).then_some(e)
    }

    /// Whether exactly one space (U+0020) stands between tokens `k - 1` and `k`.
    fn gap_is_space(&self, k: usize) -> bool {
        let (Some(a), Some(b)) = (self.doc.tokens.get(k.wrapping_sub(1)), self.doc.tokens.get(k)) else { return false };
        self.doc.text.get(a.span().end..b.span().start) == Some(" ")
    }

    /// The end of a code that starts with digits: through glued digits, letters and joiners.
    fn code_end(&self, mut e: usize) -> usize {
        let stop = e + 8;
        while e < self.n && e < stop && self.glued(e) && (self.is_num(e) || self.is_word(e) || matches!(self.raw(e), "-" | "." | "/" | ":")) {
            if matches!(self.raw(e), "." | ":" | "-" | "/") && !(self.glued(e + 1) && (self.is_num(e + 1) || self.is_word(e + 1))) {
                break;
            }
            e += 1;
        }
        e
    }

    fn unit_after(&self, e: usize) -> bool {
        let w = self.raw(e);
        units::unit_word(w).is_some() || units::currency_word(w).is_some() || self.percent_at(e).is_some() || numwords::magnitude(w).is_some()
    }

    /// Whether a core in words (or an ordinal, a fraction word, a vague plural) reads as a
    /// number here rather than as part of a name or a pronoun.
    fn word_number_ok(&self, c: &Core) -> bool {
        let i = c.s;
        let w = self.low(i);
        if self.in_link(i) {
            return false;
        }
        // Inside a name: Formula One, Air Force One, Three Gorges, Big Four.
        if self.is_word(i) && self.capitalised(i) && w != "a" && w != "an" {
            let prev_name = i > 0 && self.is_word(i - 1) && self.capitalised(i - 1) && !self.sentence_start(i - 1);
            let next_name = self.is_word(c.e) && self.capitalised(c.e) && !is_month_or_weekday(self.low(c.e));
            if prev_name || (next_name && !self.sentence_start(i)) {
                return false;
            }
        }
        let prev = if i > 0 { self.low(i - 1) } else { "" };
        let next = self.low(c.e);
        match c.form {
            Form::Ordinal => {
                if self.is_num(c.s) {
                    return true;
                }
                // I second that; to second a motion; a second (of time).
                if w == "second" && (matches!(prev, "i" | "we" | "you" | "they" | "to" | "will" | "would" | "a" | "one" | "per" | "split") || next == "that") {
                    return false;
                }
                true
            }
            Form::Fraction => {
                if w == "half" {
                    // half of, half a, half an hour, half the; more than half
                    let ok_next = matches!(next, "of" | "a" | "an" | "the" | "its" | "their" | "his" | "her") || units::unit_word(next).is_some() || units::unit_word(self.low(c.e).trim_end_matches('s')).is_some();
                    let ok_prev = lexicon::contains(NUMBER_MODIFIERS, prev) || matches!(prev, "than" | "about" | "nearly" | "almost" | "and");
                    return ok_next || ok_prev;
                }
                true
            }
            Form::Vague => next == "of" || next == "more" || matches!(prev, "several" | "many" | "tens" | "hundreds" | "thousands") || (self.is_word(c.e) && next.ends_with('s') && !NOT_NOUNS.contains(next)),
            _ => {
                if w == "one" && c.e - c.s == 1 {
                    // no one, the one, this one, one another, one's
                    if matches!(prev, "no" | "the" | "this" | "that" | "which" | "any" | "every" | "each" | "some" | "someone" | "only" | "last" | "next" | "little" | "such" | "what" | "whichever" | "another" | "everyone" | "at" | "as") {
                        return false;
                    }
                    let bound = matches!(prev, "than" | "about" | "nearly" | "almost" | "only" | "just" | "within" | "for" | "after" | "over" | "under");
                    if matches!(next, "another" | "'s" | "’s" | "s" | "way" | "thing") || next == "day" && !bound {
                        return false;
                    }
                }
                // nil, naught alone are words before a score or an idiom only in numerals.
                true
            }
        }
    }

    /// `USD3.14`, `Rs20`, `RM42`: a currency code glued to digits in one word token.
    fn code_glued(&self, i: usize) -> Option<Expr> {
        if !self.is_word(i) {
            return None;
        }
        let w = self.raw(i);
        let split = w.find(|c: char| c.is_ascii_digit())?;
        let (code, digits) = w.split_at(split);
        let (code, prefix) = match units::currency_code(code) {
            Some(c) => (c, false),
            None => (units::GLUED_CURRENCY_PREFIXES.iter().find(|(p, _)| *p == code)?.1, true),
        };
        // R200m, Sh3bn: a magnitude in the same word.
        let (digits, abbr) = digits.split_at(digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len()));
        let scale = match abbr {
            "" => 1.0,
            "m" | "mn" => 1e6,
            "bn" => 1e9,
            "tn" => 1e12,
            _ => return None,
        };
        let mut e = i + 1;
        let mut text = digits.to_string();
        if self.raw(e) == "." && self.glued(e) && self.is_num(e + 1) && self.glued(e + 1) {
            text.push('.');
            text.push_str(self.raw(e + 1));
            e += 2;
        }
        let value = decimal(&text)?;
        let mut x = Expr { s: i, e, value: Some(value * scale), high: None, kind: NumberKind::Money, unit: Some(code.to_string()), dim: Some(Dim::Money), modifier: None, skip: false };
        let core = Core { s: i, e, value, form: Form::Digits { plain: false, int: false, ndigits: digits.len() } };
        if abbr.is_empty() {
            self.magnitude_suffix(&core, &mut x);
        }
        // `R2` and `R0` are statistics: a rand amount is only believed with its magnitude.
        if code == "ZAR" && prefix && x.value == Some(value) {
            return None;
        }
        x.e = self.per_unit(x.e, &core);
        Some(x)
    }

    /// Grows an expression to the right: magnitude, percent, currency, unit, counted noun.
    fn suffix(&self, core: &Core, x: &mut Expr) {
        let digits = matches!(core.form, Form::Digits { .. });
        if digits || core.form == Form::Words {
            self.magnitude_suffix(core, x);
        }
        let e = x.e;
        // Percent.
        if let Some(pe) = self.percent_at(e).filter(|_| !self.glued(e) || matches!(self.raw(e), "%" | "‰" | "bp" | "bps" | "pc") || !self.is_word(e)) {
            x.e = if self.low(pe) == "per" { self.per_unit(pe, core) } else { pe };
            x.kind = NumberKind::Percent;
            x.unit = Some(units::percent_unit(self.low(e)).into());
            x.dim = Some(Dim::Percent);
            return;
        }
        // Currency after: 10$, 20 €, 5 euros, 3 CNY, 125 million Australian dollars, 10c.
        if let Some((ce, code)) = self.currency_after(e) {
            let (ce, cents) = self.cents_tail(ce, code);
            x.value = x.value.map(|v| v + cents / 100.0);
            x.e = self.per_unit(ce, core);
            x.kind = NumberKind::Money;
            x.unit = Some(code.into());
            x.dim = Some(Dim::Money);
            return;
        }
        // Unit; `two more minutes`, `three extra days`.
        let e = if matches!(self.low(e), "more" | "extra" | "additional" | "less" | "fewer") && units::unit_word(self.low(e + 1)).is_some_and(|(_, d)| d == Dim::Time) { e + 1 } else { e };
        if let Some((ue, unit, dim)) = self.unit_at(e, core) {
            x.e = ue;
            x.unit = Some(unit.clone());
            x.dim = Some(dim);
            x.kind = match dim {
                Dim::Time => NumberKind::Duration,
                Dim::Percent => NumberKind::Percent,
                _ => NumberKind::Measure,
            };
            // two pounds of meat, 500 g of flour: the stuff measured belongs to the amount.
            if matches!(dim, Dim::Mass | Dim::Volume) && self.low(x.e) == "of" && self.is_word(x.e + 1) && !self.capitalised(x.e + 1) {
                let w = self.low(x.e + 1);
                if !NOT_NOUNS.contains(w) && !numwords::is_number_word(w) && w.chars().all(|c| c.is_alphabetic()) {
                    x.e += 2;
                }
            }
            // an hour and a half, 1 hour and thirty
            if dim == Dim::Time {
                if self.low(x.e) == "and" && matches!(self.low(x.e + 1), "a" | "an") && self.low(x.e + 2) == "half" {
                    x.e += 3;
                } else if self.low(x.e) == "and" && self.low(x.e + 1) == "half" {
                    x.e += 2;
                } else if matches!(unit.as_str(), "h" | "min") {
                    let k = if self.low(x.e) == "and" { x.e + 1 } else { x.e };
                    if let Some(c) = self.core(k).filter(|c| matches!(c.form, Form::Digits { int: true, .. } | Form::Words) && c.value < 60.0) {
                        if !self.is_word(c.e) || self.low(c.e) == "and" {
                            x.e = c.e;
                        }
                    }
                }
            }
            // five years old, ten months of age
            if dim == Dim::Time {
                if self.low(x.e) == "old" {
                    x.e += 1;
                    x.kind = NumberKind::Age;
                } else if self.low(x.e) == "of" && self.low(x.e + 1) == "age" {
                    x.e += 2;
                    x.kind = NumberKind::Age;
                }
            }
            return;
        }
        if core.form == Form::Fraction || x.kind == NumberKind::Fraction {
            // a quarter of a percentage point, half a percent
            let k = if self.low(e) == "of" { e + 1 } else { e };
            if matches!(self.low(k), "a" | "an") {
                if let Some(pe) = self.percent_at(k + 1).filter(|_| self.is_word(k + 1)) {
                    x.e = pe;
                    x.kind = NumberKind::Percent;
                    x.unit = Some(units::percent_unit(self.low(k + 1)).into());
                    x.dim = Some(Dim::Percent);
                }
            }
            return;
        }
        // Counted noun.
        let mut j = e;
        if core.form == Form::Vague || self.low(e) == "of" && (self.low(e - 1) == "dozen" || self.low(e - 1) == "couple") {
            if self.low(j) != "of" {
                if let Some(h) = self.head_noun(j, 2.0) {
                    x.e = h + 1;
                    x.unit = Some(self.low(h).to_string());
                }
                return;
            }
            j += 1;
            if let Some(h) = self.head_noun(j, 2.0) {
                x.e = h + 1;
                x.unit = Some(self.low(h).to_string());
            }
            return;
        }
        if let Some(h) = self.head_noun(j, x.value.unwrap_or(2.0)) {
            x.e = h + 1;
            x.unit = Some(self.low(h).to_string());
            if x.unit.as_deref() == Some("times") {
                x.e = self.per_unit(x.e, core);
            }
        }
    }

    /// The cents written after a whole amount: `$3 and 14`, `20 dollars 43`, `twenty ringgit
    /// and 43 sen`. Only at the end of a phrase, where the number cannot count something else.
    /// Returns the new end and the amount in hundredths of the currency.
    fn cents_tail(&self, e: usize, code: &str) -> (usize, f64) {
        if matches!(code, "cents" | "pence") {
            return (e, 0.0);
        }
        let k = if self.low(e) == "and" { e + 1 } else { e };
        if let Some(c) = self.core(k).filter(|c| matches!(c.form, Form::Digits { int: true, .. } | Form::Words) && c.value < 100.0) {
            let end = c.e;
            if units::currency_word(self.low(end)).is_some_and(|w| matches!(w, "cents" | "pence" | "sen")) || units::currency_abbreviation(self.raw(end)).is_some() && self.glued(end) {
                return (end + 1, c.value);
            }
            if !(self.is_word(end) || self.is_num(end) || self.raw(end) == "%" || self.raw(end) == "." && self.is_num(end + 1)) {
                return (end, c.value);
            }
        }
        (e, 0.0)
    }

    /// `per kg`, `per week`, `a year` after a price or a count (`$350 per kg`, `four times per
    /// week`).
    fn per_unit(&self, e: usize, core: &Core) -> usize {
        if matches!(self.low(e), "per" | "a" | "an") || self.raw(e) == "/" && self.glued(e) {
            let any = self.low(e) != "a" && self.low(e) != "an";
            if let Some((e2, _, d)) = self.unit_atom(e + 1, core, false).or_else(|| self.time_word(e + 1)) {
                let anchored = matches!(self.low(e2), "earlier" | "later" | "ago" | "before" | "after" | "from" | "back");
                if (any || d != Dim::Time || matches!(self.low(e + 1), "year" | "month" | "week" | "day" | "hour")) && !anchored {
                    return e2;
                }
            }
            if any && matches!(self.low(e + 1), "capita" | "share") {
                return e + 2;
            }
        }
        e
    }

    /// million, bn, k after digits (or after words: three million is read by the core).
    fn magnitude_suffix(&self, core: &Core, x: &mut Expr) {
        let digits = matches!(core.form, Form::Digits { .. });
        for _ in 0..3 {
            let e = x.e;
            let w = self.raw(e);
            if !self.is_word(e) {
                break;
            }
            let m = if self.glued(e) && digits {
                numwords::MAGNITUDE_ABBREVIATIONS.iter().find(|(k, _)| *k == w).map(|&(_, v)| v)
                    .or_else(|| numwords::magnitude(w).filter(|m| *m >= 1e3 && !w.ends_with('s')))
                    .or(match w {
                        "b" if !matches!(core.form, Form::Digits { int: true, .. }) => Some(1e9),
                        "mil" | "mln" => Some(1e6),
                        "bil" | "bln" => Some(1e9),
                        "tln" | "trn" => Some(1e12),
                        _ => None,
                    })
                    .filter(|_| w != "B" || x.unit.is_some() || !matches!(core.form, Form::Digits { int: true, .. }))
                    .filter(|_| w != "G" && w != "T" || !matches!(core.form, Form::Digits { int: true, .. }))
                    .or_else(|| (w == "m" && (self.money_before(core.s) || self.m_counts(e))).then_some(1e6))
            } else if digits {
                numwords::magnitude(w).filter(|_| !w.ends_with('s') || x.value.is_some_and(|v| v > 1.0))
                    .or_else(|| matches!(w, "bn" | "mn" | "mln" | "mil" | "tn" | "tln" | "bln" | "trn").then_some(match w { "bn" | "bln" => 1e9, "tn" | "trn" | "tln" => 1e12, _ => 1e6 }))
                    .or_else(|| (w == "m" && (self.money_before(core.s) || self.m_counts(e))).then_some(1e6))
            } else {
                None
            };
            let Some(m) = m else { break };
            x.value = x.value.map(|v| v * m);
            x.e = e + 1;
        }
    }

    /// Whether `m` at token `e`, after a number, is a million rather than metres: before a
    /// plural unit or a currency (`28m barrels`, `12m years`, `5m euros`, which no length
    /// takes) or before a plural counted noun (`15m shares`, `40m people`, `2m new jobs`). A
    /// length comes before a dimension (`3m high walls`), `of` (`20m of cable`), a singular
    /// noun (`a 5m wall`, `the 100m final`) or nothing, and `10m waves` is metres by
    /// [`METRE_NOUNS`]. The other readings are left as metres: `40m Americans`.
    fn m_counts(&self, e: usize) -> bool {
        let mut k = e + 1;
        // 2m to 3m people: the noun after the second value tells for both.
        if matches!(self.low(k), "to" | "and" | "or") && self.is_num(k + 1) && self.raw(k + 2) == "m" && self.glued(k + 2) {
            k += 3;
        }
        if !self.is_word(k) || self.glued(k) {
            return false;
        }
        let w = self.low(k);
        if units::unit_word(w).is_some() && is_plural_noun(w) || units::currency_word(w).is_some() && !matches!(w, "real" | "won" | "grand" | "mark" | "sen" | "p" | "c") {
            return true;
        }
        if lexicon::contains(DIMENSION_WORDS, w) {
            return false;
        }
        // The noun next, or after one adjective: `the 100m final drew crowds` is a race.
        self.head_noun(k, 2.0).is_some_and(|h| h <= k + 1 && !lexicon::contains(METRE_NOUNS, self.low(h)))
    }

    fn money_before(&self, s: usize) -> bool {
        let p = self.raw(s.wrapping_sub(1));
        units::currency_symbol(p).is_some() || units::currency_code(p).is_some()
    }

    /// The end of a percent word at `e`.
    fn percent_at(&self, e: usize) -> Option<usize> {
        let first = self.low(e);
        // The first words of PERCENT_WORDS start with `p`, `b`, `%` or `‰` (E2 in UTF-8).
        if !matches!(first.as_bytes().first(), Some(b'p' | b'b' | b'%' | 0xE2)) {
            return None;
        }
        for words in units::PERCENT_WORDS {
            let Some((w0, rest)) = words.split_first() else { continue };
            if *w0 == first && !(matches!(first, "bp" | "bps" | "pc") && self.raw(e) != first || first == "pc" && !self.glued(e)) && rest.iter().enumerate().all(|(k, w)| self.low(e + 1 + k) == *w) {
                // wt.% and vol% are handled as units; `percentage` alone needs a number before.
                return Some(e + words.len());
            }
        }
        None
    }

    /// A currency after the amount, with up to two qualifiers before its name.
    fn currency_after(&self, e: usize) -> Option<(usize, &'static str)> {
        let w = self.raw(e);
        if let Some(c) = units::currency_symbol(w) {
            // 10$, 20 €; but not a $ that starts the next amount.
            if !self.is_num(e + 1) || self.glued(e) {
                return Some((e + 1, c));
            }
        }
        if let Some(c) = units::currency_code(w) {
            return Some((e + 1, c));
        }
        if self.raw(e + 1) == "$" && self.glued(e + 1) {
            if let Some(&(_, c)) = units::DOLLAR_PREFIXES.iter().find(|(p, _)| *p == w) {
                return Some((e + 2, c));
            }
        }
        if self.glued(e) || w == "c" && !self.is_word(e + 1) && !self.is_num(e + 1) {
            if let Some(c) = units::currency_abbreviation(w) {
                if !(self.raw(e + 1) == "." && self.glued(e + 1)) {
                    return Some((e + 1, c));
                }
            }
        }
        // A currency word must come within three words, and a word that may be none is told
        // by its classes: most numbers are turned away here, without looking up qualifiers.
        if !(e..e + 3).any(|k| self.may_be_amount(k)) {
            return None;
        }
        for q in 0..=2 {
            let k = e + q;
            if !self.is_word(k) {
                return None;
            }
            if let Some(c) = self.may_be_amount(k).then(|| units::currency_word(self.low(k))).flatten() {
                if q > 0 {
                    // Canadian dollars, Hong Kong dollars, Egyptian pounds.
                    let mut qualifier = String::new();
                    for j in e..k {
                        if j > e {
                            qualifier.push(' ');
                        }
                        qualifier.push_str(self.low(j));
                    }
                    return Some((k + 1, units::qualified_currency(&qualifier, c)));
                }
                if !(self.low(k) == "pounds" || self.low(k) == "pound") || !matches!(self.low(k + 1), "of") {
                    return Some((k + 1, c));
                }
                return None;
            }
            if !units::CURRENCY_QUALIFIERS.has(self.low(k)) {
                return None;
            }
        }
        None
    }

    /// A unit at `e`: qualifiers, a unit word or symbol, `per`/`/` and a second unit,
    /// exponents, `degrees Celsius`.
    fn unit_at(&self, e: usize, core: &Core) -> Option<(usize, String, Dim)> {
        let mut j = e;
        if (matches!(core.form, Form::Fraction | Form::Ordinal) || core.value.fract() != 0.0) && self.is_word(j) {
            // half a litre, a tenth of a gallon, three-quarters of an hour
            let k = if self.low(j) == "of" { j + 1 } else { j };
            let k = if matches!(self.low(k), "a" | "an") { k + 1 } else { k };
            if k > j && units::unit_word(self.low(k)).is_some() && !(self.low(j) == "of" && core.form == Form::Fraction && units::unit_word(self.low(k)).is_some_and(|(_, d)| d != Dim::Time) && k == j + 1) {
                j = k;
            }
        }
        if let Some(u) = self.hyphen_unit(core) {
            return Some(u);
        }
        let mut dim_q = None;
        let mut qualifier = String::new();
        // A qualifier counts only before a unit word or symbol, which the classes of the word
        // after tell first.
        if let Some(q) = (self.is_word(j) && !self.glued(j) && self.may_be_amount(j + 1)).then(|| units::unit_qualifier(self.low(j))).flatten() {
            let after = self.low(j + 1);
            if units::unit_word(after).is_some() || units::unit_symbol(self.raw(j + 1)).is_some() {
                dim_q = q;
                qualifier = format!("{} ", self.low(j));
                j += 1;
                if self.raw(j) == "." {
                    j += 1;
                }
            }
        }
        if matches!(self.raw(j), "(" | "[" | "{" | "<") && j == e {
            if let Some((ue, u, d)) = self.unit_atom(j + 1, core, true) {
                if matches!(self.raw(ue), ")" | "]" | "}" | ">") && self.glued(j + 1) && self.glued(ue) {
                    return Some((ue + 1, u, d));
                }
            }
        }
        let (mut end, mut unit, mut dim) = self.unit_atom(j, core, j == e)?;
        if let Some(d) = dim_q {
            dim = d;
        }
        unit = format!("{qualifier}{unit}");
        // degrees Celsius, ° C
        if dim == Dim::Temperature && (unit == "°") {
            let n = self.low(end);
            if matches!(n, "celsius" | "centigrade" | "c" | "fahrenheit" | "f" | "farenheit" | "kelvin") && (self.is_word(end)) {
                unit = if n.starts_with('c') { "°C".into() } else if n.starts_with('f') { "°F".into() } else { "K".into() };
                end += 1;
            }
        }
        // km squared, m cubed
        if matches!(self.low(end), "squared" | "cubed") {
            dim = if self.low(end) == "squared" { Dim::Area } else { Dim::Volume };
            end += 1;
        }
        // Exponent glued with a minus sign: cm−1, s−1.
        end = self.exponent(end);
        // Compound: km/h, mg/L, J/m^2, per hour, per capita.
        for _ in 0..3 {
            if self.raw(end) == "/" && self.glued(end) && self.glued(end + 1) {
                if let Some((e2, u2, _)) = self.unit_atom(end + 1, core, false).or_else(|| self.time_word(end + 1)) {
                    unit = format!("{unit}/{u2}");
                    end = self.exponent(e2);
                    if dim != Dim::Length || u2 != "h" { dim = Dim::Other } else { dim = Dim::Speed }
                    continue;
                }
            }
            if self.low(end) == "per" {
                if let Some((e2, u2, _)) = self.unit_atom(end + 1, core, false).or_else(|| self.time_word(end + 1)) {
                    unit = format!("{unit}/{u2}");
                    end = e2;
                    dim = if dim == Dim::Length && u2 == "h" { Dim::Speed } else { Dim::Other };
                    continue;
                }
            }
            // m s−1, W m−2: a second symbol after a space, with a negative exponent.
            if self.is_word(end) && !self.glued(end) {
                let w = self.raw(end);
                let has_neg = w.contains('-') || w.contains('−') || (matches!(self.raw(end + 1), "−" | "-") && self.glued(end + 1) && self.is_num(end + 2) && self.glued(end + 2));
                if has_neg {
                    if let Some((_, _)) = units::unit_symbol(w) {
                        unit = format!("{unit} {w}");
                        end = self.exponent(end + 1);
                        dim = Dim::Other;
                        continue;
                    }
                }
            }
            break;
        }
        Some((end, unit, dim))
    }

    /// The unit a measure is converted to, right after it: `10 celsius to fahrenheit`,
    /// `5 miles in kilometres`, `51 °F into degrees Celsius`, `2 acres to square metres`. It is
    /// a measure with no value. Only after a measure of the same dimension: a bare `celsius`
    /// or `miles` elsewhere names a scale or a distance, not an amount, and stays unmarked.
    /// Dimensions whose units are easy to tell apart only; `Other` mixes energy, power, data
    /// and the rest, and a duration after a duration (`from hours to minutes`) is prose.
    fn conversion_target(&self, x: &Expr) -> Option<Expr> {
        let dim = x.dim.filter(|d| matches!(d, Dim::Length | Dim::Area | Dim::Volume | Dim::Mass | Dim::Temperature | Dim::Speed))?;
        if !matches!(x.kind, NumberKind::Measure | NumberKind::Range) || !matches!(self.low(x.e), "to" | "into" | "in") {
            return None;
        }
        let j = x.e + 1;
        let (e, unit, d) = if matches!(self.low(j), "degree" | "degrees" | "deg") && self.is_word(j) {
            // degrees Celsius: the scale is what is asked for; bare `degrees` names none.
            let (c, d) = units::unit_word(self.low(j + 1)).filter(|(c, d)| *d == Dim::Temperature && *c != "°")?;
            (j + 2, c.to_string(), d)
        } else if let Some(q) = units::unit_qualifier(self.low(j)).filter(|_| self.is_word(j)) {
            // square metres, metric tons
            let (c, d) = units::unit_word(self.low(j + 1))?;
            (j + 2, format!("{} {c}", self.low(j)), q.unwrap_or(d))
        } else {
            // `unit_atom` asks the core only whether it is a vague plural; a target has none.
            let none = Core { s: j, e: j, value: 0.0, form: Form::Words };
            self.unit_atom(j, &none, false)?
        };
        if d != dim || unit == "°" {
            return None;
        }
        Some(Expr { s: j, e, value: None, high: None, kind: NumberKind::Measure, unit: Some(unit), dim: Some(d), modifier: None, skip: false })
    }

    /// The unit inside `half-litre`.
    fn hyphen_unit(&self, core: &Core) -> Option<(usize, String, Dim)> {
        if !self.doc.has(core.e - 1, crate::text::HYPHEN) {
            return None;
        }
        let w = self.low(core.e - 1);
        let (a, b) = w.split_once(crate::text::is_hyphen)?;
        if !matches!(a, "half" | "quarter") {
            return None;
        }
        let (c, d) = units::unit_word(b)?;
        Some((core.e, c.to_string(), d))
    }

    fn exponent(&self, end: usize) -> usize {
        if matches!(self.raw(end), "−" | "-" | "^") && self.glued(end) && self.is_num(end + 1) && self.glued(end + 1) && self.raw(end + 1).len() == 1 {
            return end + 2;
        }
        end
    }

    /// `hour`, `day` after `per` or `/`.
    fn time_word(&self, j: usize) -> Option<(usize, String, Dim)> {
        let (c, d) = units::unit_word(self.low(j)).filter(|(_, d)| *d == Dim::Time)?;
        Some((j + 1, c.to_string(), d))
    }

    /// One unit word or symbol at `j`. `first` is true right after the number, where glued
    /// symbols (`5kg`) and spaced ones (`5 kg`) both count.
    fn unit_atom(&self, j: usize, core: &Core, first: bool) -> Option<(usize, String, Dim)> {
        let raw = self.raw(j);
        let low = self.low(j);
        if raw == "°" {
            // °C, °F, ° (bare degrees)
            if self.is_word(j + 1) && self.glued(j + 1) || self.is_word(j + 1) && matches!(self.low(j + 1), "c" | "f" | "celsius" | "fahrenheit") {
                match self.low(j + 1) {
                    "c" | "celsius" => return Some((j + 2, "°C".into(), Dim::Temperature)),
                    "f" | "fahrenheit" => return Some((j + 2, "°F".into(), Dim::Temperature)),
                    "n" | "s" | "e" | "w" => return Some((j + 2, format!("°{}", self.raw(j + 1)), Dim::Other)),
                    _ => {}
                }
            }
            return Some((j + 1, "°".into(), Dim::Temperature));
        }
        if raw == "%" || raw == "‰" {
            return None;
        }
        if !self.is_word(j) {
            return None;
        }
        // wt.% and wt%: percent by weight
        if (low == "wt" || low == "vol") && (self.raw(j + 1) == "%" || self.raw(j + 1) == "." && self.raw(j + 2) == "%") {
            let e = if self.raw(j + 1) == "%" { j + 2 } else { j + 3 };
            return Some((e, format!("{low}%"), Dim::Percent));
        }
        if low == "k" && self.raw(j + 1) == "." && self.low(j + 2).starts_with('g') && self.glued(j + 2) {
            // k.g., k.gs
            let mut e = j + 3;
            if self.raw(e) == "." && self.glued(e) {
                e += 1;
            }
            return Some((e, "kg".into(), Dim::Mass));
        }
        // A letter, a full stop and another letter begin an initialism (`2014 A.D.`,
        // `5 V.I.P. guests`, `42 L.E.`), not a unit symbol: it is a unit only when its letters
        // spell one (`60 m.p.h.`).
        if raw.len() == 1 && self.dotted_letter(j + 1) {
            let (e, letters) = self.initialism(j);
            let (c, d) = units::unit_word(&letters).or_else(|| units::unit_symbol(&letters))?;
            return Some((e, c.to_string(), d));
        }
        // F-35, F-16: a model, not degrees Fahrenheit with an exponent.
        if raw.split_once('-').is_some_and(|(_, x)| x.len() > 1 && x.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let amount = self.may_be_amount(j);
        if let Some((c, d)) = amount.then(|| units::unit_word(raw)).flatten() {
            // `min`, `hr` and other abbreviations take an optional period.
            let mut e = j + 1;
            if raw.len() <= 3 && self.raw(e) == "." && self.glued(e) && !self.is_word(e + 1) {
                e += 1;
            }
            if d == Dim::Time && core.form == Form::Vague {
                return None;
            }
            return Some((e, c.to_string(), d));
        }
        if let Some((c, d)) = amount.then(|| units::unit_symbol(raw)).flatten() {
            // Single capitals and letters that are words need the unit to be glued or to
            // end the phrase: `300 K`, `5 A` but not `5 A new`.
            let ambiguous = matches!(raw, "A" | "C" | "F" | "K" | "N" | "U" | "t" | "d" | "h" | "s" | "l" | "g" | "pm" | "ha" | "cd" | "lm" | "pc" | "sr" | "rad" | "m" | "L" | "ms" | "mi" | "kt" | "Ma" | "ka" | "ng" | "BP" | "in" | "st");
            // 1 m thick, 1 g cm−3, 2 m s−1, 3 m x 4 m (the sides of an area)
            let next_fits = matches!(self.low(j + 1), "thick" | "long" | "wide" | "tall" | "high" | "deep" | "away" | "across" | "apart" | "below" | "above" | "in")
                || matches!(self.raw(j + 1), "x" | "×") && self.is_num(j + 2) && self.raw(j + 3) == raw
                || (self.is_word(j + 1) && units::unit_symbol(self.raw(j + 1)).is_some() && (self.raw(j + 1).contains(['-', '−']) || matches!(self.raw(j + 2), "−" | "-") && self.glued(j + 2) && self.is_num(j + 3)));
            // `in` and `st` are words first: spaced, only at the end of a phrase (`2 in.`).
            if matches!(raw, "in" | "st") && !self.glued(j) && (self.is_word(j + 1) || self.is_num(j + 1)) && !matches!(self.low(j + 1), "thick" | "long" | "wide" | "tall" | "deep" | "high" | "across" | "and") {
                return None;
            }
            if ambiguous && !self.glued(j) && !next_fits {
                let next_word = self.is_word(j + 1) && !self.glued(j + 1);
                let ok = match raw {
                    "m" | "L" | "h" | "s" | "ms" | "mi" | "Ma" | "ka" | "BP" | "kt" | "g" | "l" | "t" | "d" => !next_word || !self.low(j + 1).chars().all(|c| c.is_alphabetic()) || self.doc.is(j + 1, &NOT_NOUNS),
                    _ => !next_word || matches!(self.low(j + 1), "and" | "or" | "to"),
                };
                if !ok || !first {
                    if !(raw == "m" || raw == "h" || raw == "s") || !first {
                        return None;
                    }
                    if next_word && !self.doc.is(j + 1, &NOT_NOUNS) {
                        return None;
                    }
                }
            }
            if ambiguous && self.glued(j) && !first {
                // fine: km/h
            }
            let mut e = j + 1;
            if raw == "g" && self.raw(e) == "." && self.glued(e) && !self.is_word(e + 1) {
                e += 1;
            }
            let c = match c {
                "C" => "°C",
                "F" => "°F",
                _ => c,
            };
            return Some((e, c.to_string(), d));
        }
        // 5 in, 2 in thick: inches only where `in` cannot start a phrase.
        if raw == "in" && first {
            let next = self.low(j + 1);
            if !self.is_word(j + 1) && !self.is_num(j + 1) || matches!(next, "thick" | "long" | "wide" | "tall" | "deep" | "high" | "across" | "diameter" | "and") {
                return Some((j + 1, "in".into(), Dim::Length));
            }
        }
        None
    }

    /// A whole number with an era: `300 BC`, `2014 A.D.`, `AD 79`, `10,000 BCE`. A year, with
    /// the era, without its full stops, as its unit (the value is the number as written).
    fn era_year(&self, core: &Core, floor: usize) -> Option<Expr> {
        if !matches!(core.form, Form::Digits { int: true, .. }) || core.value < 1.0 {
            return None;
        }
        let era = |w: &str| ERAS.iter().copied().find(|&x| x == w);
        let after = if self.is_word(core.e) && self.raw(core.e).len() == 1 && self.dotted_letter(core.e + 1) {
            let (e, letters) = self.initialism(core.e);
            era(&letters).map(|x| (e, x))
        } else {
            era(self.raw(core.e)).filter(|_| self.is_word(core.e)).map(|x| (core.e + 1, x))
        };
        // AD 79, A.D. 79: the one era written before the year.
        let before = || {
            let s = core.s.checked_sub(1).filter(|&k| k >= floor && !self.glued(core.s))?;
            if self.raw(s) == "AD" {
                return Some(s);
            }
            let s = s.checked_sub(3).filter(|&k| k >= floor && self.raw(k) == "A" && self.initialism(k) == (core.s, "AD".to_string()))?;
            Some(s)
        };
        let mut x = Expr { s: core.s, e: core.e, value: Some(core.value), high: None, kind: NumberKind::Year, unit: None, dim: None, modifier: None, skip: false };
        match after {
            Some((e, u)) => (x.e, x.unit) = (e, Some(u.to_string())),
            None => (x.s, x.unit) = (before()?, Some("AD".to_string())),
        }
        self.prefix(core, &mut x, floor);
        Some(x)
    }

    /// A ratio written with a colon, which is otherwise a clock time or a score: before a
    /// word for a ratio (`a 1:10 slope`, `a 3:1 ratio`) or after `ratio of` (`a ratio of
    /// 2:3`). A fraction whose value is the quotient, with the ratio word as its counted noun.
    fn ratio(&self, core: &Core) -> Option<Expr> {
        let Form::Digits { int: true, .. } = core.form else { return None };
        let colon = core.e;
        if !(self.raw(colon) == ":" && self.glued(colon) && self.glued(colon + 1)) {
            return None;
        }
        let (second, int) = parse_digits(self.raw(colon + 1), false)?;
        if !int || second <= 0.0 || !self.is_num(colon + 1) {
            return None;
        }
        let end = colon + 2;
        let mut x = Expr { s: core.s, e: end, value: Some(core.value / second), high: None, kind: NumberKind::Fraction, unit: None, dim: None, modifier: None, skip: false };
        if is_ratio_word(self.low(end)) && self.is_word(end) {
            x.unit = Some(self.low(end).to_string());
            x.e += 1;
        } else if !(core.s >= 2 && self.low(core.s - 1) == "of" && is_ratio_word(self.low(core.s - 2))) {
            return None;
        }
        Some(x)
    }

    /// A unit joined by a hyphen to what follows it, which keeps them in one word: a range
    /// with the unit on both values, `3km-5km` (`km-5km`), `3 km-5 km` (`km-5`), or a measure
    /// before the dimension it gives, `a 10km-long road`.
    fn unit_hyphen_range(&self, core: &Core, x: &mut Expr) -> bool {
        if !matches!(core.form, Form::Digits { .. }) || !self.is_word(core.e) {
            return false;
        }
        let Some((unit, second)) = self.raw(core.e).split_once('-') else { return false };
        let Some((c, d)) = units::unit_symbol(unit).or_else(|| units::unit_word(unit)) else { return false };
        if matches!(second, "long" | "wide" | "tall" | "high" | "deep" | "thick") {
            (x.e, x.kind, x.unit, x.dim) = (core.e + 1, NumberKind::Measure, Some(c.to_string()), Some(d));
            return true;
        }
        let (digits, rest) = second.split_at(second.find(|ch: char| !ch.is_ascii_digit() && ch != '.').unwrap_or(second.len()));
        let Some((high, _)) = parse_digits(digits, false).filter(|&(h, _)| h > core.value) else { return false };
        x.e = match rest {
            "" if self.raw(core.e + 1) == unit && self.is_word(core.e + 1) => core.e + 2,
            _ if rest == unit => core.e + 1,
            _ => return false,
        };
        (x.high, x.kind, x.unit, x.dim) = (Some(high), NumberKind::Range, Some(c.to_string()), Some(d));
        true
    }

    /// Whether token `k` is a full stop with a single letter glued after it: `.D` in `A.D.`.
    fn dotted_letter(&self, k: usize) -> bool {
        self.raw(k) == "." && self.glued(k) && self.is_word(k + 1) && self.glued(k + 1) && self.raw(k + 1).chars().nth(1).is_none()
    }

    /// The initialism of single letters and full stops at token `j` (`A.D.`, `m.p.h`): its
    /// end, after the last full stop if any, and its letters (`AD`, `mph`), at most six.
    fn initialism(&self, j: usize) -> (usize, String) {
        let mut letters = self.raw(j).to_string();
        let mut e = j + 1;
        while letters.len() < 6 && self.dotted_letter(e) {
            letters.push_str(self.raw(e + 1));
            e += 2;
        }
        if self.raw(e) == "." && self.glued(e) {
            e += 1;
        }
        (e, letters)
    }

    /// The head noun of the noun phrase that starts at `j`: the first plural noun after at
    /// most three adjectives (`100,000 Russian troops`), or the first noun for one.
    fn head_noun(&self, j: usize, value: f64) -> Option<usize> {
        let mut k = j;
        let mut unknown = 0;
        while k < j + 4 && k < self.n {
            if !self.is_word(k) || self.glued(k) {
                return None;
            }
            // A function word, a number word (`hundreds` too) or a month or day ends the look:
            // one AND of the word's classes.
            if self.doc.class(k) & HEAD_STOPS != 0 {
                return None;
            }
            let w = self.low(k);
            let raw = self.raw(k);
            let cap = self.capitalised(k);
            if cap && !is_demonym(raw) {
                return None;
            }
            if !cap && (value != 1.0 && is_plural_noun(w) || value == 1.0 && k == j && is_singular_noun(w)) {
                return Some(k);
            }
            if !(cap || is_adjective_like(w)) {
                // One word of unknown class may modify the noun (`monomer units`, `police
                // officers`); two are more likely a verb phrase (`launch drew thousands`).
                unknown += 1;
                if unknown > 1 || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
                    return None;
                }
            }
            k += 1;
        }
        None
    }

    /// Grows an expression to the left: sign, currency symbol or code, modifier.
    fn prefix(&self, core: &Core, x: &mut Expr, floor: usize) {
        let mut s = x.s;
        let ok = |k: usize| k >= floor;
        // Sign.
        if matches!(core.form, Form::Digits { .. }) && s > 0 && ok(s - 1) {
            let p = self.raw(s - 1);
            if matches!(p, "-" | "−" | "+") {
                let attached = self.glued(s);
                let free = s - 1 == 0 || self.doc.tokens[s - 1].space_before() && !self.is_num(s.wrapping_sub(2)) || matches!(self.raw(s.wrapping_sub(2)), "(" | "[" | "=" | "," | "from" | "to" | "~");
                let spaced_ok = self.line_start(s - 1) || (self.is_word(s.wrapping_sub(2)) && units::unit_word(self.raw(s.wrapping_sub(2))).is_none() && !numwords::is_number_word(self.low(s.wrapping_sub(2))) && self.low(s.wrapping_sub(2)) != "and");
                if attached && free || !attached && spaced_ok && x.kind != NumberKind::Count {
                    if p != "+" {
                        x.value = x.value.map(|v| -v);
                    }
                    s -= 1;
                }
            }
        }
        if s > 0 && ok(s - 1) && matches!(self.low(s - 1), "minus" | "negative") {
            x.value = x.value.map(|v| -v);
            s -= 1;
        }
        // Currency before: $5, US$5, € 20, EUR 20, Rs. 20, C $ 100.
        if s > 0 && ok(s - 1) && x.kind != NumberKind::Money && x.kind != NumberKind::Percent {
            let p = self.raw(s - 1);
            let mut code = units::currency_symbol(p).filter(|c| *c != "cents");
            let mut k = s - 1;
            if code.is_none() {
                if let Some(c) = units::currency_code(p) {
                    code = Some(c);
                } else if p == "." && self.raw(s.wrapping_sub(2)) == "Rs" && s >= 2 && ok(s - 2) {
                    code = Some("INR");
                    k = s - 2;
                } else if units::currency_word(p).is_some() && matches!(self.low(s - 1), "ringgit" | "ringgits") {
                    code = Some("MYR");
                }
            }
            if let Some(mut c) = code {
                if p == "$" && k > 0 && ok(k - 1) && self.is_word(k - 1) {
                    if let Some(&(_, cc)) = units::DOLLAR_PREFIXES.iter().find(|(w, _)| *w == self.raw(k - 1) || w.eq_ignore_ascii_case(self.raw(k - 1)) && self.glued(k)) {
                        c = cc;
                        k -= 1;
                    }
                }
                // malaysian ringgit 42
                if c == "MYR" && k > 0 && ok(k - 1) && units::CURRENCY_QUALIFIERS.has(self.low(k - 1)) {
                    k -= 1;
                }
                s = k;
                x.kind = if matches!(x.kind, NumberKind::Range) { x.kind } else { NumberKind::Money };
                // A counted noun read after `$5` is what the money buys, not the unit.
                x.unit = Some(c.to_string());
                x.dim = Some(Dim::Money);
                if x.e > core.e && !self.money_suffix(core.e, x.e) {
                    x.e = self.after_magnitudes(core);
                }
                let (ce, cents) = self.cents_tail(x.e, c);
                x.value = x.value.map(|v| v + cents / 100.0);
                x.e = self.per_unit(ce, core);
                // The sign may come before the symbol: -$5.
                if s > 0 && ok(s - 1) && matches!(self.raw(s - 1), "-" | "−") && self.glued(s) {
                    x.value = x.value.map(|v| -v);
                    s -= 1;
                }
            }
        }
        // Age: aged 54, age 87.
        if s > 0 && ok(s - 1) && matches!(self.low(s - 1), "aged" | "age") && matches!(core.form, Form::Digits { .. } | Form::Words) && x.unit.is_none() {
            s -= 1;
            x.kind = NumberKind::Age;
        }
        // Modifier.
        if let Some((m, start)) = self.modifier_before(s, floor) {
            x.modifier = Some(m);
            s = start;
        }
        x.s = s;
    }

    /// Whether tokens `a..b` after the core are a currency suffix or magnitude.
    fn money_suffix(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| numwords::magnitude(self.raw(k)).is_some() || numwords::MAGNITUDE_ABBREVIATIONS.iter().any(|(w, _)| *w == self.raw(k)) || matches!(self.raw(k), "m" | "bn" | "mn" | "tn" | "mln"))
    }

    fn after_magnitudes(&self, core: &Core) -> usize {
        let mut e = core.e;
        while e < core.e + 3 && (numwords::magnitude(self.raw(e)).is_some() || numwords::MAGNITUDE_ABBREVIATIONS.iter().any(|(w, _)| *w == self.raw(e)) || matches!(self.raw(e), "m" | "bn" | "mn" | "tn" | "mln")) {
            e += 1;
        }
        e
    }

    /// The longest modifier ending right before token `i` (and not before `floor`),
    /// lower-cased, and the token where it starts.
    fn modifier_before(&self, i: usize, floor: usize) -> Option<(String, usize)> {
        // Every symbol modifier starts with one of these bytes (`≈` and `±` with the first of
        // their UTF-8), which most tokens before a number do not: no lookup for those.
        let symbol = |w: &str| matches!(w.as_bytes().first(), Some(b'~' | b'<' | b'>' | 0xC2 | 0xE2)) && NUMBER_SYMBOL_MODIFIERS.has(w);
        if i > floor && symbol(self.raw(i - 1)) {
            // less than ~10: a word modifier may come before the symbol.
            if let Some((m, s)) = self.word_modifier_before(i - 1, floor) {
                return Some((m, s));
            }
            return Some((self.raw(i - 1).to_string(), i - 1));
        }
        self.word_modifier_before(i, floor)
    }

    /// The longest word modifier (`more than`, `about`) ending right before token `i`.
    fn word_modifier_before(&self, i: usize, floor: usize) -> Option<(String, usize)> {
        let mut best = None;
        // The phrase of tokens `first..i`, in a buffer on the stack longer than any modifier:
        // a phrase that does not fit is none, and nor is any longer one.
        let mut buf = [0u8; MODIFIER_BYTES];
        for words in 1..=4 {
            let Some(first) = i.checked_sub(words) else { break };
            // The tokens after `first` passed on the rounds before; a word in no modifier ends
            // every longer phrase too.
            if first < floor || !self.is_word(first) || !self.doc.is(first, &MODIFIER_WORDS) {
                break;
            }
            let mut len = 0;
            for j in first..i {
                let w = self.low(j).as_bytes();
                let sep = usize::from(j > first);
                let Some(to) = buf.get_mut(len..len + sep + w.len()) else { return best };
                to[..sep].fill(b' ');
                to[sep..].copy_from_slice(w);
                len += sep + w.len();
            }
            // Whole words and spaces: always UTF-8.
            let phrase = std::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or_default();
            if NUMBER_MODIFIERS.has(phrase) {
                best = Some((phrase.to_string(), first));
            }
        }
        best
    }

    /// A range: `10-15`, `10 to 15 km`, `between 10 and 20`, `from $10 to $20`, `18 to 25
    /// percent`.
    fn range(&self, core: &Core, x: &mut Expr, floor: usize) {
        let e = x.e;
        let sep = self.low(e);
        let free_before = x.s > floor;
        let between = x.modifier.as_deref() == Some("between") || free_before && self.low(x.s - 1) == "between";
        let from = free_before && self.low(x.s - 1) == "from" && !self.change_verb_before(x.s - 1);
        let dash = matches!(sep, "-" | "–" | "—" | "‒");
        let ok_sep = dash || (sep == "to" && (from || !between)) || (sep == "and" && between) || (sep == "through" && !between);
        if !ok_sep || x.kind == NumberKind::Ordinal {
            return;
        }
        // A dash glued to the number and then a space: 8- to 16-meter. Not handled.
        let mut j = e + 1;
        if matches!(self.raw(j), "~") || matches!(self.low(j), "about" | "around") {
            j += 1;
        }
        // The second amount may repeat the currency: $10-$20.
        if units::currency_symbol(self.raw(j)).is_some() && self.is_num(j + 1) {
            j += 1;
        }
        let Some(c2) = self.core(j) else { return };
        if !matches!((core.form, c2.form), (Form::Digits { .. }, Form::Digits { .. }) | (Form::Words, Form::Words) | (Form::Words, Form::Digits { .. }) | (Form::Digits { .. }, Form::Words) | (Form::Fraction, _) | (_, Form::Fraction)) {
            return;
        }
        if self.code_like_ahead(&c2).is_some() {
            return;
        }
        let mut y = Expr { s: c2.s, e: c2.e, value: Some(c2.value), high: None, kind: NumberKind::Count, unit: None, dim: None, modifier: None, skip: false };
        self.suffix(&c2, &mut y);
        let (Some(mut lo), Some(hi)) = (x.value, y.value) else { return };
        // $4.2-4.5 billion, between 2 and 3 million: a magnitude after the second value scales
        // both, when the first alone is below the second alone (not `500 to 2 million`).
        let scale = hi / c2.value;
        if x.value == Some(core.value) && scale >= 1000.0 && core.value < c2.value && c2.value > 0.0 {
            lo *= scale;
            x.value = Some(lo);
        }
        // 46 percent to 42 percent is a result, not a range; 3-1 and 52-48 are scores and tallies.
        if hi <= lo {
            // The House voted 312 to 110: a tally written with `to`, after a word of voting.
            let tally = dash && self.glued(e) && self.glued(e + 1) || sep == "to" && !from && (x.s.saturating_sub(4)..x.s).any(|k| lexicon::contains(TALLY_WORDS, self.low(k)));
            if tally && x.unit.is_none() && y.unit.is_none() && x.kind == NumberKind::Count {
                x.e = y.e;
                x.skip = true;
            }
            return;
        }
        // fell 0.4 points to 5.1 per cent: a change, not a range.
        if sep == "to" && !from && !between && x.unit.is_some() && x.dim.is_some() {
            return;
        }
        if self.low(x.s.wrapping_sub(1)) == "from" && self.change_verb_before(x.s - 1) {
            return;
        }
        // Units must agree when both are given.
        let unit = match (&x.unit, &y.unit) {
            (Some(_), Some(_)) if x.dim.is_some() && y.dim.is_some() && x.dim != y.dim => return,
            (Some(a), _) => Some(a.clone()),
            (None, Some(b)) => Some(b.clone()),
            (None, None) => None,
        };
        // A counted noun on the first value only (`5 men to 10`) does not make a range.
        if x.unit.is_some() && x.dim.is_none() && y.unit.is_none() {
            return;
        }
        x.e = y.e;
        x.high = Some(hi);
        x.unit = unit;
        if x.dim.is_none() {
            x.dim = y.dim;
        }
        x.kind = NumberKind::Range;
        x.e = self.per_unit(x.e, &c2);
        if between && x.modifier.is_none() {
            x.s -= 1;
            x.modifier = Some("between".into());
        } else if from && x.modifier.is_none() {
            x.s -= 1;
            x.modifier = Some("from".into());
        }
    }

    /// A bare whole number between commas after a name or a person is an age: `Ana Ruiz, 52,
    /// said`, `the defendant, now 63, denied it`.
    fn apposed_age(&self, core: &Core, x: &mut Expr) {
        let Form::Digits { plain: true, int: true, .. } = core.form else { return };
        if x.kind != NumberKind::Count || x.unit.is_some() || x.modifier.is_some() || x.s != core.s || x.e != core.e || !(1.0..120.0).contains(&core.value) {
            return;
        }
        let comma = if self.low(x.s.wrapping_sub(1)) == "now" { x.s.wrapping_sub(2) } else { x.s.wrapping_sub(1) };
        if self.raw(comma) != "," || self.raw(x.e) != "," || comma == 0 {
            return;
        }
        let w = self.raw(comma - 1);
        // A capitalised word not after a preposition (`In Paris, 12, died` is a place).
        let place = matches!(self.low(comma.wrapping_sub(2)), "in" | "at" | "on" | "from" | "to" | "near" | "of" | "for");
        let connective = self.doc.is(comma - 1, &crate::speakers::CONNECTIVES) || w.ends_with("ly");
        let person = self.capitalised(comma - 1) && !place && !connective && !is_month_or_weekday(self.low(comma - 1)) || self.doc.is(comma - 1, &crate::speakers::coref::PERSON_NOUNS);
        if person && self.is_word(comma - 1) && !w.bytes().all(|b| b.is_ascii_uppercase()) {
            x.kind = NumberKind::Age;
        }
    }

    fn change_verb_before(&self, k: usize) -> bool {
        k > 0 && (CHANGE_VERBS.has(self.low(k - 1)) || self.low(k - 1).ends_with("ed"))
    }

    /// A plain four-digit number between 1000 and 2100 with nothing after it is a year.
    fn classify_year(&self, core: &Core, x: &mut Expr) {
        if let Form::Digits { plain: true, int: true, ndigits: 4 } = core.form {
            let v = core.value;
            if (1000.0..=2100.0).contains(&v) && x.kind == NumberKind::Count && x.modifier.is_none() && x.s == core.s {
                let year_lead = matches!(self.low(core.s.wrapping_sub(1)), "in" | "since" | "by" | "from" | "until" | "of" | "year" | "during" | "before" | "after" | "early" | "late" | "mid" | "fiscal" | "between" | "through" | "till" | "spring" | "summer" | "autumn" | "fall" | "winter");
                if x.unit.is_none() || year_lead {
                    x.kind = NumberKind::Year;
                    x.unit = None;
                    x.e = core.e;
                }
            }
        }
        if x.kind == NumberKind::Range {
            if let (Some(lo), Some(hi)) = (x.value, x.high) {
                if let Form::Digits { plain: true, int: true, ndigits: 4 } = core.form {
                    if (1000.0..=2100.0).contains(&lo) && (lo..=2100.0).contains(&hi) && x.unit.is_none() {
                        x.unit = Some("year".into());
                    }
                }
            }
        }
    }
}

/// Whether a run of text without white space is a link: a URL (`://`, `www.`, `.com`,
/// `.org`, `.html`), an e-mail address or handle (`@`) or a hashtag.
fn is_link(run: &str) -> bool {
    // Most runs read here end a sentence (`said.`): one pass over their bytes tells that none
    // of the substring searches below can succeed.
    let r = run.as_bytes();
    let (mut colon, mut at, mut dot_letter) = (false, false, false);
    for (k, &c) in r.iter().enumerate() {
        match c {
            b':' => colon = true,
            b'@' => at = true,
            b'.' => dot_letter |= r.get(k + 1).is_some_and(u8::is_ascii_alphabetic),
            _ => {}
        }
    }
    (colon && run.contains("://")) || run.starts_with("www.") || (at && run.len() > 3) || run.starts_with('#')
        || (dot_letter && [".com", ".org", ".html"].iter().any(|d| run.contains(d)))
}

/// Reads digits with separators: `100,000`, `3.5`, `3,5` (decimal comma), `1.000.000` and,
/// with `euro_hint`, `100.000` (dot thousands). Returns the value and whether it is an integer.
fn parse_digits(s: &str, euro_hint: bool) -> Option<(f64, bool)> {
    let (mut commas, mut dots) = (0, 0);
    for &b in s.as_bytes() {
        commas += usize::from(b == b',');
        dots += usize::from(b == b'.');
    }
    let groups_of_three = |sep: char| s.split(sep).skip(1).all(|g| g.len() == 3) && s.split(sep).next().is_some_and(|g| (1..=3).contains(&g.len()));
    let clean = if commas > 0 && dots > 0 {
        let (lc, ld) = (s.rfind(',').unwrap_or(0), s.rfind('.').unwrap_or(0));
        if ld > lc { s.replace(',', "") } else { s.replace('.', "").replace(',', ".") }
    } else if commas > 0 {
        if groups_of_three(',') {
            s.replace(',', "")
        } else if commas == 1 && s.split(',').nth(1).is_some_and(|g| g.len() <= 2) {
            s.replace(',', ".")
        } else {
            // 26,29,49 or 1,2345: a list of references or a typo, not one number.
            return None;
        }
    } else if dots > 1 {
        if groups_of_three('.') { s.replace('.', "") } else { return None }
    } else if dots == 1 && euro_hint && groups_of_three('.') {
        s.replace('.', "")
    } else {
        // Most numbers: parsed as they are written, without a copy.
        return decimal(s).map(|v| (v, dots == 0));
    };
    let v = decimal(&clean)?;
    Some((v, !clean.contains('.')))
}

/// Digits with an optional sign and decimal point (`12`, `3.5`, `.25`, `7.`), as `f64`, or
/// `None` for anything else. What `str::parse::<f64>` gives for these, without its general
/// parser (its tables and big-number arithmetic were a tenth of the module): a mantissa of at
/// most 15 digits over an exact power of ten is one correctly rounded division. Longer
/// mantissas, which news does not write, may be an ulp or two off.
fn decimal(s: &str) -> Option<f64> {
    const POW10: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    // The first nineteen significant digits as an integer, and the power of ten to scale it by,
    // in one pass over the bytes: no digit, a second `.` or any other byte is no number.
    let (mut mantissa, mut kept, mut exp, mut leading) = (0u64, 0, 0i32, true);
    let (mut fraction, mut digits) = (false, false);
    for &b in body.as_bytes() {
        if b == b'.' && !fraction {
            fraction = true;
            continue;
        }
        if !b.is_ascii_digit() {
            return None;
        }
        digits = true;
        leading &= b == b'0';
        if leading {
            exp -= i32::from(fraction);
        } else if kept < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            kept += 1;
            exp -= i32::from(fraction);
        } else {
            exp += i32::from(!fraction);
        }
    }
    if !digits {
        return None;
    }
    // Up to 2^53 the mantissa is exact, and one division by an exact power of ten rounds once.
    let k = exp.unsigned_abs() as usize;
    let p = POW10.get(k).copied().unwrap_or_else(|| 10f64.powi(k.min(400) as i32));
    let v = if exp < 0 { mantissa as f64 / p } else { mantissa as f64 * p };
    Some(if negative { -v } else { v })
}

/// `0.` followed by `digits`, as [`decimal`] reads it.
fn decimal_fraction(digits: &str) -> Option<f64> {
    if digits.is_empty() {
        return None;
    }
    decimal(&format!("0.{digits}"))
}

/// Unicode vulgar fractions.
fn vulgar(p: &str) -> Option<f64> {
    Some(match p {
        "½" => 0.5, "⅓" => 1.0 / 3.0, "⅔" => 2.0 / 3.0, "¼" => 0.25, "¾" => 0.75, "⅕" => 0.2,
        "⅖" => 0.4, "⅗" => 0.6, "⅘" => 0.8, "⅙" => 1.0 / 6.0, "⅚" => 5.0 / 6.0, "⅛" => 0.125,
        "⅜" => 0.375, "⅝" => 0.625, "⅞" => 0.875, "⅐" => 1.0 / 7.0, "⅑" => 1.0 / 9.0, "⅒" => 0.1,
        _ => return None,
    })
}

/// The classes that end [`Scan::head_noun`]'s look for a noun: [`NOT_NOUNS`], number words
/// (`is_number_word` and `vague_plural`), months and weekdays (`is_month_or_weekday`).
const HEAD_STOPS: u64 = NOT_NOUNS.bit() | numwords::NUMBER_WORDS.bit() | lexicon::MONTHS.bit() | lexicon::WEEKDAYS.bit();

/// Words after a length that say which way it runs: `3m high`, `a 10m deep well`.
const DIMENSION_WORDS: lexicon::List = words!["long", "high", "wide", "tall", "deep", "thick", "across", "away", "apart", "below", "above", "square", "cubed", "squared", "diameter"];

/// Plural nouns after a glued `m` that read as metres, not millions: what news gives the size
/// of in metres (`10m waves`, `30m cliffs`) and races named by their length (`the 400m
/// hurdles`). Ends with the objects and events where a count in millions is unheard of; a
/// noun both ways (`40m trees`, planted or tall) is left to the count.
const METRE_NOUNS: lexicon::List = words!["waves", "swells", "walls", "cliffs", "dunes", "towers", "masts", "poles", "hurdles", "heats", "sprints", "relays", "dives", "jumps", "drops"];

/// The last word of a street's name after a house number (`221 Baker Street`), as written.
/// Ends with the street types of British and American addresses; `Court`, `Square`, `Hill` and
/// `Row` are left out, as they end other names more often (`9 Supreme Court justices`).
const STREET_WORDS: lexicon::List = words![
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
    "Dr", "Way", "Place", "Pl", "Terrace", "Crescent", "Close", "Parkway", "Pkwy", "Highway",
    "Hwy", "Plaza", "Mews",
];

/// Words just before a telephone number. Ends with the verbs and nouns of contact.
const PHONE_WORDS: lexicon::List = words!["call", "calling", "phone", "telephone", "tel", "dial", "fax", "hotline", "helpline", "text", "number", "line", "mobile", "cell"];

fn all_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Words a few words before a tally written with `to` (`voted 312 to 110`, `passed by a vote of
/// 52 to 48`, `the court ruled 5 to 4`). Ends with the verbs and nouns of votes and rulings.
const TALLY_WORDS: lexicon::List = words![
    "vote", "votes", "voted", "voting", "ballot", "tally", "margin", "passed", "approved",
    "rejected", "defeated", "carried", "confirmed", "ruled", "split", "backed", "overturned",
    "upheld", "acquitted", "convicted",
];

/// Words for a ratio, which a number written `1:10` may come before.
pub(crate) fn is_ratio_word(w: &str) -> bool {
    lexicon::contains(RATIO_WORDS, w)
}

const RATIO_WORDS: lexicon::List = words!["ratio", "ratios", "slope", "slopes", "gradient", "gradients", "scale", "mix", "mixture", "dilution", "split"];

fn is_month_or_weekday(w: &str) -> bool {
    lexicon::MONTHS.contains(w) || lexicon::WEEKDAYS.contains(w)
}

/// Nationality and origin adjectives, capitalised, between a number and its noun
/// (`100,000 Russian troops`).
fn is_demonym(w: &str) -> bool {
    let l = w.to_lowercase();
    ["an", "ian", "ese", "ish", "i", "ic", "ch"].iter().any(|s| l.ends_with(s)) && w.len() > 3
        && w.chars().skip(1).all(|c| c.is_lowercase())
}

fn is_plural_noun(w: &str) -> bool {
    if IRREGULAR_PLURALS.has(w) {
        return true;
    }
    w.len() > 2 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !w.ends_with("'s") && !w.ends_with("’s")
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
}

fn is_singular_noun(w: &str) -> bool {
    w.len() > 2 && w.chars().all(|c| c.is_alphabetic() || c == '-') && !w.ends_with("ly") && !w.ends_with("ed") && !w.ends_with("ing") && !is_plural_noun(w)
}

/// Open-class words that may stand between a number and its noun: anything lower case that
/// is not a function word, a verb in `-ed`/`-ing` after a plural noun is caught by the noun.
fn is_adjective_like(w: &str) -> bool {
    if !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return false;
    }
    COMMON_ADJECTIVES.has(w)
        || w.contains('-')
        || ADJECTIVE_ENDINGS.iter().any(|e| w.len() > e.len() + 2 && w.ends_with(e))
}

/// Endings that mark an adjective (or a participle used as one: `wounded`, `remaining`)
/// between a number and its noun. A word without one (`launch`, `drew`) ends the search, so
/// `15 launch drew thousands` does not count thousands.
///
/// A slice, not a [`crate::lexicon::List`]: it is scanned for every candidate word, and a
/// slice is scanned without splitting a string.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "al", "ic", "ive", "ous", "ful", "less", "ary", "ory", "ian", "ish", "ese", "ern", "ed",
    "ing", "able", "ible", "ly", "est", "ant", "ent",
];

/// Short adjectives without a telling ending, as news puts them before a counted noun.
/// Ends with size, age, order and rank words.
const COMMON_ADJECTIVES: crate::lexicon::List = words![
    "new", "old", "young", "small", "large", "big", "major", "minor", "top", "senior", "junior",
    "key", "main", "full", "extra", "rival", "elite", "active", "retired", "former", "other",
    "fresh", "young", "adult", "male", "female", "black", "white", "red", "blue", "green", "armed",
    "civilian", "foreign", "local", "native", "private", "public", "rural", "urban", "last", "first",
    "high", "low", "long", "short", "wild", "dead", "sick", "poor", "rich", "free", "open", "safe",
    "unarmed", "undocumented", "underage", "elderly", "wounded", "missing", "allied", "enemy",
];

/// Adjacent quantities of the same dimension are one expression: `7 feet 10 inches`,
/// `2 years and 3 months`, `$20 and 43 cents`.
fn merge_compounds(text: &str, out: &mut Vec<Number>) {
    let mut merged: Vec<Number> = Vec::with_capacity(out.len());
    for n in out.drain(..) {
        if let Some(p) = merged.last_mut() {
            let gap = text.get(p.end..n.start).unwrap_or("x");
            let joins = gap.len() <= 6 && matches!(gap.trim(), "" | "," | "and" | ", and");
            // The second part is in a smaller unit, which a compound counts down to (7 feet 10
            // inches, $4 and 20 cents): two currencies (`240 Hong Kong dollars and 3,000
            // yen`) or a larger unit after a smaller one are a list.
            let (fa, fb) = (factor(p.unit.as_deref()), factor(n.unit.as_deref()));
            let smaller = matches!((fa, fb), (Some(fa), Some(fb)) if fb < fa);
            if joins && smaller && same_dim(p, &n) && p.high.is_none() && n.high.is_none() && n.modifier.is_none() {
                p.end = n.end;
                // 7 feet 10 inches is 7.83 feet; 2 years and 3 months is 2.25 years.
                if let (Some(a), Some(b), Some(fa), Some(fb)) = (p.value, n.value, fa, fb) {
                    p.value = Some(a + b * fb / fa);
                }
                continue;
            }
        }
        merged.push(n);
    }
    *out = merged;
}

/// The size of a unit in a base unit of its dimension (metres, seconds, hundredths of a
/// currency), for adding the parts of a compound quantity.
fn factor(unit: Option<&str>) -> Option<f64> {
    Some(match unit? {
        "mm" => 0.001, "cm" => 0.01, "m" => 1.0, "km" => 1000.0, "in" => 0.0254, "ft" => 0.3048,
        "yd" => 0.9144, "mi" => 1609.344,
        "s" => 1.0, "min" => 60.0, "h" => 3600.0, "day" => 86400.0, "week" => 604800.0,
        "month" => 2_629_746.0, "year" => 31_556_952.0,
        "g" => 1.0, "kg" => 1000.0, "mg" => 0.001, "lb" => 453.59237, "oz" => 28.349523125, "st" => 6350.29318,
        "cents" | "pence" | "sen" => 1.0,
        u if u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()) => 100.0,
        _ => return None,
    })
}

fn same_dim(a: &Number, b: &Number) -> bool {
    let dim = |n: &Number| {
        let u = n.unit.as_deref()?;
        if n.kind == NumberKind::Money {
            return Some(Dim::Money);
        }
        if n.kind == NumberKind::Duration {
            return Some(Dim::Time);
        }
        if n.kind != NumberKind::Measure {
            return None;
        }
        units::UNIT_WORDS.iter().find(|&(_, c, _)| c == u).map(|(_, _, d)| d).or_else(|| units::unit_symbol(u).map(|(_, d)| d))
    };
    matches!((dim(a), dim(b)), (Some(x), Some(y)) if x == y && x != Dim::Other)
}


#[cfg(test)]
mod tests {
    use super::*;

    /// A modifier longer than `word_modifier_before`'s buffer would never be found.
    #[test]
    fn every_modifier_fits_the_phrase_buffer() {
        assert!(NUMBER_MODIFIERS.iter().count() > 20);
        for m in NUMBER_MODIFIERS.iter() {
            assert!(m.len() < MODIFIER_BYTES, "{m:?} is longer than the buffer word_modifier_before builds phrases in");
        }
    }

    /// The gate lets `a` through before every word that `words` looks up for it: each unit
    /// word, currency word and unit symbol (with exponents too), as listed and upper-cased.
    #[test]
    fn a_is_let_through_before_every_unit_and_currency() {
        let symbols = units::UNIT_SYMBOLS.iter().flat_map(|(k, _)| [k.to_string(), format!("{k}2"), format!("{k}²"), format!("{k}-1")]);
        let words = units::UNIT_WORDS.iter().map(|(k, _, _)| k.to_string()).chain(units::CURRENCY_WORDS.iter().map(|(k, _)| k.to_string()));
        let mut asked = 0;
        for w in symbols.chain(words).flat_map(|w| [w.clone(), w.to_uppercase()]) {
            let text = format!("a {w}");
            let doc = Doc::new(&text);
            let (n, raw) = (doc.low(1), doc.tok(1));
            let looked_up = units::unit_word(n).is_some() || units::currency_word(n).is_some() || units::unit_symbol(raw).is_some();
            // Symbols that are not one word (`°C`, `%`) are not read after `a`.
            if doc.tokens.len() == 2 && doc.tokens[1].kind() == TokKind::Word && looked_up {
                asked += 1;
                assert!(Scan::new(&doc).may_start(0), "{text:?}");
            }
        }
        assert!(asked > 1400, "{asked}");
    }

    /// `may_start` never passes over a token where a reader finds something: every token of
    /// the golden corpus and of a list of number phrases, as written, lower-cased and upper-cased.
    #[test]
    fn the_gate_lets_every_number_through() {
        let phrases = "a dozen eggs; an hour and a half; half a million; half-mile; point five; percent of 10; \
            per cent of twenty-two; tens of thousands; hundreds of people; two-thirds; one - third; ½ cup; .5 mm; \
            USD3.14; Rs20; 40-mile; six-mile; 12-year-old; twenty-first; fifty - two; a third; 22,24,26; \
            a half; a quarter; a litre of milk; an ounce; a dollar; a yuan; a km; A kilogram; a hundred; an eighth; \
            1 000 000 people; 3.5bn; 40k; $3.5 billion; £2,000; 45 per cent; 3 percentage points; 10 to 15; \
            between 10 and 20; 18 to 25 percent; 1e10; 21st-century; nine out of 10; one in five; a tenth of a gallon; ⅛ inch; (.75 in); ⅞; “.5”";
        for text in &crate::text::gate_test_texts(phrases) {
            let doc = Doc::new(text);
            let s = Scan::new(&doc);
            for i in 0..s.n {
                if s.comma_list(i).is_some() || s.expression(i, 0).is_some() {
                    let context: String = text[doc.tokens[i].span().start..].chars().take(40).collect();
                    assert!(s.may_start(i), "the gate passes over {:?} in {context:?}", doc.tok(i));
                }
            }
        }
        // The candidates hold every token the gate lets through, at every place in a word of
        // their bits.
        crate::text::assert_candidates_hold_the_gate(phrases, |doc| {
            let s = Scan::new(doc);
            (s.candidates(), (0..s.n).filter(|&i| s.may_start(i)).collect())
        });
    }

    /// The class tests of `words` and `head_noun` say what the string tests they replaced
    /// said, for every word of the corpus and of every list they stand for, in three cases.
    #[test]
    fn number_word_and_head_stop_classes_agree_with_the_word_tests() {
        let mut phrases: Vec<String> = NOT_NOUNS.words.iter().map(String::from).collect();
        phrases.extend(lexicon::MONTHS.words.iter().chain(lexicon::WEEKDAYS.words.iter()).map(String::from));
        phrases.extend(numwords::number_word_keys().into_iter().map(|k| String::from_utf8(k).unwrap()));
        phrases.extend(["fourty-two", "twentyfive", "Hundreds", "doz", "tens", "mid-june", "one-half", "x-ray", "f-16"].map(String::from));
        let phrases = phrases.join(" , ");
        let mut checked = 0;
        for text in &crate::text::gate_test_texts(&phrases) {
            let doc = Doc::new(text);
            for k in 0..doc.tokens.len() {
                if doc.tokens[k].kind() != TokKind::Word {
                    continue;
                }
                let w = doc.low(k);
                let number = numwords::vague_plural(w).is_some() || numwords::ordinal(w).is_some() || numwords::small_cardinal(w).is_some() || numwords::magnitude(w).is_some();
                assert_eq!(doc.is(k, &numwords::NUMBER_WORDS), number, "{w:?}");
                let stop = lexicon::contains(NOT_NOUNS.words, w) || numwords::is_number_word(w) || numwords::vague_plural(w).is_some() || is_month_or_weekday(w);
                assert_eq!(doc.class(k) & HEAD_STOPS != 0, stop, "{w:?}");
                checked += usize::from(stop);
            }
        }
        assert!(checked > 3000, "{checked} stop words checked");
    }

    /// `may_be_amount` is false only where the unit and currency lookups it stands for find
    /// nothing: every word of the corpus and of the unit and currency tables, in three cases,
    /// with exponents, and near misses.
    #[test]
    fn may_be_amount_lets_every_unit_and_currency_word_through() {
        let mut phrases: Vec<String> = units::UNIT_WORDS.iter().map(|(k, _, _)| k.to_string()).collect();
        phrases.extend(units::CURRENCY_WORDS.iter().map(|(k, _)| k.to_string()));
        for (k, _) in units::UNIT_SYMBOLS.iter() {
            phrases.extend([k.to_string(), format!("{k}2"), format!("{k}²"), format!("{k}-1"), format!("{k}−1"), format!("{k}⁻¹")]);
        }
        phrases.extend(["kms", "Kilos", "EUROS", "kWh", "mAh", "metre-long", "km/h", "sq", "Ω", "µm", "x"].map(String::from));
        let phrases = phrases.join(" ; ");
        let (mut found, mut turned_away) = (0, 0);
        for text in &crate::text::gate_test_texts(&phrases) {
            let doc = Doc::new(text);
            let s = Scan::new(&doc);
            for k in 0..s.n {
                if !s.is_word(k) {
                    continue;
                }
                let (raw, low) = (s.raw(k), s.low(k));
                let any = [raw, low].iter().any(|w| units::unit_word(w).is_some() || units::currency_word(w).is_some() || units::unit_symbol(w).is_some());
                assert!(s.may_be_amount(k) || !any, "{raw:?} is turned away");
                found += usize::from(any);
                turned_away += usize::from(!s.may_be_amount(k));
            }
        }
        assert!(found > 2500 && turned_away > 1000, "{found} found, {turned_away} turned away");
    }

    /// The links are those of a test of every run of tokens without white space, on the
    /// corpus and on runs built to have a sign inside a number, at the start or end of a
    /// text, or next to other signs.
    #[test]
    fn links_are_the_runs_with_a_link_sign() {
        let odd = "www.x.com 3.com 1.5.org a@b @ab @a #tag #1 x# http://x.y/z?q=1 mailto:a@b.org a.html. \
            (www.a.b) “@handle” 4:30 10.5% e.g. U.S. ...com #.# :// a:b @@@@ www.com, x.co.uk";
        let mut texts = crate::text::gate_test_texts(odd);
        texts.extend(["#x", "www.", "a@bc", ".com", "x", "", " @ab ", "\n#h\n"].map(String::from));
        for text in &texts {
            let doc = Doc::new(text);
            let mut every = Vec::new();
            let mut a = 0;
            while a < doc.tokens.len() {
                let mut b = a + 1;
                while b < doc.tokens.len() && !doc.tokens[b].space_before() {
                    b += 1;
                }
                let run = &text[doc.tokens[a].span().start..doc.tokens[b - 1].span().end];
                // The signs, searched for without the pass over the bytes first.
                let plain = run.contains("://") || run.starts_with("www.") || (run.contains('@') && run.len() > 3) || run.starts_with('#')
                    || [".com", ".org", ".html"].iter().any(|d| run.contains(d));
                assert_eq!(is_link(run), plain, "{run:?}");
                if plain {
                    every.push((a, b));
                }
                a = b;
            }
            assert_eq!(Scan::new(&doc).links, every, "{:?}", text.chars().take(60).collect::<String>());
        }
    }

    /// (text, span, kind, value, high, unit, modifier)
    fn one(text: &str) -> (String, NumberKind, Option<f64>, Option<f64>, Option<String>, Option<String>) {
        let doc = Doc::new(text);
        let ns = find(&doc);
        assert_eq!(ns.len(), 1, "{text:?}: {:?}", ns.iter().map(|n| n.span().of(text)).collect::<Vec<_>>());
        let n = &ns[0];
        (n.span().of(text).to_string(), n.kind, n.value, n.high, n.unit.clone(), n.modifier.clone())
    }

    fn check(text: &str, span: &str, kind: NumberKind, value: f64, unit: Option<&str>, modifier: Option<&str>) {
        let (s, k, v, _, u, m) = one(text);
        assert_eq!((s.as_str(), k, u.as_deref(), m.as_deref()), (span, kind, unit, modifier), "{text:?}");
        let v = v.unwrap_or(f64::NAN);
        assert!((v - value).abs() <= value.abs() * 1e-9, "{text:?}: value {v} != {value}");
    }

    use NumberKind::*;

    #[test]
    fn counts_with_nouns_and_modifiers() {
        check("Officials counted more than 4,000 Dutch cyclists.", "more than 4,000 Dutch cyclists", Count, 4000.0, Some("cyclists"), Some("more than"));
        check("Nearly five hundred sheep escaped.", "Nearly five hundred sheep", Count, 500.0, Some("sheep"), Some("nearly"));
        check("Some 12 engineers quit in protest.", "Some 12 engineers", Count, 12.0, Some("engineers"), Some("some"));
        check("The club signed twenty-two players.", "twenty-two players", Count, 22.0, Some("players"), None);
        check("Hundreds of fans waited outside.", "Hundreds of fans", Count, 100.0, Some("fans"), None);
        check("In 2024 Canada", "2024", Year, 2024.0, None, None);
    }

    #[test]
    fn money_and_magnitudes() {
        check("The bridge will cost $4.2 billion.", "$4.2 billion", Money, 4.2e9, Some("USD"), None);
        check("a fine of £2,500 was imposed", "£2,500", Money, 2500.0, Some("GBP"), None);
        check("worth 300.000 euros", "300.000 euros", Money, 300000.0, Some("EUR"), None);
        check("priced at US$7", "US$7", Money, 7.0, Some("USD"), None);
        check("a 6bn deal", "6bn", Count, 6e9, None, None);
        check("raised 75 cents", "75 cents", Money, 75.0, Some("cents"), None);
        check("at least 80k subscribers", "at least 80k subscribers", Count, 80000.0, Some("subscribers"), Some("at least"));
    }

    #[test]
    fn percents_fractions_ordinals() {
        check("turnout hit 61 per cent", "61 per cent", Percent, 61.0, Some("percent"), None);
        check("a rate of 4,5 %", "4,5 %", Percent, 4.5, Some("percent"), None);
        check("rates rose 2 percentage points", "2 percentage points", Percent, 2.0, Some("percent"), None);
        check("about two-thirds of voters", "about two-thirds", Fraction, 2.0 / 3.0, None, Some("about"));
        check("the 42nd floor", "42nd", Ordinal, 42.0, None, None);
        check("her thirty-first birthday", "thirty-first", Ordinal, 31.0, None, None);
        check("a ¾ share", "¾", Fraction, 0.75, None, None);
        check("transcribed as three - fifths of members", "three - fifths", Fraction, 0.6, None, None);
        check("sold its one – third stake", "one – third", Fraction, 1.0 / 3.0, None, None);
    }

    #[test]
    fn measures_and_ranges() {
        check("a 12 km walk", "12 km", Measure, 12.0, Some("km"), None);
        check("it reached 41 °C", "41 °C", Measure, 41.0, Some("°C"), None);
        check("at 80 mph", "80 mph", Measure, 80.0, Some("mph"), None);
        check("between 30 and 45 miles", "between 30 and 45 miles", Range, 30.0, Some("mi"), Some("between"));
        check("wages of 12 to 14 percent", "12 to 14 percent", Range, 12.0, Some("percent"), None);
        check("a 40-mile trek", "40-mile", Measure, 40.0, Some("mi"), None);
        check("spanning 9 square kilometres", "9 square kilometres", Measure, 9.0, Some("square km"), None);
        let spans = |t: &str| all(t).into_iter().map(|n| (n.0, n.3)).collect::<Vec<_>>();
        let m = |s: &str| (s.to_string(), Some("m".to_string()));
        assert_eq!(spans("a plot of 2 m x 3 m"), [m("2 m"), m("3 m")]);
        assert_eq!(spans("tiles of 4 m × 4 m."), [m("4 m"), m("4 m")]);
    }

    #[test]
    fn separators_signs_and_shorthand() {
        check("a crowd of 1\u{202F}250\u{202F}000 fans", "1\u{202F}250\u{202F}000 fans", Count, 1_250_000.0, Some("fans"), None);
        check("it dropped to -7.5 overnight", "-7.5", Count, -7.5, None, None);
        check("worth 2.7 million pounds", "2.7 million pounds", Money, 2.7e6, Some("GBP"), None);
        check("a $1.2bn bid", "$1.2bn", Money, 1.2e9, Some("USD"), None);
        check("nearly 7 in 10", "nearly 7 in 10", Fraction, 0.7, None, Some("nearly"));
        check("fewer than three dozen eggs", "fewer than three dozen eggs", Count, 36.0, Some("eggs"), Some("fewer than"));
        check("the 1,000,000th visitor", "1,000,000th", Ordinal, 1e6, None, None);
    }

    #[test]
    fn compounds_add_up() {
        check("a climb of 2 km and 300 m", "2 km and 300 m", Measure, 2.3, Some("km"), None);
        check("it cost $4 and 20 cents", "$4 and 20 cents", Money, 4.2, Some("USD"), None);
        check("aged 65 or older", "aged 65 or older", Age, 65.0, None, Some("or older"));
        // A larger unit after a smaller one, or a second currency, is a list.
        let spans = |t: &str| all(t).into_iter().map(|n| (n.0, n.3)).collect::<Vec<_>>();
        let s = |a: &str, u: &str| (a.to_string(), Some(u.to_string()));
        assert_eq!(spans("a walk of 300 m and 2 km"), [s("300 m", "m"), s("2 km", "km")]);
        assert_eq!(spans("it cost $5 and 300 yen"), [s("$5", "USD"), s("300 yen", "JPY")]);
    }

    /// `decimal` gives what the standard parser gives for every shape the tokenizer makes, to
    /// the bit with up to fifteen significant digits, and within two ulps past that.
    #[test]
    fn decimal_agrees_with_the_standard_parser() {
        let mut cases: Vec<String> = ["0", "00", "7", "-7.5", "+3", "1.", ".5", "0.1", "0.3", "2.675", "1e5", "", ".", "-", "1.2.3", "12a", "4,5"]
            .iter().map(|s| s.to_string()).collect();
        // Every digit string of a pseudo-random walk, with the point at every place.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for len in 1..=24 {
            for _ in 0..400 {
                let mut d = String::new();
                for _ in 0..len {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    d.push(char::from(b'0' + (x % 10) as u8));
                }
                let at = (x >> 20) as usize % (len + 1);
                cases.push(format!("{}.{}", &d[..at], &d[at..]));
                cases.push(d);
            }
        }
        for c in &cases {
            let want = c.parse::<f64>().ok().filter(|_| !c.contains('e'));
            let got = decimal(c);
            let significant = c.trim_start_matches(['-', '+']).replace('.', "").trim_start_matches('0').len();
            match (want, got) {
                (Some(w), Some(g)) if significant <= 15 => assert_eq!(w.to_bits(), g.to_bits(), "{c:?}"),
                (Some(w), Some(g)) => assert!((w - g).abs() <= w.abs() * 4.0 * f64::EPSILON, "{c:?}: {w} vs {g}"),
                (w, g) => assert_eq!(w.is_some(), g.is_some(), "{c:?}"),
            }
        }
    }

    #[test]
    fn ages_between_commas() {
        let kinds = |t: &str| all(t).into_iter().map(|n| (n.0, n.1)).collect::<Vec<_>>();
        let k = |a: &str, b: NumberKind| (a.to_string(), b);
        assert_eq!(kinds("Lena Ortiz, 52, and her brother, 47, sold the farm."), [k("52", Age), k("47", Age)]);
        assert_eq!(kinds("Ortiz, 52, sold it; the defendant, now 61, bought it."), [k("52", Age), k("61", Age)]);
        // After a place, a connective, a day, or with a noun: no age.
        assert_eq!(kinds("In Tarrow, 12, including a child, died."), [k("12", Count)]);
        assert_eq!(kinds("However, 40, or a third, left."), [k("40", Count), k("a third", Fraction)]);
        assert_eq!(kinds("On Monday, 40, or a third, left."), [k("40", Count), k("a third", Fraction)]);
        assert_eq!(kinds("Ortiz, 52 votes, lost."), [k("52 votes", Count)]);
    }

    #[test]
    fn a_glued_m_is_a_million_before_what_it_counts() {
        check("Output rose to 28m barrels a day.", "28m barrels", Measure, 28e6, Some("bbl"), None);
        check("The fund sold 15m shares.", "15m shares", Count, 15e6, Some("shares"), None);
        check("about 40m people live there", "about 40m people", Count, 40e6, Some("people"), Some("about"));
        check("it promised 2m new homes", "2m new homes", Count, 2e6, Some("homes"), None);
        check("a grant of 5m euros", "5m euros", Money, 5e6, Some("EUR"), None);
        check("the rock is 300m years old", "300m years old", Age, 300e6, Some("year"), None);
        let r = one("between 2m and 3m viewers");
        assert_eq!((r.0.as_str(), r.1, r.2, r.3, r.4.as_deref()), ("between 2m and 3m viewers", Range, Some(2e6), Some(3e6), Some("viewers")));
        // A length: before a singular noun, a dimension, `of`, nothing, or a thing sized in metres.
        for (t, span) in [("a 5m wall fell", "5m"), ("the 100m final", "100m"), ("it is 10m high", "10m"), ("3m long poles", "3m"), ("20m of steel cable", "20m"),
            ("it dropped 8m.", "8m"), ("10m waves hit the pier", "10m"), ("she won the 400m hurdles", "400m"),
            ("the 100m final drew crowds", "100m")] {
            check(t, span, Measure, span.trim_end_matches('m').parse().unwrap(), Some("m"), None);
        }
        check("£28m was raised", "£28m", Money, 28e6, Some("GBP"), None);
    }

    #[test]
    fn basis_points_keep_their_scale() {
        check("The bank cut rates by 50 basis points.", "50 basis points", Percent, 50.0, Some("bp"), None);
        check("a 25bp cut in May", "25bp", Percent, 25.0, Some("bp"), None);
        check("yields rose 12 bps", "12 bps", Percent, 12.0, Some("bp"), None);
        check("a move of half a basis point", "half a basis point", Percent, 0.5, Some("bp"), None);
        let r = one("a cut of between 25 and 50 bps");
        assert_eq!((r.0.as_str(), r.1, r.2, r.3, r.4.as_deref()), ("between 25 and 50 bps", Range, Some(25.0), Some(50.0), Some("bp")));
        // Capital BP is before present.
        check("charcoal dated to 12,000 BP", "12,000 BP", Duration, 12000.0, Some("BP"), None);
    }

    #[test]
    fn rand_shillings_and_pc() {
        check("a R5 billion rail deal", "R5 billion", Money, 5e9, Some("ZAR"), None);
        check("a R200m upgrade", "R200m", Money, 2e8, Some("ZAR"), None);
        check("Treasury borrowed Sh50 billion", "Sh50 billion", Money, 50e9, Some("KES"), None);
        check("fuel at KSh180 per litre", "KSh180 per litre", Money, 180.0, Some("KES"), None);
        check("a USD3bn bond", "USD3bn", Money, 3e9, Some("USD"), None);
        check("sales rose 15pc last year", "15pc", Percent, 15.0, Some("percent"), None);
        check("shares fell 3.5pc", "3.5pc", Percent, 3.5, Some("percent"), None);
        // `R` with no magnitude is a statistic or a road; `pc` apart from the number a parsec.
        check("The R0 was 2.5 then.", "2.5", Count, 2.5, None, None);
        check("a cluster 40 pc away", "40 pc", Measure, 40.0, Some("pc"), None);
    }

    #[test]
    fn a_hyphened_fraction_of_quarters_is_no_duration() {
        check("Three-quarters of the forest burned.", "Three-quarters", Fraction, 0.75, None, None);
        check("the vote of three-quarters of members", "three-quarters", Fraction, 0.75, None, None);
        check("it took three-quarters of an hour", "three-quarters of an hour", Duration, 0.75, Some("h"), None);
        check("a two-week wait", "two-week", Duration, 2.0, Some("week"), None);
    }

    #[test]
    fn coordinated_numbers_share_a_unit_on_one_scale() {
        let units = |t: &str| all(t).into_iter().map(|n| (n.0, n.3)).collect::<Vec<_>>();
        let u = |a: &str, b: Option<&str>| (a.to_string(), b.map(str::to_string));
        assert_eq!(units("a state of 39 million and 58 counties"), [u("39 million", None), u("58 counties", Some("counties"))]);
        assert_eq!(units("a city of 80,000 and 12 districts"), [u("80,000", None), u("12 districts", Some("districts"))]);
        assert_eq!(units("1.5 million and 300,000 viewers"), [u("1.5 million", Some("viewers")), u("300,000 viewers", Some("viewers"))]);
        assert_eq!(units("3, 4 or 5 seats"), [u("3", Some("seats")), u("4", Some("seats")), u("5 seats", Some("seats"))]);
    }

    #[test]
    fn tallies_with_to_after_a_vote_are_left_unmarked() {
        for t in ["The assembly voted 312 to 110 on Friday.", "The measure passed 52 to 48.", "It was carried by a vote of 60 to 40.", "The bench ruled 5 to 4."] {
            assert!(all(t).is_empty(), "{t:?}: {:?}", all(t));
        }
        // Without a vote, or rising: numbers.
        let spans = |t: &str| all(t).into_iter().map(|n| n.0).collect::<Vec<_>>();
        assert_eq!(spans("Output went 40 to 30 a day."), ["40", "30"]);
        assert_eq!(spans("They voted 3 to 5 times."), ["3 to 5 times"]);
    }

    #[test]
    fn plain_spaces_between_groups_of_three() {
        check("some 120 000 people marched", "some 120 000 people", Count, 120_000.0, Some("people"), Some("some"));
        check("a census of 1 414 021 100.", "1 414 021 100", Count, 1_414_021_100.0, None, None);
        check("a gift of 30 000.", "30 000", Count, 30_000.0, None, None);
        check("it climbed 7 500 feet", "7 500 feet", Measure, 7500.0, Some("ft"), None);
        // Two groups that may be two numbers, more digits after, a year first: apart.
        let spans = |t: &str| all(t).into_iter().map(|n| n.0).collect::<Vec<_>>();
        assert_eq!(spans("Of the 15 200 were hurt."), ["15", "200"]);
        assert_eq!(spans("In 2019 200 people left."), ["2019", "200 people"]);
        assert_eq!(spans("codes 12 345 6789 and 9"), ["12", "345", "6789", "9"]);
    }

    #[test]
    fn a_qualifier_names_the_currency() {
        check("a fare of 90 Canadian dollars", "90 Canadian dollars", Money, 90.0, Some("CAD"), None);
        check("worth 2 billion Hong Kong dollars", "2 billion Hong Kong dollars", Money, 2e9, Some("HKD"), None);
        check("priced at 500 Egyptian pounds", "500 Egyptian pounds", Money, 500.0, Some("EGP"), None);
        check("a loan of 40 Pakistani rupees", "40 Pakistani rupees", Money, 40.0, Some("PKR"), None);
        check("paid 70 Syrian pounds", "70 Syrian pounds", Money, 70.0, Some("SYP"), None);
        check("paid 70 US dollars", "70 US dollars", Money, 70.0, Some("USD"), None);
        check("paid 70 Japanese yen", "70 Japanese yen", Money, 70.0, Some("JPY"), None);
    }

    #[test]
    fn eras_initialisms_ratios_and_hyphened_units() {
        check("The abbey was founded in 1152 A.D. by monks.", "1152 A.D.", Year, 1152.0, Some("AD"), None);
        check("Its walls date from 250 BC.", "250 BC", Year, 250.0, Some("BC"), None);
        check("Settlers came around 9,500 B.C.E., the survey says.", "around 9,500 B.C.E.", Year, 9500.0, Some("BCE"), Some("around"));
        check("a coin struck in 64CE", "64CE", Year, 64.0, Some("CE"), None);
        check("The eruption of AD 79 buried it.", "AD 79", Year, 79.0, Some("AD"), None);
        check("Built in A.D. 410, it fell.", "A.D. 410", Year, 410.0, Some("AD"), None);
        // A letter starting an initialism is no unit symbol, unless the letters spell one.
        check("Seats for 12 V.I.P. guests.", "12", Count, 12.0, None, None);
        check("The fare is 30 L.E. each way.", "30", Count, 30.0, None, None);
        check("Trucks are held to 55 m.p.h. there.", "55 m.p.h.", Measure, 55.0, Some("mph"), None);
        check("a sack of 20 k.g. flour", "20 k.g.", Measure, 20.0, Some("kg"), None);
        // Ratios with a colon, which alone would be clock times or scores.
        check("Pour it at a 1:4 mix.", "1:4 mix", Fraction, 0.25, Some("mix"), None);
        check("The ramp has a 1:12 slope.", "1:12 slope", Fraction, 1.0 / 12.0, Some("slope"), None);
        check("They won with a ratio of 5:2 overall.", "5:2", Fraction, 2.5, None, None);
        assert!(all("The visitors led 3:1 at half time.").is_empty());
        // A unit joined by a hyphen to the next value or to a dimension.
        let r = one("Waves of 2m-4m hit the pier.");
        assert_eq!((r.0.as_str(), r.1, r.2, r.3, r.4.as_deref()), ("2m-4m", Range, Some(2.0), Some(4.0), Some("m")));
        let r = one("Expect about 5 km-8 km of queues.");
        assert_eq!((r.0.as_str(), r.1, r.2, r.3, r.4.as_deref()), ("about 5 km-8 km", Range, Some(5.0), Some(8.0), Some("km")));
        check("a 12km-long tunnel", "12km-long", Measure, 12.0, Some("km"), None);
        check("a 3 m-deep trench", "3 m-deep", Measure, 3.0, Some("m"), None);
        assert!(all("a 7km-4km slide").iter().all(|n| n.1 != Range));
    }

    /// Every number in `text`: (span, kind, value, unit).
    fn all(text: &str) -> Vec<(String, NumberKind, Option<f64>, Option<String>)> {
        let doc = Doc::new(text);
        find(&doc).iter().map(|n| (n.span().of(text).to_string(), n.kind, n.value, n.unit.clone())).collect()
    }

    #[test]
    fn conversion_targets() {
        let m = |s: &str, v: Option<f64>, u: &str| (s.to_string(), Measure, v, Some(u.to_string()));
        assert_eq!(all("Set the oven to 200 Celsius, or convert 200 Celsius into Fahrenheit for me."),
            vec![m("200 Celsius", Some(200.0), "°C"), m("200 Celsius", Some(200.0), "°C"), m("Fahrenheit", None, "°F")]);
        assert_eq!(all("How much is 77 degrees Fahrenheit in degrees Celsius?"),
            vec![m("77 degrees Fahrenheit", Some(77.0), "°F"), m("degrees Celsius", None, "°C")]);
        assert_eq!(all("She asked what 6 feet comes to... 6 feet in metres, she meant."),
            vec![m("6 feet", Some(6.0), "ft"), m("6 feet", Some(6.0), "ft"), m("metres", None, "m")]);
        assert_eq!(all("The farm's 40 acres to square metres is a sum for the children."),
            vec![m("40 acres", Some(40.0), "acre"), m("square metres", None, "square m")]);
        assert_eq!(all("turn 9 kg to lbs"), vec![m("9 kg", Some(9.0), "kg"), m("lbs", None, "lb")]);
        // Not a conversion: another dimension, a bare scale, a duration, an ambiguous symbol.
        assert_eq!(all("The Celsius scale is older than the kelvin."), vec![]);
        assert_eq!(all("a 5 km run in minutes"), vec![m("5 km", Some(5.0), "km")]);
        assert_eq!(all("waits fell from 3 hours to minutes").len(), 1);
        assert_eq!(all("a 12 km trail to m"), vec![m("12 km", Some(12.0), "km")]);
        assert_eq!(all("water warmed 4 degrees to degrees"), vec![m("4 degrees", Some(4.0), "°")]);
    }

    #[test]
    fn percent_first() {
        check("The translated memo set the levy at per cent of fifteen.", "per cent of fifteen", Percent, 15.0, Some("percent"), None);
        check("Percents of thirty, the label read.", "Percents of thirty", Percent, 30.0, Some("percent"), None);
        check("a rebate of percent of 12", "percent of 12", Percent, 12.0, Some("percent"), None);
        // A share of a total, or `percent` as a noun: the number stands alone.
        let spans = |t: &str| all(t).into_iter().map(|n| n.0).collect::<Vec<_>>();
        assert_eq!(spans("40 percent of 300 homes"), ["40 percent", "300 homes"]);
        check("a small percent of 10 homes", "10 homes", Count, 10.0, Some("homes"), None);
        assert_eq!(spans("what percent of 80 is 20"), ["80", "20"]);
        check("percent of 600 voters", "600 voters", Count, 600.0, Some("voters"), None);
    }

    #[test]
    fn addresses_and_telephone_numbers() {
        for t in ["She rents a flat at 48 Harrow Road now.", "The embassy at 3100 Massachusetts Avenue closed.", "a shop at 15 East 52nd Street", "Mail it to 700 S. Grand Blvd. today",
            "Ring (415) 555-0143 after noon.", "Ring (415) 555 0143, she said.", "Call 555-0143 today.", "Dial +44 161 496 0755 now.", "The desk is on 0161 496 0755.",
            "Its number is 415 555 0143.", "Call the hotline on 555-2000."] {
            let doc = Doc::new(t);
            let ns = find(&doc);
            assert!(ns.is_empty(), "{t:?}: {:?}", ns.iter().map(|n| n.span().of(t)).collect::<Vec<_>>());
        }
        // No street word, a plural counted after it, a round or counted range: numbers.
        check("In 1790 Philadelphia was the capital.", "1790", Year, 1790.0, None, None);
        check("About 300 Fleet Street reporters came.", "About 300", Count, 300.0, None, Some("about"));
        let r = one("Plots of 250-1500 acres were sold.");
        assert_eq!((r.1, r.2, r.3), (Range, Some(250.0), Some(1500.0)));
        let r = one("It shipped 150-1234 units.");
        assert_eq!((r.1, r.2, r.3), (Range, Some(150.0), Some(1234.0)));
    }

    #[test]
    fn not_numbers() {
        for t in ["The COVID-19 wave", "An F-35 crashed", "the G20 summit", "flew a Boeing 747 home", "call 555-123-4567 now", "no one came", "this one is mine", "see https://example.com/2020/04/x", "I second that"] {
            let doc = Doc::new(t);
            let ns = find(&doc);
            assert!(ns.is_empty(), "{t:?}: {:?}", ns.iter().map(|n| n.span().of(t)).collect::<Vec<_>>());
        }
    }
}
