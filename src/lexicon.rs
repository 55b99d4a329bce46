//! Word lists the finders consult. Each list says where it ends and why; all entries are
//! lower case and matched against lower-cased tokens.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// Speech verbs that attribute a quotation or a reported statement, in every inflection a
/// news sentence uses. Kept to verbs that report speech or writing: verbs of thinking
/// (`believe`) and perception (`see`) are left out because they introduce opinions the
/// reporter attributes loosely, not statements.
pub static CUE_VERBS: WordList = WordList::new(0, &[
    "said", "says", "say", "saying",
    "told", "tells", "tell", "telling",
    "added", "adds", "add", "adding",
    "stressed", "stresses", "stress", "stressing",
    "urged", "urges", "urge", "urging",
    "warned", "warns", "warn", "warning",
    "wrote", "writes", "write", "writing",
    "tweeted", "tweets", "tweet", "tweeting",
    "explained", "explains", "explain", "explaining",
    "noted", "notes", "note", "noting",
    "insisted", "insists", "insist", "insisting",
    "asked", "asks", "ask", "asking",
    "claimed", "claims", "claim", "claiming",
    "argued", "argues", "argue", "arguing",
    "emphasized", "emphasizes", "emphasised", "emphasises",
    "announced", "announces", "declared", "declares",
    "replied", "replies", "responded", "responds",
    "continued", "continues", "recalled", "recalls",
    "acknowledged", "acknowledges", "admitted", "admits",
    "conceded", "concedes", "countered", "counters",
    "predicted", "predicts", "promised", "promises",
    "suggested", "suggests", "stated", "states",
    "reported", "reports", "posted", "posts",
    "shouted", "yelled", "whispered", "joked", "jokes", "sighed",
    "testified", "testifies", "observed", "observes",
    "maintained", "maintains", "complained", "complains",
    "cautioned", "cautions", "vowed", "vows", "pledged", "pledges",
    "confirmed", "confirms", "denied", "denies",
    "demanded", "demands", "demanding", "boasted", "boasts", "boasting",
    "bragged", "brags", "quipped", "quips", "quipping", "joking",
    "asserted", "asserts", "asserting", "remarked", "commented", "concluded", "concludes",
    "contended", "contends", "retorted", "snapped", "scoffed", "thundered",
    "lamented", "laments", "exclaimed", "cried", "screamed", "screams", "yells", "yelling",
    "chanted", "chants", "chanting", "sang", "sings", "singing",
    "recounted", "recounts", "reiterated", "reiterates", "assured", "assures",
    "reminded", "reminds", "opined", "speculated", "wondered", "wonders", "mused",
    "grumbled", "muttered", "interjected", "answered", "texted", "emailed", "blogged",
    "alleged", "alleges", "accused", "accuses", "mocked", "proclaimed", "proclaims",
    "disclosed", "revealed", "reveals", "typed", "read", "reads",
    "called", "described", "describes", "dubbed", "branded",
    "likened", "likens", "scolded", "charged", "questioned", "recalling", "telling",
    "declaring", "conceding", "promising", "warning", "vowing", "pledging", "insisting",
    "call", "calls", "calling", "attacked", "attacks", "blasted", "blasts", "slammed", "slams",
    "criticized", "criticizes", "criticised", "criticises", "praised", "praises", "hailed",
    "hails", "condemned", "condemns", "denounced", "denounces", "decried", "decries",
    "derided", "derides", "dismissed", "dismisses", "lambasted", "touted", "touts",
]);

/// Two-word speech verbs, matched on their first word: `pointed out`, `put it`.
pub const CUE_PHRASES: &[(&str, &str)] = &[
    ("pointed", "out"), ("points", "out"), ("pointing", "out"), ("went", "on"), ("goes", "on"),
    ("put", "it"), ("puts", "it"), ("shot", "back"), ("fired", "back"), ("chimed", "in"),
    ("summed", "up"), ("spoke", "out"), ("weighed", "in"),
];

