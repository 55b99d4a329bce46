//! Numbers written in words: cardinals (`twenty-five`, `three million`), ordinals (`first`,
//! `twenty-first`), fraction words (`two-thirds`, `a quarter`) and the vague plurals
//! (`hundreds`, `dozens`). Tables first, then the lookups the finders use.

use crate::lexicon::{WordList, WordMap, Words};

/// Cardinals below twenty. Ends at `nineteen`; `oh` and `o` (as in `twelve oh three`) are left
/// out because they read as letters in prose.
pub const UNITS: &[(&str, u32)] = &[
    ("zero", 0), ("nought", 0), ("naught", 0), ("nil", 0),
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
    ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
    ("nineteen", 19),
];

/// Multiples of ten. Ends at `ninety`; above it English counts in hundreds.
pub const TENS: &[(&str, u32)] = &[
    ("twenty", 20), ("thirty", 30), ("forty", 40), ("fourty", 40), ("fifty", 50), ("sixty", 60),
    ("seventy", 70), ("eighty", 80), ("ninety", 90),
];

/// Multipliers, including the South Asian `lakh` and `crore` news from India uses, and
/// `dozen`. Ends at `trillion`: larger names occur in science writing, not news.
pub const MAGNITUDES: &[(&str, f64)] = &[
    ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ("lakh", 1e5), ("lakhs", 1e5), ("lac", 1e5), ("lkh", 1e5), ("lkhs", 1e5),
    ("crore", 1e7), ("crores", 1e7), ("koti", 1e7), ("krore", 1e7), ("krores", 1e7),
    ("dozen", 12.0), ("dozens", 12.0), ("doz", 12.0), ("dozs", 12.0),
];

/// Magnitudes written after digits in financial shorthand (`3.5bn`, `40k`, `$2m`). Ends with
/// the abbreviations news and markets use; case matters (`M` is million, `m` only after money).
pub const MAGNITUDE_ABBREVIATIONS: &[(&str, f64)] = &[
    ("k", 1e3), ("K", 1e3), ("M", 1e6), ("MM", 1e6), ("mn", 1e6), ("mln", 1e6), ("bn", 1e9),
    ("bln", 1e9), ("B", 1e9), ("G", 1e9), ("tn", 1e12), ("trn", 1e12), ("T", 1e12),
];

/// Ordinals that are not a cardinal plus `th`. Ends at `twelfth`; the rest are regular.
const IRREGULAR_ORDINALS: &[(&str, u32)] = &[
    ("first", 1), ("second", 2), ("third", 3), ("fifth", 5), ("eighth", 8), ("ninth", 9),
    ("twelfth", 12),
];

/// Vague plurals that stand for an order of magnitude (`hundreds of`, `dozens`). Ends with
/// `tens` (as in `tens of thousands`), which reads as a number only before `of`.
pub const VAGUE_PLURALS: &[(&str, f64)] = &[
    ("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9),
    ("trillions", 1e12), ("dozens", 12.0), ("scores", 20.0), ("tens", 10.0),
];

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table.iter().find(|(k, _)| k.eq_ignore_ascii_case(w)).map(|&(_, v)| v)
}

/// First letters of every word `small_cardinal` accepts (UNITS, TENS, and TENS-led compounds);
/// `tests::initials_cover_the_tables` keeps it in step with the tables.
const CARDINAL_INITIALS: &[u8] = b"znotfse";
/// First letters of every word `ordinal` accepts: the irregular ordinals, UNITS and TENS
/// stems, and the magnitudes (`hundredth` ... `trillionth`).
const ORDINAL_INITIALS: &[u8] = b"fstenhmb";

fn starts_with_any(w: &str, initials: &[u8]) -> bool {
    w.as_bytes().first().is_some_and(|b| initials.contains(&b.to_ascii_lowercase()))
}

/// The longest number word these lookups can match (`seventy-seventh`, `hundred-thousandth`
/// are well under it); longer words are answered at once without lower-casing them.
const LONGEST: usize = 24;

/// Calls `f` with `w` lower-cased (ASCII only) in a stack buffer: these lookups run on nearly
/// every word of a text, so they must not allocate. `None` for words too long to be numbers.
fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> Option<R>) -> Option<R> {
    if w.len() > LONGEST {
        return None;
    }
    let mut buf = [0u8; LONGEST];
    let lw = &mut buf[..w.len()];
    lw.copy_from_slice(w.as_bytes());
    lw.make_ascii_lowercase();
    // ASCII lower-casing keeps UTF-8 valid, so this never fails.
    f(std::str::from_utf8(lw).ok()?)
}

