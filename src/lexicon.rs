//! Word lists the finders consult. Each list says where it ends and why; all entries are
//! lower case and matched against lower-cased tokens.

use std::cell::RefCell;

/// Speech verbs that attribute a quotation or a reported statement, in every inflection a
/// news sentence uses. Kept to verbs that report speech or writing: verbs of thinking
/// (`believe`) and perception (`see`) are left out because they introduce opinions the
/// reporter attributes loosely, not statements.
pub static CUE_VERBS: WordList = WordList::new(0, words![
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
pub const NUMBER_MODIFIERS: List = words![
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
pub const NUMBER_SYMBOL_MODIFIERS: List = words!["~", "≈", "<", ">", "≤", "≥", "±", "∼"];

/// Day names. Abbreviations live with the date finder, which needs context to trust them.
pub static WEEKDAYS: WordList = WordList::new(1, words!["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/// Month names in full. Abbreviations and the ambiguous `May`, `March`, `August` are judged
/// by the date finder.
pub static MONTHS: WordList = WordList::new(2, words![
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
]);

/// Parts of a day that may precede a weekday: `late Monday`, `early Tuesday`.
pub static DAY_PARTS: WordList = WordList::new(3, words!["early", "late", "mid"]);

/// Periods that combine with `last`, `next`, `this`, `earlier this`, ... into relative dates.
pub static PERIODS: WordList = WordList::new(4, words!["week", "month", "year", "weekend", "decade", "century", "spring", "summer", "autumn", "fall", "winter", "quarter", "season", "morning", "afternoon", "evening", "night", "fortnight", "term", "semester", "weekday", "qtr", "week-end", "yr", "wk", "wkend"]);

/// A list of words (or phrases), kept as one string with a line break after each: made by
/// the `words!` macro from string literals. A slice of `&str` would add eight bytes of
/// pointer and length a word to the module; these lists are read in order only when a set
/// or class is built from them, so splitting the string then costs nothing that counts.
#[derive(Clone, Copy)]
pub struct List(&'static str);

impl List {
    /// The list of `joined`, whose every entry ends with a line break (`words!` makes it so).
    pub const fn joined(joined: &'static str) -> List {
        List(joined)
    }

    /// The entries, in order.
    pub fn iter(self) -> std::str::SplitTerminator<'static, char> {
        self.0.split_terminator('\n')
    }

    /// Whether `word` is an entry, exactly (case and all): [`contains`] without the folding
    /// of case, in constant time.
    pub fn has(self, word: &str) -> bool {
        lookup(self, word, false)
    }
}

/// Whether `word` is in `list`, ignoring ASCII case: the same answer as
/// `list.iter().any(|w| w.eq_ignore_ascii_case(word))`, in constant time.
///
/// The finders ask this for nearly every token against lists of up to a few hundred words, so
/// a linear scan dominated the running time. Each list (told apart by its address and length:
/// the lists are `'static` and never change) gets a hash set of its ASCII-lower-cased words the
/// first time it is asked about; the word is lower-cased into a stack buffer, so a lookup
/// allocates nothing.
pub fn contains(list: List, word: &str) -> bool {
    lookup(list, word, true)
}

/// [`contains`] when `fold`, else [`List::has`]: a list's set is made once for each.
fn lookup(list: List, word: &str, fold: bool) -> bool {
    const MAX: usize = 48;
    let scan = || list.iter().any(|w| if fold { w.eq_ignore_ascii_case(word) } else { w == word });
    if word.len() > MAX {
        return scan();
    }
    let mut buf = [0u8; MAX];
    let key = &mut buf[..word.len()];
    key.copy_from_slice(word.as_bytes());
    if fold {
        key.make_ascii_lowercase();
    }
    SETS.with(|sets| {
        let mut id = [0u8; 17];
        id[..8].copy_from_slice(&(list.0.as_ptr() as usize as u64).to_le_bytes());
        id[8..16].copy_from_slice(&(list.0.len() as u64).to_le_bytes());
        id[16] = u8::from(fold);
        // try_borrow, never borrow: in wasm a trap (out of memory) can strike while the cache is
        // borrowed and leave it marked so; the module must then go on, only slower.
        match sets.try_borrow() {
            Ok(cache) => {
                if let Some(set) = cache.get(&id) {
                    return set.get(key).is_some();
                }
            }
            Err(_) => return scan(),
        }
        let mut set = Words::default();
        let mut lower = Vec::new();
        for w in list.iter() {
            if fold {
                lower.clear();
                lower.extend(w.bytes().map(|b| b.to_ascii_lowercase()));
                set.insert(&lower);
            } else {
                set.insert(w.as_bytes());
            }
        }
        let found = set.get(key).is_some();
        if let Ok(mut cache) = sets.try_borrow_mut() {
            cache.entry(&id, || set);
        }
        found
    })
}

/// The word sets of [`contains`] and [`List::has`], by the address and length of their list
/// and whether they fold case.
type Sets = WordMap<Words>;

/// A word list that tokens are tested against, with a bit of its own among all such lists.
/// [`crate::text::Doc`] looks every token up once in one map of all of them
/// ([`classes`]), so testing a token against a list is a single AND ([`Doc::is`]), and
/// testing any other string is one lookup ([`WordList::contains`]). Words are ASCII lower case
/// and match ignoring ASCII case, as [`contains`] does; a test checks both of these.
///
/// [`Doc::is`]: crate::text::Doc::is
pub struct WordList {
    pub words: List,
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
    pub const fn new(index: u32, words: List) -> WordList {
        WordList { words, bit: 1 << index, part: Part::Whole }
    }

    /// A list of the first words of the phrases `phrases`.
    pub const fn first_words(index: u32, phrases: List) -> WordList {
        WordList { words: phrases, bit: 1 << index, part: Part::First }
    }

    /// A list of every word of the phrases `phrases`.
    pub const fn every_word(index: u32, phrases: List) -> WordList {
        WordList { words: phrases, bit: 1 << index, part: Part::Every }
    }

    /// The words this list holds.
    fn entries(&self) -> impl Iterator<Item = &'static str> + '_ {
        // Split at spaces into at most this many pieces, of which this many are taken.
        let (pieces, taken) = match self.part {
            Part::Whole => (1, 1),
            Part::First => (2, 1),
            Part::Every => (usize::MAX, usize::MAX),
        };
        self.words.iter().flat_map(move |w| w.splitn(pieces, ' ').take(taken))
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
    &crate::dates::THE_NEXT, &crate::dates::A_NEXT, &crate::dates::IN_NEXT, &crate::dates::HOLIDAY_WORDS, &crate::dates::JAYANTI, &crate::dates::TIME_WORDS, &crate::units::AMOUNT_WORDS, &crate::numbers::NOT_NOUNS,
    &crate::speakers::DETERMINERS, &crate::speakers::PRONOUNS, &crate::speakers::STOP, &crate::speakers::NP_PREPOSITIONS, &crate::speakers::VERB_PREFIX, &crate::speakers::ABBREVIATIONS, &crate::speakers::CALENDAR, &crate::speakers::CONNECTIVES, &crate::speakers::NOUNISH_CUES, &crate::speakers::PP_HEADS, &crate::speakers::CLAUSE_WORDS, &crate::speakers::INTRODUCERS, &crate::speakers::STATEMENT_NOUNS, &crate::speakers::DEMONSTRATIVES, &crate::speakers::CUE_STARTS,
    &crate::speakers::coref::TITLES, &crate::speakers::coref::PERSON_NOUNS, &crate::speakers::coref::ORG_NOUNS, &crate::speakers::coref::FEMALE, &crate::speakers::coref::MALE, &crate::speakers::coref::DEFINITE, &crate::speakers::coref::COMPANY_ENDS,
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
    CLASSES.with(|c| c.masks[usize::from(c.id(key))])
}

/// Calls `f` with a [`ClassIds`], which gives the id of an already lower-cased word's
/// [`classes`] (a small number: few words share their lists with no other word), and the
/// classes of each id: one thread-local access for a whole text. [`crate::text::Doc`] keeps two
/// bytes a token this way, where the classes themselves take eight. `text_len`, the length of
/// the text whose words will be asked about, sizes the table of short words.
pub fn with_classes<R>(text_len: usize, f: impl FnOnce(&mut ClassIds, &[u64]) -> R) -> R {
    // A text's distinct words grow with its length: about one slot for each 128 bytes, from
    // 256 slots (4 KB) to 8192 (128 KB, from a text of 1 MB). On 1 MB of PolNeAR 8192 slots
    // took 2.9 ms where 1024 took 3.6; a short text need not clear a large table.
    let slots = (text_len / 128).clamp(256, 8192).next_power_of_two();
    CLASSES.with(|c| f(&mut ClassIds { classes: c, seen: vec![(0, 0); slots], shift: 64 - slots.trailing_zeros() }, &c.masks))
}

/// The class ids of [`with_classes`]. Words of up to seven bytes, most of any text and mostly
/// the same few hundred, are remembered in a direct-mapped table keyed by their bytes and
/// length, which answers them without hashing and comparing keys in the word table.
pub struct ClassIds<'c> {
    classes: &'c Classes,
    /// (key, id); a key has its length in the top byte, so it is never 0. A power of two long.
    seen: Vec<(u64, u16)>,
    /// 64 less the log2 of `seen.len()`.
    shift: u32,
}

impl ClassIds<'_> {
    /// The class id of `word`, lower case.
    #[inline]
    pub fn id(&mut self, word: &[u8]) -> u16 {
        self.id_with_head(word, load(word))
    }

    /// [`Self::id`] for a caller that has already read `word`'s bytes: `head` is `word` as
    /// a little-endian number, zero past its end (as [`load`] reads it), when `word` is
    /// shorter than eight bytes; any value for a longer one.
    #[inline]
    pub fn id_with_head(&mut self, word: &[u8], head: u64) -> u16 {
        if word.is_empty() || word.len() > 7 {
            return self.classes.id(word);
        }
        let key = head | (word.len() as u64) << 56;
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize;
        match self.seen.get_mut(slot) {
            Some(s) if s.0 == key => s.1,
            Some(s) => {
                *s = (key, self.classes.id(word));
                s.1
            }
            None => self.classes.id(word),
        }
    }
}

/// Each listed word's class id, and the classes of each id; id 0 is no list at all.
struct Classes {
    ids: WordMap<u16>,
    masks: Vec<u64>,
}

impl Classes {
    fn id(&self, word: &[u8]) -> u16 {
        self.ids.get(word).copied().unwrap_or(0)
    }
}

thread_local! {
    static CLASSES: Classes = {
        let mut bits: WordMap<u64> = WordMap::new(Words::default());
        for list in REGISTRY {
            for w in list.entries() {
                *bits.entry(w.as_bytes(), || 0) |= list.bit;
            }
        }
        // The lists whose words are made from tables.
        let made = [
            (&crate::numwords::NUMBER_WORDS, crate::numwords::number_word_keys()),
            (&crate::dates::TIME_WORDS, crate::dates::time_word_keys()),
            (&crate::units::AMOUNT_WORDS, crate::units::amount_word_keys()),
        ];
        for (list, keys) in made {
            for w in keys {
                *bits.entry(&w, || 0) |= list.bit;
            }
        }
        // Distinct classes are at most as many as words, a few thousand: ids fit in u16 (a
        // test checks the margin). Ids go in order of first word, so they are the same from
        // run to run.
        let mut masks = vec![0u64];
        let mut id_of = Words::default();
        let ids = bits.map(|&m| {
            let k = id_of.insert(&m.to_le_bytes()) + 1;
            if k == masks.len() {
                masks.push(m);
            }
            u16::try_from(k).unwrap_or(u16::MAX)
        });
        Classes { ids, masks }
    };
}

thread_local! {
    static SETS: RefCell<Sets> = RefCell::new(WordMap::new(Words::default()));
}

/// A map from byte strings to values: a [`Words`] and, by each key's number, its value. Only
/// these few lines are compiled once per value type; the table itself is not generic.
pub struct WordMap<V> {
    keys: Words,
    values: Vec<V>,
}

impl<V> WordMap<V> {
    /// An empty map over `keys` (which must be empty: [`Words::default`] or [`Words::seeded`]).
    pub fn new(keys: Words) -> WordMap<V> {
        WordMap { keys, values: Vec::new() }
    }

    /// The value of `key`, if it has one.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<&V> {
        self.keys.get(key).and_then(|i| self.values.get(i))
    }

    /// The value of `key`, set to `new()` first if the key is new.
    pub fn entry(&mut self, key: &[u8], new: impl FnOnce() -> V) -> &mut V {
        let i = self.keys.insert(key);
        // Keys and values grow in step, so a new key's number is the next value's.
        if i >= self.values.len() {
            self.values.push(new());
        }
        let last = self.values.len() - 1; // at least one value now
        &mut self.values[i.min(last)]
    }

    /// The keys, in the order they were first inserted (their numbers).
    pub fn keys(&self) -> impl Iterator<Item = &[u8]> + '_ {
        self.keys.keys()
    }

    /// The values, in the order of [`WordMap::keys`].
    pub fn values(&self) -> &[V] {
        &self.values
    }

    /// The same keys with values `f` gives for the values here, in order.
    pub fn map<U>(self, f: impl FnMut(&V) -> U) -> WordMap<U> {
        WordMap { values: self.values.iter().map(f).collect(), keys: self.keys }
    }
}

/// A set of byte strings, each numbered in the order it was first inserted: the one hash
/// table of the library. Every word map (the word lists, number words, units, the entity
/// keys of [`crate::speakers`]) is one of these and a `Vec` of values indexed by the number,
/// so the table code is compiled once, not once per key and value type as a generic map
/// would be: the `.wasm` that every reader downloads carries one copy. And a lookup, asked
/// at nearly every token, does no more than it needs: one hash of the bytes, no length
/// prefix or `Hash` trait calls, a probe that compares keys only when 32 bits of their
/// hashes agree.
///
/// Open addressing with linear probing over a power-of-two table that is at most half full,
/// so a probe always meets an empty slot and ends: a lookup never loops for ever, and no
/// input makes it panic. Keys are kept end to end in one buffer, so a table of a few
/// thousand words is three allocations, not one per word.
///
/// The hash is a multiply-rotate over eight bytes at a time (as rustc's FxHash), started from
/// the length and the set's seed. The word lists are our own, so their sets use seed 0; keys
/// taken from the text (entity names) go in a set made with [`Words::seeded`] and a seed the
/// text cannot know, or a crafted text could make its keys share a probe and take quadratic
/// time.
#[derive(Clone, Default)]
pub struct Words {
    /// 0 for an empty slot, else the key's hash in the high 32 bits and its number + 1 in the
    /// low 32; the high bits of the hash pick a key's first slot.
    slots: Vec<u64>,
    /// 64 less the log2 of `slots.len()`: a hash shifted right by this is a slot.
    shift: u32,
    /// Every key, end to end.
    bytes: Vec<u8>,
    /// Where each key ends in `bytes`; it starts where the one before ends.
    ends: Vec<usize>,
    seed: u64,
}

impl Words {
    /// An empty set whose hash starts from `seed`.
    pub fn seeded(seed: u64) -> Words {
        Words { seed, ..Words::default() }
    }

    /// The number of `key`, if it is in the set.
    #[inline]
    pub fn get(&self, key: &[u8]) -> Option<usize> {
        self.find(key, hash(key, self.seed))
    }

    /// The number of `key`, inserted as the next number if it is new.
    ///
    /// Past `u32::MAX` keys (tens of gigabytes; a wasm module cannot hold a tenth as many) a
    /// new key is still numbered and kept, but no longer found.
    pub fn insert(&mut self, key: &[u8]) -> usize {
        let h = hash(key, self.seed);
        if let Some(e) = self.find(key, h) {
            return e;
        }
        let e = self.ends.len();
        let slot = u32::try_from(e + 1).ok();
        if slot.is_some() && (e + 1) * 2 > self.slots.len() {
            self.grow();
        }
        // Every allocation comes before the first change, so a trap (out of memory, in wasm)
        // leaves the set as it was: `bytes` never holds bytes that no end accounts for.
        self.ends.reserve(1);
        self.bytes.extend_from_slice(key);
        self.ends.push(self.bytes.len());
        if let Some(s) = slot {
            self.place(h, s);
        }
        e
    }

    /// How many keys the set holds.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Key number `i`.
    pub fn key(&self, i: usize) -> Option<&[u8]> {
        let end = *self.ends.get(i)?;
        let start = i.checked_sub(1).and_then(|p| self.ends.get(p)).copied().unwrap_or(0);
        self.bytes.get(start..end)
    }

    /// Every key, in number order.
    pub fn keys(&self) -> impl Iterator<Item = &[u8]> + '_ {
        (0..self.len()).filter_map(|i| self.key(i))
    }

    /// The number of `key`, which hashes to `h`.
    #[inline]
    fn find(&self, key: &[u8], h: u64) -> Option<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (h >> self.shift) as usize;
        // With no slots, there is no slot `i`: not found.
        loop {
            let s = *self.slots.get(i)?;
            if s == 0 {
                return None;
            }
            if s >> 32 == h >> 32 {
                let e = (s as u32 as usize).wrapping_sub(1);
                if self.is_key(e, key) {
                    return Some(e);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether key number `e` is `key`. Out of line: most probes end at an empty slot or a
    /// different hash without comparing keys, and need none of its registers.
    #[inline(never)]
    fn is_key(&self, e: usize, key: &[u8]) -> bool {
        self.key(e).is_some_and(|k| same(k, key))
    }

    /// Stores number + 1 `s` of a key hashed to `h` in the first empty slot of its probe.
    fn place(&mut self, h: u64, s: u32) {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (h >> self.shift) as usize;
        while let Some(slot) = self.slots.get_mut(i) {
            if *slot == 0 {
                *slot = (h >> 32 << 32) | u64::from(s);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Doubles the slots (to 16 at first) and places every key again. The new slots are
    /// filled before they replace the old, so a trap while allocating them changes nothing.
    /// A slot keeps the high 32 bits of its key's hash, all that picks a slot in a table of up
    /// to 2^32 slots: the slots are moved as they are, without hashing the keys again.
    fn grow(&mut self) {
        let n = (self.slots.len() * 2).max(16);
        let mut grown = Words { slots: vec![0; n], shift: 64 - n.trailing_zeros(), ..Words::default() };
        if grown.shift >= 32 {
            for &s in self.slots.iter().filter(|&&s| s != 0) {
                grown.place(s, s as u32);
            }
        } else {
            for e in 0..self.ends.len().min(u32::MAX as usize) {
                grown.place(hash(self.key(e).unwrap_or_default(), self.seed), e as u32 + 1);
            }
        }
        self.slots = grown.slots;
        self.shift = grown.shift;
    }
}

/// The hash of [`Words`]: FxHash's step over the key's bytes, eight at a time, from the key's
/// length, so that keys differing only by trailing zero bytes differ. The last step is a
/// multiplication, which carries every bit of the input up into the high bits that
/// [`Words`] uses.
fn hash(key: &[u8], seed: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let add = |h: u64, x: u64| (h.rotate_left(5) ^ x).wrapping_mul(K);
    let mut h = key.len() as u64 ^ seed;
    let mut chunks = key.chunks_exact(8);
    for c in &mut chunks {
        h = add(h, load(c));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h = add(h, load(rest));
    }
    h
}

/// Up to eight bytes as a little-endian number, zero-padded; in at most two loads each way,
/// not a byte loop or a `memcpy` call, since most words are this short.
pub(crate) fn load(b: &[u8]) -> u64 {
    let n = b.len() as u32;
    if let (Some(f), Some(l)) = (b.first_chunk::<4>(), b.last_chunk::<4>()) {
        // The two halves overlap for fewer than eight bytes, and agree where they do.
        u64::from(u32::from_le_bytes(*f)) | u64::from(u32::from_le_bytes(*l)).wrapping_shl(8 * n.wrapping_sub(4))
    } else if let (Some(f), Some(l)) = (b.first_chunk::<2>(), b.last_chunk::<2>()) {
        u64::from(u16::from_le_bytes(*f)) | u64::from(u16::from_le_bytes(*l)).wrapping_shl(8 * n.wrapping_sub(2))
    } else {
        b.first().map_or(0, |&x| u64::from(x))
    }
}

/// Whether two keys are equal; the short ones, most, without a call to `memcmp`.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && if a.len() <= 8 { load(a) == load(b) } else { a == b }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The table of short words `with_classes` keeps gives what the word table gives, for
    /// listed words and for thousands of others that take each other's slots, asked twice, in
    /// the smallest table and the largest.
    #[test]
    fn remembered_classes_agree_with_the_word_table() {
        let mut words: Vec<String> = REGISTRY.iter().flat_map(|l| l.entries()).map(String::from).collect();
        words.extend((0..20000).map(|i| format!("w{i}")));
        words.extend(["", "a", "abcdefg", "abcdefgh", "the\0", "the"].map(String::from));
        let listed = words.iter().filter(|w| classes(w) != 0).count();
        // The smallest table and the largest.
        for text_len in [0, 1 << 30] {
            with_classes(text_len, |ids, masks| {
                for round in 0..2 {
                    for w in &words {
                        assert_eq!(masks[usize::from(ids.id(w.as_bytes()))], classes(w), "{w:?}, round {round}");
                        let head = load(w.as_bytes());
                        assert_eq!(ids.id_with_head(w.as_bytes(), head), ids.id(w.as_bytes()), "{w:?}");
                    }
                }
            });
        }
        assert!(listed > 500, "{listed}");
    }

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
        CLASSES.with(|c| assert!(c.masks.len() < 10_000 && c.ids.values().len() < 60_000, "{} classes", c.masks.len()));
    }

    #[test]
    fn a_list_gives_back_its_words_in_order() {
        let list = words!["more than", "über", "a", "A"];
        assert_eq!(list.iter().collect::<Vec<_>>(), ["more than", "über", "a", "A"]);
        assert!(list.has("a") && list.has("A") && list.has("more than") && list.has("über"));
        assert!(!list.has("more") && !list.has("") && !list.has("Über") && !list.has("a\nA"));
        assert_eq!(words![].iter().count(), 0);
        assert_eq!(words!["", "x"].iter().collect::<Vec<_>>(), ["", "x"]);
    }

    #[test]
    fn contains_ignores_ascii_case_only() {
        static LIST: List = words!["said", "Über", "according"];
        assert!(contains(LIST, "SAID") && contains(LIST, "said") && contains(LIST, "Said"));
        assert!(contains(LIST, "über") == "Über".eq_ignore_ascii_case("über"));
        assert!(contains(LIST, "Über"));
        assert!(!contains(LIST, "sai") && !contains(LIST, "saidx") && !contains(LIST, ""));
        let long = "a".repeat(100);
        assert!(!contains(LIST, &long));
    }

    #[test]
    fn contains_answers_even_with_the_cache_left_borrowed() {
        static LIST: List = words!["said", "told"];
        assert!(contains(LIST, "Told"));
        SETS.with(|sets| {
            let _held = sets.borrow_mut();
            assert!(contains(LIST, "SAID") && !contains(LIST, "wrote"));
            assert!(LIST.has("said") && !LIST.has("SAID") && !LIST.has(&"said".repeat(20)));
        });
    }

    #[test]
    fn has_and_contains_keep_their_own_sets() {
        // One list asked both ways, in both orders: neither may answer from the other's set.
        static LIST: List = words!["Mt", "km"];
        assert!(LIST.has("Mt") && !LIST.has("mt") && !LIST.has("KM"));
        assert!(contains(LIST, "mt") && contains(LIST, "KM"));
        assert!(!LIST.has("mt") && LIST.has("km"));
        static OTHER: List = words!["Kb"];
        assert!(contains(OTHER, "kb") && !OTHER.has("kb") && OTHER.has("Kb"));
        let long = "K".repeat(60);
        assert!(!OTHER.has(&long) && !contains(OTHER, &long));
    }

    /// Keys of every length from 0 to 100, many alike: each numbered key also appears with
    /// its last byte changed and with a zero byte added, and some are inserted twice.
    fn test_keys() -> Vec<Vec<u8>> {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut keys = vec![Vec::new(), vec![0], vec![0, 0], b"a".to_vec(), b"a\0".to_vec()];
        for n in 0..1500 {
            let len = (next() % 101) as usize;
            let key: Vec<u8> = (0..len).map(|_| if n % 3 == 0 { b'a' + (next() % 3) as u8 } else { next() as u8 }).collect();
            keys.push(key.clone());
            if let Some((last, rest)) = key.split_last() {
                let mut k = rest.to_vec();
                k.push(last.wrapping_add(1));
                keys.push(k);
            }
            let mut k = key.clone();
            k.push(0);
            keys.push(k);
            if n % 7 == 0 {
                keys.push(key);
            }
        }
        keys
    }

    #[test]
    fn words_number_keys_as_a_std_map_would() {
        for seed in [0, 1, u64::MAX, 0x9e37_79b9_7f4a_7c15] {
            number_keys_as_a_std_map_would(seed);
        }
    }

    fn number_keys_as_a_std_map_would(seed: u64) {
        let keys = test_keys();
        let mut words = Words::seeded(seed);
        let mut std: HashMap<Vec<u8>, usize> = HashMap::new();
        for k in &keys {
            let n = std.len();
            let want = *std.entry(k.clone()).or_insert(n);
            assert_eq!(words.insert(k), want, "{k:?}");
            assert_eq!(words.len(), std.len());
        }
        assert!(std.len() > 4000, "{} distinct keys", std.len());
        for (k, &i) in &std {
            assert_eq!(words.get(k), Some(i), "{k:?}");
            assert_eq!(words.key(i), Some(&k[..]));
        }
        assert!(words.keys().enumerate().all(|(i, k)| std.get(k) == Some(&i)));
        assert_eq!(words.key(words.len()), None);
        // Keys that are not in: one byte more or less, or changed, than keys that are.
        for k in &keys {
            for probe in [[&k[..], b"x"].concat(), k.iter().skip(1).copied().collect(), k.iter().map(|b| b ^ 0x80).collect()] {
                assert_eq!(words.get(&probe), std.get(&probe).copied(), "{probe:?}");
            }
        }
    }

    #[test]
    fn word_maps_keep_a_value_per_key_in_insertion_order() {
        let mut m: WordMap<u32> = WordMap::new(Words::default());
        assert_eq!(m.get(b"a"), None);
        m.entry(b"a", || 1); // first wins: a second entry leaves it
        m.entry(b"a", || 9);
        *m.entry(b"b", || 2) = 3; // last wins: set through the entry
        *m.entry(b"b", || 7) = 4;
        *m.entry(b"", || 0) += 5;
        assert_eq!((m.get(b"a"), m.get(b"b"), m.get(b""), m.get(b"c")), (Some(&1), Some(&4), Some(&5), None));
        assert_eq!(m.keys().collect::<Vec<_>>(), [&b"a"[..], b"b", b""]);
        assert_eq!(m.values(), [1, 4, 5]);
        let doubled = m.map(|v| v * 2);
        assert_eq!((doubled.get(b"b"), doubled.values()), (Some(&8), &[2, 8, 10][..]));
    }

    #[test]
    fn words_seeds_move_keys_to_other_slots() {
        let place = |seed| {
            let mut w = Words::seeded(seed);
            for n in 0..100u32 {
                w.insert(format!("Name {n}").as_bytes());
            }
            w.slots
        };
        assert_eq!(place(7), place(7));
        assert_ne!(place(7), place(8));
    }

    #[test]
    fn words_grow_at_half_full_and_always_keep_an_empty_slot() {
        let empty = Words::default();
        assert!(empty.is_empty() && empty.get(b"").is_none() && empty.get(b"said").is_none() && empty.key(0).is_none());
        let mut words = Words::default();
        let mut sizes = Vec::new();
        for n in 0..5000u32 {
            let key = n.to_string();
            assert_eq!(words.insert(key.as_bytes()), n as usize);
            let slots = words.slots.len();
            assert!(slots.is_power_of_two() && words.len() * 2 <= slots, "{} keys in {slots} slots", words.len());
            assert_eq!(words.slots.iter().filter(|&&s| s != 0).count(), words.len());
            assert_eq!(64 - words.shift, slots.trailing_zeros());
            if sizes.last() != Some(&slots) {
                sizes.push(slots);
                // Every key is still found after the table grew.
                assert!((0..=n).all(|m| words.get(m.to_string().as_bytes()) == Some(m as usize)));
            }
        }
        assert_eq!(sizes, (4..=14).map(|b| 1usize << b).collect::<Vec<_>>());
        assert_eq!(words.insert(b"17"), 17);
        assert_eq!(words.len(), 5000);
    }

    #[test]
    fn load_reads_short_keys_as_zero_padded_little_endian() {
        let bytes = [1u8, 2, 3, 4, 5, 6, 7, 8, 9];
        for n in 0..=8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load(&bytes[..n]), u64::from_le_bytes(padded), "{n} bytes");
        }
        assert!(same(b"", b"") && same(b"abc", b"abc") && !same(b"abc", b"abd") && !same(b"a", b"a\0"));
        assert!(same(&[7; 30], &[7; 30]) && !same(&[7; 30], &[7; 29]));
    }
}