/// Words that modify a number's value, as written before it. Matched as whole lower-cased
/// phrases, the longest wins, so `no more than` beats `more than`. Ends with the bounds and
/// approximations news writing uses; `just`/`only` are left out because they colour rather
/// than bound the value.
pub const NUMBER_MODIFIERS: &[&str] = &[
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as",
    "as much as", "as few as", "as little as", "no more than", "no fewer than", "no less than",
    "not more than", "not less than", "close to", "upwards of", "in excess of", "lower than",
    "higher than", "greater than", "exceeding", "just over", "just under", "well over",
    "well above", "nearly", "almost", "about", "around", "roughly", "approximately", "approx",
    "circa", "some", "over", "under", "below", "above", "exactly", "precisely", "an estimated",
    "estimated", "an average of", "on average", "between", "a maximum of", "a minimum of",
    "a total of", "within", "down to", "as low as", "as high as", "as long as", "better than",
    "in the range of", "in the order of", "on the order of", "of the order of", "in excess of",
];

/// Symbols that bound or approximate the number glued after them (`~40`, `≥16`).
pub const NUMBER_SYMBOL_MODIFIERS: &[&str] = &["~", "≈", "<", ">", "≤", "≥", "±", "∼"];

/// Day names. Abbreviations live with the date finder, which needs context to trust them.
pub static WEEKDAYS: WordList = WordList::new(1, &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/// Month names in full. Abbreviations and the ambiguous `May`, `March`, `August` are judged
/// by the date finder.
pub static MONTHS: WordList = WordList::new(2, &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]);

/// Parts of a day that may precede a weekday: `late Monday`, `early Tuesday`.
pub static DAY_PARTS: WordList = WordList::new(3, &["early", "late", "mid"]);

/// Periods that combine with `last`, `next`, `this`, `earlier this`, ... into relative dates.
pub static PERIODS: WordList = WordList::new(4, &["week", "month", "year", "weekend", "decade", "century", "spring", "summer", "autumn", "fall", "winter", "quarter", "season", "morning", "afternoon", "evening", "night", "fortnight", "term", "semester", "weekday", "qtr", "week-end", "yr", "wk", "wkend"]);

/// Whether `word` is in `list`, ignoring ASCII case: the same answer as
/// `list.iter().any(|w| w.eq_ignore_ascii_case(word))`, in constant time.
///
/// The finders ask this for nearly every token against lists of up to a few hundred words, so
/// a linear scan dominated the running time. Each list (told apart by its address and length:
/// the lists are `'static` and never change) gets a hash set of its ASCII-lower-cased words the
/// first time it is asked about; the word is lower-cased into a stack buffer, so a lookup
/// allocates nothing.
pub fn contains(list: &'static [&'static str], word: &str) -> bool {
    const MAX: usize = 48;
    if word.len() > MAX {
        return list.iter().any(|w| w.eq_ignore_ascii_case(word));
    }
    let mut buf = [0u8; MAX];
    let key = &mut buf[..word.len()];
    key.copy_from_slice(word.as_bytes());
    key.make_ascii_lowercase();
    SETS.with(|sets| {
        let id = (list.as_ptr() as usize, list.len());
        // try_borrow, never borrow: in wasm a trap (out of memory) can strike while the cache is
        // borrowed and leave it marked so; the module must then go on, only slower.
        match sets.try_borrow() {
            Ok(map) => {
                if let Some(set) = map.get(&id) {
                    return set.contains(&*key);
                }
            }
            Err(_) => return list.iter().any(|w| w.eq_ignore_ascii_case(word)),
        }
        let set: WordSet = list.iter().map(|w| w.to_ascii_lowercase().into_bytes().into_boxed_slice()).collect();
        let found = set.contains(&*key);
        if let Ok(mut map) = sets.try_borrow_mut() {
            map.insert(id, set);
        }
        found
    })
}

type WordSet = HashSet<Box<[u8]>, BuildHasherDefault<WordHash>>;

/// A word list that tokens are tested against, with a bit of its own among all such lists.
/// [`crate::text::Doc`] looks every token up once in one map of all of them
/// ([`classes`]), so testing a token against a list is a single AND ([`Doc::is`]), and
/// testing any other string is one lookup ([`WordList::contains`]). Words are ASCII lower case
/// and match ignoring ASCII case, as [`contains`] does; a test checks both of these.
///
/// [`Doc::is`]: crate::text::Doc::is
pub struct WordList {
    pub words: &'static [&'static str],
    bit: u64,
    /// What of each entry is listed: the whole entry, or (for lists of phrases) its first
    /// word or every word.
    part: Part,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Whole,
    First,
    Every,
}