/// The value of a cardinal word below a hundred: `seven`, `forty`, `twenty-five`,
/// `twentyfive`. Any case.
pub fn small_cardinal(w: &str) -> Option<u32> {
    // Asked of nearly every word: most fail on their first letter, before any lookup.
    if !starts_with_any(w, CARDINAL_INITIALS) {
        return None;
    }
    with_lower(w, |lw| WORDS.with(|m| m.get(lw.as_bytes()).and_then(|v| v.0)))
}

/// The value of an ordinal word: `first`, `eleventh`, `twentieth`, `twenty-first`,
/// `twentyfifth`, `hundredth`, `millionth`. Any case.
pub fn ordinal(w: &str) -> Option<f64> {
    if !starts_with_any(w, ORDINAL_INITIALS) {
        return None;
    }
    with_lower(w, |lw| WORDS.with(|m| m.get(lw.as_bytes()).and_then(|v| v.1)))
}

/// The class of every word [`small_cardinal`], [`ordinal`], [`magnitude`] or [`vague_plural`]
/// reads (`seven`, `twenty-first`, `million`, `hundreds`): its words are added from
/// [`number_word_keys`] when the classes are built.
pub(crate) static NUMBER_WORDS: WordList = WordList::new(15, words![]);

/// Every cardinal and ordinal word, lower case.
pub(crate) fn number_word_keys() -> Vec<Vec<u8>> {
    let mut keys: Vec<Vec<u8>> = WORDS.with(|m| m.keys().map(<[u8]>::to_vec).collect());
    keys.extend(MAGNITUDES.iter().chain(VAGUE_PLURALS).map(|(w, _)| w.to_ascii_lowercase().into_bytes()));
    keys
}

thread_local! {
    /// Every cardinal and ordinal word, lower case, with its values: one lookup instead of the
    /// table scans of the rules below, which are asked about the same words many times over.
    static WORDS: NumberWords = number_words();
}

/// The number words and the values of each: its [`small_cardinal`] and [`ordinal`].
type NumberWords = WordMap<(Option<u32>, Option<f64>)>;

fn number_words() -> NumberWords {
    let simple = simple_number_words();
    let mut map = NumberWords::new(Words::default());
    let mut put = |w: &str, values: (Option<u32>, Option<f64>)| {
        if values != (None, None) {
            *map.entry(w.as_bytes(), || values) = values; // the last entry of a word wins
        }
    };
    for w in &simple {
        put(w, (cardinal_rule(w), ordinal_rule(w)));
    }
    // The rules join a tens word only to a unit below ten (`twenty-five`, `twenty-first`), and
    // a compound's values are the tens' plus the unit's: worked out here once a unit, not by
    // the rules for each of the 600 compounds (a test checks both give the same map).
    let units: Vec<(&String, Option<u32>, Option<f64>)> = simple
        .iter()
        .map(|w| (w, cardinal_rule(w).filter(|v| (1..10).contains(v)), ordinal_rule(w).filter(|v| *v < 10.0)))
        .filter(|&(_, c, o)| c.is_some() || o.is_some())
        .collect();
    let mut key = String::new();
    for &(t, tv) in TENS {
        for sep in ["", "-", "‐", "‑"] {
            for &(u, c, o) in &units {
                key.clear();
                key.push_str(t);
                key.push_str(sep);
                key.push_str(u);
                put(&key, (c.map(|v| tv + v), o.map(|v| tv as f64 + v)));
            }
        }
    }
    map
}

/// The number words that are not compounds of a tens word and a unit.
fn simple_number_words() -> Vec<String> {
    let mut simple: Vec<String> = UNITS.iter().chain(TENS).map(|(w, _)| w.to_string()).collect();
    simple.extend(IRREGULAR_ORDINALS.iter().map(|(w, _)| w.to_string()));
    simple.extend(UNITS.iter().map(|(w, _)| format!("{w}th")));
    simple.extend(TENS.iter().filter_map(|(t, _)| t.strip_suffix('y')).map(|s| format!("{s}ieth")));
    simple.extend(["hundredth", "thousandth", "millionth", "billionth", "trillionth"].map(String::from));
    simple
}

/// What [`small_cardinal`] answers, by the tables' rules.
fn cardinal_rule(w: &str) -> Option<u32> {
    if let Some(v) = lookup(UNITS, w).or_else(|| lookup(TENS, w)) {
        return Some(v);
    }
    let (tens, unit) = split_compound(w)?;
    let t = lookup(TENS, tens)?;
    let u = lookup(UNITS, unit).filter(|u| (1..10).contains(u))?;
    Some(t + u)
}