impl WordList {
    /// A list with bit `index`, which no other list in [`REGISTRY`] may use.
    pub const fn new(index: u32, words: &'static [&'static str]) -> WordList {
        WordList { words, bit: 1 << index, part: Part::Whole }
    }

    /// A list of the first words of the phrases `phrases`.
    pub const fn first_words(index: u32, phrases: &'static [&'static str]) -> WordList {
        WordList { words: phrases, bit: 1 << index, part: Part::First }
    }

    /// A list of every word of the phrases `phrases`.
    pub const fn every_word(index: u32, phrases: &'static [&'static str]) -> WordList {
        WordList { words: phrases, bit: 1 << index, part: Part::Every }
    }

    /// The words this list holds.
    fn entries(&self) -> impl Iterator<Item = &'static str> + '_ {
        let part = self.part;
        self.words.iter().flat_map(move |w| -> Vec<&'static str> {
            match part {
                Part::Whole => vec![*w],
                Part::First => w.split(' ').take(1).collect(),
                Part::Every => w.split(' ').collect(),
            }
        })
    }

    pub const fn bit(&self) -> u64 {
        self.bit
    }

    /// Whether `word` is in the list, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        classes(word) & self.bit != 0
    }
}

/// Every [`WordList`] a token is classed by. Keep each list's bit unique.
static REGISTRY: &[&WordList] = &[
    &CUE_VERBS, &WEEKDAYS, &MONTHS, &DAY_PARTS, &PERIODS,
    &crate::dates::RELATIVE_LEADS, &crate::dates::DAY_WORDS, &crate::dates::PARTS_OF_DAY,
    &crate::dates::BOUNDARIES, &crate::dates::SEASONS, &crate::dates::DECADE_WORDS,
    &crate::dates::WEEKDAY_ABBREVIATIONS, &crate::dates::LEADS, &crate::dates::HOLIDAY_FIRSTS,
    &crate::dates::MONTH_ABBREVIATION_WORDS, &crate::numwords::NUMBER_WORDS, &crate::numbers::LEADS, &crate::numbers::MODIFIER_WORDS,
    &crate::dates::THE_NEXT, &crate::dates::A_NEXT, &crate::dates::IN_NEXT, &crate::dates::HOLIDAY_WORDS,
    &crate::speakers::DETERMINERS, &crate::speakers::PRONOUNS, &crate::speakers::STOP, &crate::speakers::NP_PREPOSITIONS, &crate::speakers::VERB_PREFIX, &crate::speakers::ABBREVIATIONS, &crate::speakers::CALENDAR, &crate::speakers::CONNECTIVES, &crate::speakers::NOUNISH_CUES, &crate::speakers::PP_HEADS, &crate::speakers::CLAUSE_WORDS, &crate::speakers::INTRODUCERS, &crate::speakers::STATEMENT_NOUNS, &crate::speakers::DEMONSTRATIVES, &crate::speakers::CUE_STARTS,
    &crate::speakers::coref::TITLES, &crate::speakers::coref::PERSON_NOUNS, &crate::speakers::coref::ORG_NOUNS, &crate::speakers::coref::FEMALE, &crate::speakers::coref::MALE, &crate::speakers::coref::DEFINITE,
];

/// The bits of every registered list `word` is in (ignoring ASCII case); 0 for most words.
pub fn classes(word: &str) -> u64 {
    const MAX: usize = 48;
    if word.len() > MAX {
        return 0; // no listed word is this long
    }
    let mut buf = [0u8; MAX];
    let key = &mut buf[..word.len()];
    key.copy_from_slice(word.as_bytes());
    key.make_ascii_lowercase();
    CLASSES.with(|c| c.masks[c.ids.get(&*key).map_or(0, |&id| usize::from(id))])
}

/// Calls `f` with a function from an already lower-cased word to the id of its [`classes`]
/// (a small number: few words share their lists with no other word), and the classes of
/// each id: one thread-local access for a whole text. [`crate::text::Doc`] keeps two bytes
/// a token this way, where the classes themselves take eight.
pub fn with_classes<R>(f: impl FnOnce(&dyn Fn(&[u8]) -> u16, &[u64]) -> R) -> R {
    CLASSES.with(|c| f(&|w: &[u8]| c.ids.get(w).copied().unwrap_or(0), &c.masks))
}

struct Classes {
    /// Each listed word's class id.
    ids: HashMap<Box<[u8]>, u16, BuildHasherDefault<WordHash>>,
    /// The classes of each id; id 0 is no list at all.
    masks: Vec<u64>,
}

thread_local! {
    static CLASSES: Classes = {
        let mut bits: HashMap<Box<[u8]>, u64, BuildHasherDefault<WordHash>> = HashMap::default();
        for list in REGISTRY {
            for w in list.entries() {
                *bits.entry(w.as_bytes().into()).or_default() |= list.bit;
            }
        }
        for w in crate::numwords::number_word_keys() {
            *bits.entry(w.into_bytes().into_boxed_slice()).or_default() |= crate::numwords::NUMBER_WORDS.bit();
        }
        // Distinct classes are at most as many as words, a few thousand: ids fit in u16 (a
        // test checks the margin).
        let mut masks = vec![0u64];
        let mut id_of: HashMap<u64, u16, BuildHasherDefault<WordHash>> = HashMap::default();
        let mut ids = HashMap::default();
        for (w, m) in bits {
            let id = *id_of.entry(m).or_insert_with(|| {
                masks.push(m);
                u16::try_from(masks.len() - 1).unwrap_or(u16::MAX)
            });
            ids.insert(w, id);
        }
        Classes { ids, masks }
    };
}


thread_local! {
    static SETS: RefCell<HashMap<(usize, usize), WordSet, BuildHasherDefault<WordHash>>> = RefCell::default();
}

/// The hash of the word maps: short keys, no hostile input to fear (the keys are our own
/// words and a word of the text only probes), so a multiply-rotate over eight bytes at a
/// time (as rustc's FxHash) is enough, and far cheaper than SipHash or byte-wise FNV.
#[derive(Clone, Copy, Default)]
pub struct WordHash(u64);

impl WordHash {
    const K: u64 = 0x517c_c1b7_2722_0a95;

    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(Self::K);
    }
}

impl Hasher for WordHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_lists_have_their_own_bits_and_lower_case_ascii_words() {
        let mut seen = 0u64;
        for list in REGISTRY {
            assert_eq!(list.bit.count_ones(), 1);
            assert_eq!(seen & list.bit, 0, "two lists share bit {:#x}", list.bit);
            seen |= list.bit;
            for w in list.entries() {
                assert!(w.is_ascii() && w == w.to_ascii_lowercase(), "{w:?} is not lower-case ASCII");
                assert!(list.contains(w) && list.contains(&w.to_ascii_uppercase()));
            }
        }
        assert!(!CUE_VERBS.contains("government") && !CUE_VERBS.contains(""));
        CLASSES.with(|c| assert!(c.masks.len() < 10_000 && c.ids.len() < 60_000, "{} classes", c.masks.len()));
    }

    #[test]
    fn contains_ignores_ascii_case_only() {
        static LIST: &[&str] = &["said", "Über", "according"];
        assert!(contains(LIST, "SAID") && contains(LIST, "said") && contains(LIST, "Said"));
        assert!(contains(LIST, "über") == "Über".eq_ignore_ascii_case("über"));
        assert!(contains(LIST, "Über"));
        assert!(!contains(LIST, "sai") && !contains(LIST, "saidx") && !contains(LIST, ""));
        let long = "a".repeat(100);
        assert!(!contains(LIST, &long));
    }

    #[test]
    fn contains_answers_even_with_the_cache_left_borrowed() {
        static LIST: &[&str] = &["said", "told"];
        assert!(contains(LIST, "Told"));
        SETS.with(|sets| {
            let _held = sets.borrow_mut();
            assert!(contains(LIST, "SAID") && !contains(LIST, "wrote"));
        });
    }
}