/// Splits `twenty-five` or `twentyfive` after a tens word.
fn split_compound(w: &str) -> Option<(&str, &str)> {
    if let Some((a, b)) = w.split_once(crate::text::is_hyphen) {
        return Some((a, b));
    }
    let b = w.as_bytes();
    let (t, _) = TENS.iter().find(|(t, _)| b.len() > t.len() && b[..t.len()].eq_ignore_ascii_case(t.as_bytes()))?;
    // `t` is ASCII, so its length is a char boundary of `w` when `w` starts with it.
    w.is_char_boundary(t.len()).then(|| w.split_at(t.len()))
}

/// The value of a magnitude word (`hundred`, `million`, `crore`, `dozen`).
pub fn magnitude(w: &str) -> Option<f64> {
    lookup(MAGNITUDES, w)
}

/// What [`ordinal`] answers, by the tables' rules.
fn ordinal_rule(w: &str) -> Option<f64> {
    with_lower(w, |lw| {
        simple_ordinal(lw).or_else(|| {
            let (tens, unit) = split_compound(lw)?;
            let t = lookup(TENS, tens)?;
            let u = simple_ordinal(unit).filter(|u| *u < 10.0)?;
            Some(t as f64 + u)
        })
    })
}

fn simple_ordinal(lw: &str) -> Option<f64> {
    if let Some(v) = lookup(IRREGULAR_ORDINALS, lw) {
        return Some(v as f64);
    }
    if let Some(stem) = lw.strip_suffix("ieth") {
        // twentieth, thirtieth ... ninetieth: the tens word is the stem and a `y`.
        return TENS
            .iter()
            .find(|(t, _)| t.len() == stem.len() + 1 && t.ends_with('y') && t[..stem.len()].eq_ignore_ascii_case(stem))
            .map(|&(_, v)| v as f64);
    }
    let stem = lw.strip_suffix("th")?;
    if let Some(v) = lookup(UNITS, stem).filter(|v| *v >= 4) {
        return Some(v as f64);
    }
    match stem {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// The denominator a fraction word names: `half`/`halves` 2, `third(s)` 3, `quarter(s)` and
/// `fourth(s)` 4, `fifth(s)` 5 ... `hundredth(s)`. Returns the denominator and whether the word
/// is plural.
pub fn denominator(w: &str) -> Option<(f64, bool)> {
    with_lower(w, denominator_lower)
}

fn denominator_lower(lw: &str) -> Option<(f64, bool)> {
    match lw {
        "half" => return Some((2.0, false)),
        "halves" => return Some((2.0, true)),
        "quarter" => return Some((4.0, false)),
        "quarters" => return Some((4.0, true)),
        "first" | "firsts" | "second" | "seconds" => return None,
        _ => {}
    }
    let (stem, plural) = match lw.strip_suffix('s') {
        Some(s) => (s, true),
        None => (lw, false),
    };
    ordinal(stem).filter(|v| *v >= 3.0).map(|v| (v, plural))
}

/// The order of magnitude a vague plural stands for (`hundreds` 100, `dozens` 12).
pub fn vague_plural(w: &str) -> Option<f64> {
    lookup(VAGUE_PLURALS, w)
}

/// A hyphenated fraction in one word: `two-thirds`, `one-half`, `three-quarters`.
pub fn hyphenated_fraction(w: &str) -> Option<f64> {
    let (a, b) = w.split_once(crate::text::is_hyphen)?;
    let n = small_cardinal(a)?;
    let (d, plural) = denominator(b)?;
    (plural == (n != 1) || d == 2.0).then_some(n as f64 / d)
}

/// Whether `w` is any word this module reads as part of a number.
pub fn is_number_word(w: &str) -> bool {
    small_cardinal(w).is_some() || magnitude(w).is_some() || ordinal(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of number words holds, key for key and in the same order, what the rules
    /// give for every word and compound (how it was built before the compounds' values were
    /// worked out from their parts).
    #[test]
    fn number_words_are_what_the_rules_give() {
        let simple = simple_number_words();
        let units: Vec<&String> = simple.iter().filter(|w| cardinal_rule(w).is_some_and(|v| (1..10).contains(&v)) || ordinal_rule(w).is_some_and(|v| v < 10.0)).collect();
        let mut all = simple.clone();
        for (t, _) in TENS {
            for sep in ["", "-", "‐", "‑"] {
                all.extend(units.iter().map(|u| format!("{t}{sep}{u}")));
            }
        }
        let mut want = NumberWords::new(Words::default());
        for w in all {
            let values = (cardinal_rule(&w), ordinal_rule(&w));
            if values != (None, None) {
                *want.entry(w.as_bytes(), || values) = values;
            }
        }
        let got = number_words();
        let keys: Vec<&[u8]> = got.keys().collect();
        assert_eq!(keys, want.keys().collect::<Vec<_>>());
        assert!(keys.len() > 500, "{}", keys.len());
        for k in keys {
            assert_eq!(got.get(k), want.get(k), "{:?}", String::from_utf8_lossy(k));
        }
    }

    #[test]
    fn initials_cover_the_tables() {
        let first = |w: &str| w.as_bytes()[0];
        for (w, _) in UNITS.iter().chain(TENS) {
            assert!(CARDINAL_INITIALS.contains(&first(w)), "{w} is cut off by CARDINAL_INITIALS");
        }
        // Regular ordinals are UNITS from four up (`fourth`), TENS (`twentieth`), and their compounds.
        let regular = UNITS.iter().filter(|(_, v)| *v >= 4).chain(TENS).map(|(w, _)| *w);
        for w in IRREGULAR_ORDINALS.iter().map(|(w, _)| *w).chain(regular) {
            assert!(ORDINAL_INITIALS.contains(&first(w)), "{w} is cut off by ORDINAL_INITIALS");
        }
        for w in ["hundredth", "thousandth", "millionth", "billionth", "trillionth"] {
            assert!(ORDINAL_INITIALS.contains(&first(w)));
            assert!(ordinal(w).is_some());
        }
        for (w, v) in UNITS.iter().chain(TENS) {
            assert_eq!(small_cardinal(w), Some(*v));
            assert_eq!(small_cardinal(&w.to_uppercase()), Some(*v));
        }
    }

    /// The lookups answer exactly what the rules do, for every word of the golden corpus, every
    /// pair of table words joined in every way, and their capitalised forms.
    #[test]
    fn lookups_agree_with_the_rules() {
        let mut words: Vec<String> = Vec::new();
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default();
            words.extend(text.split(|c: char| c.is_whitespace() || ",.;:!?\"()".contains(c)).map(String::from));
        }
        let table: Vec<&str> = UNITS.iter().chain(TENS).map(|(w, _)| *w)
            .chain(IRREGULAR_ORDINALS.iter().map(|(w, _)| *w))
            .chain(MAGNITUDES.iter().map(|(w, _)| *w))
            .chain(["fourth", "sixth", "eightth", "nineth", "twentieth", "fourtieth", "hundredth", "th", "ieth", "", "-", "y"])
            .collect();
        for a in &table {
            for b in &table {
                for sep in ["", "-", "‐", "‑", "--", " ", "th"] {
                    words.push(format!("{a}{sep}{b}"));
                }
            }
        }
        let upper: Vec<String> = words.iter().flat_map(|w| [w.to_uppercase(), { let mut c = w.chars(); c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect()) }]).collect();
        words.extend(upper);
        for w in &words {
            let cardinal = if starts_with_any(w, CARDINAL_INITIALS) { cardinal_rule(w) } else { None };
            let ordinal_ = if starts_with_any(w, ORDINAL_INITIALS) { ordinal_rule(w) } else { None };
            assert_eq!(small_cardinal(w), cardinal, "{w}");
            assert_eq!(ordinal(w), ordinal_, "{w}");
        }
        assert!(words.len() > 100_000);
    }

    #[test]
    fn words_have_values() {
        assert_eq!(small_cardinal("twenty-five"), Some(25));
        assert_eq!(small_cardinal("Fortyeight"), Some(48));
        assert_eq!(small_cardinal("twenty-ten"), None);
        assert_eq!(ordinal("twenty-first"), Some(21.0));
        assert_eq!(ordinal("ninetieth"), Some(90.0));
        assert_eq!(ordinal("hundredth"), Some(100.0));
        assert_eq!(ordinal("fourth"), Some(4.0));
        assert_eq!(ordinal("forth"), None);
        assert_eq!(denominator("thirds"), Some((3.0, true)));
        assert_eq!(denominator("second"), None);
        assert_eq!(hyphenated_fraction("two-thirds"), Some(2.0 / 3.0));
        assert_eq!(hyphenated_fraction("one-half"), Some(0.5));
        assert_eq!(hyphenated_fraction("twenty-five"), None);
        assert_eq!(magnitude("Crore"), Some(1e7));
    }
}
