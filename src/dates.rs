//! Dates and times: calendar dates, weekdays, times of day, holidays, decades, and periods
//! relative to the time of writing.
//!
//! One left-to-right pass: at each token the finder tries every pattern and keeps the longest
//! match; then neighbouring matches joined by `at`, `on`, `of`, a comma or nothing
//! (`Saturday at 9 a.m.`, `7:30 PM on Fri, Sep 20`) become one expression. Every pattern reads
//! a bounded number of tokens, so the pass is linear in the length of the text.

use crate::lexicon::{self, WordList, DAY_PARTS, MONTHS, PERIODS, WEEKDAYS};
use crate::numwords::NUMBER_WORDS;
use crate::numwords;
use crate::text::{self, Doc, TokKind, APOSTROPHE, CAPITALISED, HYPHEN};
use crate::units::{self, Dim};
use crate::{Date, DateKind};

/// Month abbreviations, trusted only next to a day or a year (`Jan. 4`, `Oct 2019`).
const MONTH_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
    ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
];

/// Weekday abbreviations. `sat`, `sun` and `wed` are words too, so they count only
/// capitalised and followed by a period, a comma, a date or a time.
pub(crate) static WEEKDAY_ABBREVIATIONS: WordList = WordList::new(11, words!["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]);

/// Words that make the following period relative to now: `last week`, `the coming days`.
/// Ends with the determiners news uses; `the` alone is not enough (`the week`).
pub(crate) static RELATIVE_LEADS: WordList = WordList::new(5, words!["last", "next", "this", "past", "coming", "upcoming", "following", "previous", "current", "same", "that"]);

/// Words after an amount of time that anchor it to now: `two days ago`, `a week later`.
const ANCHORS_AFTER: &[&[&str]] = &[
    &["ago"], &["from", "now"], &["from", "today"], &["from", "tomorrow"], &["hence"],
    &["later"], &["earlier"], &["back"], &["before", "that"], &["after", "that"],
];

/// Words of six letters or more ending in `-est` that are no superlatives, which
/// [`Scan::looks_back`] would take for one (`the worst drought in 40 years`). Ends with the
/// nouns and verbs news writes; a word missing here only keeps a date from being read.
const NOT_SUPERLATIVES: crate::lexicon::List = words![
    "interest", "protest", "arrest", "request", "forest", "harvest", "contest", "suggest",
    "honest", "modest", "conquest", "inquest", "unrest", "tempest", "bequest", "behest",
    "attest", "detest", "manifest", "digest", "invest", "earnest", "southwest", "northwest",
    "midwest", "divest", "infest", "molest", "retest", "ingest", "congest", "priest",
    "dishonest", "immodest", "pretest", "disinterest", "reinvest", "counterprotest",
];

/// Days relative to today.
pub(crate) static DAY_WORDS: WordList = WordList::new(6, words!["today", "tomorrow", "yesterday", "tonight", "tonite", "tmrw", "overnight"]);

/// Parts of a day after a day word or weekday (`Monday morning`, `tomorrow evening`).
pub(crate) static PARTS_OF_DAY: WordList = WordList::new(7, words!["morning", "afternoon", "evening", "night", "noon", "midday", "lunch", "lunchtime", "dawn", "dusk"]);

/// Time-zone abbreviations after a time of day. Ends with the zones English news datelines
/// use; `ET`/`PT` are the US shorthands.
const TIME_ZONES: crate::lexicon::List = words![
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT",
    "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT", "MT", "PT",
    "IST", "PKT", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT",
    "WIB", "SAST", "WAT", "EAT", "Z",
];

/// Starts and ends of periods: `end of the month`, `the beginning of 2017`.
pub(crate) static BOUNDARIES: WordList = WordList::new(8, words!["beginning", "start", "end", "middle", "close", "turn", "rest", "remainder"]);

/// Holidays and named days, lower case, apostrophes removed, as token sequences. Ends with
/// the public holidays and observances of the English-speaking countries and the major
/// religious festivals that world news dates events by; a name followed by `Jayanti` and a
/// possessive before `Day` (`Heroes' Day`) are recognised without a list.
const HOLIDAYS: crate::lexicon::List = words![
    "thanksgiving", "thanksgiving day", "christmas", "christmas day", "christmas eve", "xmas",
    "new years day", "new years eve", "new year", "easter", "easter sunday", "easter monday",
    "good friday", "holy saturday", "maundy thursday", "palm sunday", "ash wednesday",
    "shrove tuesday", "pancake day", "mardi gras", "lent", "advent", "pentecost", "whit monday",
    "whitsun", "ascension day", "all saints day", "all souls day", "epiphany", "halloween",
    "valentines day", "valentine day", "st patricks day", "saint patricks day", "st paddys day",
    "saint paddys day", "st georges day", "st andrews day", "st davids day", "mothers day",
    "fathers day", "independence day", "memorial day", "labor day", "labour day", "veterans day",
    "presidents day", "martin luther king day", "martin luther king jr day", "mlk day", "mlk jr day",
    "columbus day", "indigenous peoples day", "juneteenth", "flag day", "patriots day",
    "boxing day", "black friday", "cyber monday", "super tuesday", "election day",
    "inauguration day", "tax day", "earth day", "earth hour", "groundhog day", "groundhogs day",
    "anzac day", "australia day", "canada day", "victoria day", "family day", "civic holiday",
    "bastille day", "remembrance day", "remembrance sunday", "armistice day", "may day",
    "bank holiday", "august bank holiday", "summer bank holiday", "spring bank holiday",
    "guy fawkes night", "bonfire night", "burns night", "hogmanay", "waitangi day",
    "republic day", "national day", "heroes day", "national heroes day", "emancipation day",
    "kings day", "queens birthday", "kings birthday", "sovereigns birthday", "koningsdag", "cinco de mayo",
    "discovery day", "dominion day", "vimy ridge day", "british columbia day", "natal day",
    "new brunswick day", "saskatchewan day", "terry fox day", "islander day", "louis riel day",
    "heritage day", "nova scotia heritage day", "reconciliation day", "naidoc week", "ekka",
    "ekka day", "royal hobart regatta", "royal queensland show", "royal national agricultural show",
    "rna show day", "garifuna settlement day", "national patriots day", "glorious twelfth",
    "emancipation day", "arrival day", "national sorry day", "harmony day", "holocaust day",
    "holocaust remembrance day", "mothering sunday", "whitsunday", "guy fawkes day",
    "islamic new year", "parsi new year", "buddha purnima", "vesak day", "ramzan", "ramzaan",
    "ramadhan", "bakr id", "bakri id", "orthodox easter", "orthodox christmas", "good friday",
    "day of the dead", "ramadan", "eid", "eid al-fitr", "eid al fitr", "eid ul-fitr",
    "eid al-adha", "eid al adha", "eid ul-adha", "id ul-adha", "id ul-fitr", "eid-ul-adha",
    "eid-ul-fitr", "bakrid", "muharram", "ashura", "mawlid", "laylat al-qadr", "diwali",
    "deepavali", "holi", "navratri", "dussehra", "durga puja", "ganesh chaturthi", "onam",
    "pongal", "makar sankranti", "lohri", "baisakhi", "vaisakhi", "raksha bandhan", "rakhi",
    "janmashtami", "maha shivaratri", "mahashivratri", "karva chauth", "chhath puja",
    "hanukkah", "hanukah", "chanukah", "hannukah", "hannukkah", "passover", "pesach",
    "yom kippur", "rosh hashanah", "rosh hashana", "rosh hashanna", "purim", "shavuot",
    "sukkot", "simchat torah", "tisha bav", "lunar new year", "chinese new year",
    "spring festival", "mid-autumn festival", "vesak", "kwanzaa", "womens day",
    "international womens day", "world aids day", "admin day", "administrative professionals day",
    "secretaries day", "bosses day", "boss day", "bosss day", "d-day", "ve day", "vj day",
    "st valentines day", "saint valentines day",
    // South Asian festivals and their common spellings
    "dhanteras", "dhanatrayodashi", "narak chaturdashi", "choti diwali", "chhoti diwali",
    "govardhan puja", "bhai dooj", "bhaiya dooj", "bhau beej", "chhath", "navaratri",
    "sharad navratri", "chaitra navratri", "vijayadashami", "vijaya dashami", "maha saptami",
    "maha ashtami", "maha navami", "lakshmi puja", "laxmi puja", "kali puja", "saraswati puja",
    "ugadi", "yugadi", "gudi padwa", "vasant panchami", "basant panchami", "holika dahan",
    "chhoti holi", "krishna janmashtami", "gokulashtami", "ram navami", "rama navami",
    "thiruvonam", "thiru onam", "makara sankranti", "vaishakhi", "bihu", "rongali bihu",
    "gurpurab", "guru purnima", "teej", "hariyali teej",
    // Jewish, Islamic, Persian and East Asian days
    "shemini atzeret", "shmini atzeret", "yom haatzmaut", "yom hashoah", "yom hazikaron",
    "yom yerushalayim", "lag baomer", "lag bomer", "tu bishvat", "tu bshvat", "succos", "sukkos",
    "mawlid al-nabawi", "mawlid an-nabi", "milad un-nabi", "eid milad un-nabi", "isra and miraj",
    "isra miraj", "shab-e-barat", "shab-e-qadr", "jumat-ul-vida", "jamat ul-vida", "alvida jumma",
    "arbaeen", "sacrifice feast", "feast of the sacrifice", "kurban bayrami", "ramadan feast",
    "laylat al qadr", "laylat al kadr", "lailat al qadr", "shushan purim",
    "hosay", "nowruz", "navroz", "norooz", "nauroz", "jamshedi navroz", "chinese lunar new year",
    "lantern festival", "dragon boat festival", "qingming festival", "tomb sweeping day",
    "chuseok", "seollal",
    // Christian days and national days of other countries
    "trinity sunday", "clean monday", "lazarus saturday", "orthodox good friday",
    "lincolns birthday", "washingtons birthday", "george washington day", "decoration day",
    "grandparents day", "national grandparents day", "siblings day", "national siblings day",
    "arbor day", "national arbor day", "rizal day", "bonifacio day", "day of the vow",
    "human rights day", "workers day", "memorial day week-end", "indian arrival day",
];

/// Numbers spelled as decades: `the nineties`.
pub(crate) static DECADE_WORDS: WordList = WordList::new(10, words!["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "noughties"]);

pub(crate) static SEASONS: WordList = WordList::new(9, words!["spring", "summer", "autumn", "fall", "winter"]);

/// The first word of every holiday name.
pub(crate) static HOLIDAY_FIRSTS: WordList = WordList::first_words(13, HOLIDAYS);

/// Every word of every holiday name.
pub(crate) static HOLIDAY_WORDS: WordList = WordList::every_word(20, HOLIDAYS);

/// `Jayanti`, the last word of many holidays (`Mahavir Jayanti`), which the patterns read
/// two tokens ahead: a list of its own, so that finding it is a bit of a token's classes.
pub(crate) static JAYANTI: WordList = WordList::new(22, words!["jayanti"]);

/// Every word [`Scan::time_word`] takes for a unit of time: the units of time of
/// [`units::UNIT_WORDS`], `h`, `m`, `hrs`, `qtr`, `qtrs`, `quarter` and the weekdays' plurals.
/// Its words are added from [`time_word_keys`] when the classes are built, so that a token is
/// asked with one AND, where the unit table took a lookup.
pub(crate) static TIME_WORDS: WordList = WordList::new(23, words![]);

/// The words of [`TIME_WORDS`], lower case.
pub(crate) fn time_word_keys() -> Vec<Vec<u8>> {
    let units = units::UNIT_WORDS.iter().filter(|(_, _, d)| *d == Dim::Time).map(|(k, _, _)| k.to_ascii_lowercase());
    let short = ["h", "m", "hrs", "qtr", "quarter", "qtrs"].map(String::from);
    let plurals = WEEKDAYS.words.iter().map(|w| format!("{w}s"));
    units.chain(short).chain(plurals).map(String::into_bytes).collect()
}

/// The words of [`MONTH_ABBREVIATIONS`], as a list tokens are classed by.
pub(crate) static MONTH_ABBREVIATION_WORDS: WordList = WordList::new(14, words!["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/// The words other than those of the lists above that a date pattern can start with (see
/// [`Scan::may_start`]).
pub(crate) static LEADS: WordList = WordList::new(12, words![
    "noon", "midnight", "midday", "half", "quarter", "a", "an", "one", "from", "between", "the",
    "day", "right", "just", "in", "within", "earlier", "later", "early", "late", "mid", "so", "this",
    "many", "some", "several", "few", "couple", "years", "decades", "months", "weeks", "days",
    "centuries", "hours", "minutes", "his", "her", "their", "its", "my", "your", "our", "very",
    "last", "fiscal", "financial",
]);

/// Words after `the` that start a date with it, besides numbers and the lists named in
/// [`Scan::may_start`]: `the day after tomorrow`, `the very end`, `the week of`, `the long
/// weekend`.
pub(crate) static THE_NEXT: WordList = WordList::new(17, words!["day", "very", "week", "weekend", "month", "last", "long", "holiday"]);

/// Words after `a`/`an` that start an amount of time with it, besides units of time.
pub(crate) static A_NEXT: WordList = WordList::new(18, words!["couple", "few", "half", "quarter"]);

/// Words after `in` that start an amount of time with it, besides numbers.
pub(crate) static IN_NEXT: WordList = WordList::new(19, words!["a", "an", "one", "few", "several", "couple", "half"]);

/// The classes of every word a date pattern can start with.
const STARTS: u64 = LEADS.bit() | DAY_PARTS.bit() | RELATIVE_LEADS.bit() | MONTHS.bit() | WEEKDAYS.bit()
    | WEEKDAY_ABBREVIATIONS.bit() | DAY_WORDS.bit() | SEASONS.bit() | BOUNDARIES.bit() | DECADE_WORDS.bit()
    | HOLIDAY_FIRSTS.bit() | MONTH_ABBREVIATION_WORDS.bit() | NUMBER_WORDS.bit();

/// Finds dates and times.
pub fn find(doc: &Doc) -> Vec<Date> {
    let mut s = Scan::new(doc);
    let candidates = s.candidates();
    let mut found: Vec<(usize, usize, DateKind)> = Vec::new();
    let mut i = 0;
    while let Some(c) = text::next_set(&candidates, i) {
        i = c;
        if !s.may_start(i) {
            i += 1;
        } else if let Some((e, kind)) = s.best(i, 0) {
            found.push((i, e, kind));
            i = e;
        } else {
            i += 1;
        }
    }
    // Join neighbours: Saturday at 9 a.m., 7:30 PM on Fri, Sep 20, Sunday from last week.
    let mut merged: Vec<(usize, usize, DateKind)> = Vec::with_capacity(found.len());
    for (a, mut b, k) in found {
        b = s.day_tail(b, k);
        if let Some(last) = merged.last_mut() {
            if a < last.1 {
                // Already read as the tail of the previous date.
                last.1 = last.1.max(b);
                continue;
            }
            if s.joinable(last.1, a, last.2, k) {
                last.1 = b;
                last.2 = strongest(last.2, k);
                continue;
            }
        }
        merged.push((a, b, k));
    }
    merged
        .into_iter()
        .map(|(a, b, kind)| {
            let span = doc.tokens[a].span().cover(doc.tokens[b - 1].span());
            // Friday's vote, next week's talks: the possessive ending stays outside.
            let last = doc.tok(b - 1);
            let cut = ["'s", "’s"].iter().find(|p| last.len() > p.len() && last.ends_with(*p)).map_or(0, |p| p.len());
            Date { start: span.start, end: span.end - cut, kind }
        })
        .collect()
}

/// The boundaries written as codes (see [`Scan::boundary`]).
fn is_boundary_code(r: &str) -> bool {
    matches!(r, "EOD" | "EOM" | "EOY" | "BOM" | "BOY" | "EOW" | "COB" | "EOQ")
}

/// The buffer of [`without_apostrophes`]: longer than the first word of every holiday (a test
/// checks).
const HOLIDAY_WORD_BYTES: usize = 48;

/// `w` without its apostrophes (`'`, `’`), as holiday names are listed, in `buf` (a word
/// too long for it is no listed word and comes back empty): no new string for each word.
fn without_apostrophes<'b>(w: &str, buf: &'b mut [u8; HOLIDAY_WORD_BYTES]) -> &'b str {
    let mut len = 0;
    let mut rest = w.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        rest = tail;
        if b == b'\'' {
            continue;
        }
        if b == 0xE2 && tail.starts_with(&[0x80, 0x99]) {
            rest = tail.get(2..).unwrap_or_default();
            continue;
        }
        let Some(slot) = buf.get_mut(len) else { return "" };
        *slot = b;
        len += 1;
    }
    // Whole characters were dropped, so what is left is UTF-8.
    std::str::from_utf8(buf.get(..len).unwrap_or_default()).unwrap_or("")
}

/// The end of a range of hours written in one word after `am-` or `pm-`: `5pm`, `11`,
/// `noon`, `midnight`.
fn is_hour_after_dash(rest: &str) -> bool {
    let hour = rest.strip_suffix("am").or_else(|| rest.strip_suffix("pm")).unwrap_or(rest);
    matches!(rest, "noon" | "midnight") || hour.len() <= 2 && hour.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
}

fn strongest(a: DateKind, b: DateKind) -> DateKind {
    use DateKind::*;
    let rank = |k: DateKind| match k {
        Date => 5,
        Weekday => 4,
        Relative => 3,
        Period => 2,
        Time => 1,
        Duration => 0,
    };
    if rank(b) > rank(a) { b } else { a }
}

struct Scan<'d, 't> {
    doc: &'d Doc<'t>,
    n: usize,
    /// False once [`Self::candidates`] has found no `Jayanti` in the text (nearly every text):
    /// then the patterns need not look two tokens ahead for one at every candidate.
    jayanti_seen: bool,
}


impl<'d, 't> Scan<'d, 't> {
    fn new(doc: &'d Doc<'t>) -> Self {
        Scan { doc, n: doc.tokens.len(), jayanti_seen: true }
    }

    /// The tokens where [`Self::may_start`] can hold, a bit each: a number, a word of
    /// [`STARTS`], a capitalised word, an apostrophe or a hyphen, or two tokens or fewer before
    /// `Jayanti`. Two thirds of a news text's tokens are none of these (`government`, `said`,
    /// `,`), and one pass without branches over the tokens turns them all away, where asking
    /// each in turn mispredicted a branch at every few tokens.
    ///
    /// The same pass gathers every token's classes, so that a text without `Jayanti` (nearly
    /// all) needs no second pass for it.
    fn candidates(&mut self) -> Vec<u64> {
        let seen = std::cell::Cell::new(0);
        let mut bits = self.doc.token_bits(|t, class| {
            seen.set(seen.get() | class);
            t.kind() == TokKind::Num || class & STARTS != 0 || t.shape() & (CAPITALISED | APOSTROPHE | HYPHEN) != 0
        });
        if seen.get() & JAYANTI.bit() == 0 {
            self.jayanti_seen = false;
            return bits;
        }
        let jayanti = self.doc.token_bits(|_, class| class & JAYANTI.bit() != 0);
        // Tokens one and two before a `Jayanti`, which may lie in the word before.
        for w in 0..bits.len() {
            let (this, next) = (jayanti[w], jayanti.get(w + 1).copied().unwrap_or(0));
            bits[w] |= this >> 1 | this >> 2 | next << 63 | next << 62;
        }
        bits
    }

    /// Whether any pattern of [`Self::best`] can match at `i`: true for every token where one
    /// does, and false for most words of a text (`government`, `said`, `Clinton`), which then
    /// cost a few tests instead of thirteen patterns. Keep this in step with the patterns: a
    /// test runs them all at every token of the golden corpus and of a list of date phrases
    /// and fails if this turns one away.
    fn may_start(&self, i: usize) -> bool {
        let class = self.doc.class(i);
        if self.is_num(i) {
            return self.number_may_start(i);
        }
        if class & STARTS != 0 {
            // Frequent words that start a date only before certain words.
            let next = self.doc.class(i + 1);
            let next_num = self.is_num(i + 1) || next & NUMBER_WORDS.bit() != 0;
            let odd_next = self.doc.has(i + 1, APOSTROPHE | HYPHEN | CAPITALISED);
            return match self.low(i) {
                // the 4th, the day after, the past week, the 1990s, the nineties, the first
                // quarter, the end of, the week of, the morning of, the '90s, the EOD: no
                // capitalised word but a code (`the United States` is most of the `the`s before
                // a capital)
                "the" => {
                    next_num || self.doc.has(i + 1, APOSTROPHE | HYPHEN) || is_boundary_code(self.raw(i + 1))
                        || next & (RELATIVE_LEADS.bit() | DAY_PARTS.bit() | PARTS_OF_DAY.bit() | DECADE_WORDS.bit() | SEASONS.bit() | BOUNDARIES.bit() | WEEKDAYS.bit() | THE_NEXT.bit()) != 0
                }
                // a week later, a couple of days, a quarter to five
                "a" | "an" => odd_next || next & A_NEXT.bit() != 0 || self.time_word(i + 1),
                // in 15 minutes, in two-thirds of an hour, in a week, in a couple of days: an
                // amount of time, so after `a` a unit or a word of A_NEXT (`in a statement`,
                // `in Washington` start none)
                "in" => {
                    next_num || self.doc.has(i + 1, APOSTROPHE | HYPHEN)
                        || next & IN_NEXT.bit() != 0 && (!matches!(self.low(i + 1), "a" | "an") || self.doc.class(i + 2) & A_NEXT.bit() != 0 || self.time_word(i + 2))
                }
                // the same day, that week: `that` only after `the`
                "that" => self.low(i.wrapping_sub(1)) == "the",
                // his early 30s
                "his" | "her" | "their" | "its" | "my" | "your" | "our" => next_num || next & DAY_PARTS.bit() != 0,
                // from 3 to 5 pm, from May 4, from the 4th
                "from" => next_num || odd_next || next & (MONTHS.bit() | MONTH_ABBREVIATION_WORDS.bit()) != 0 || self.low(i + 1) == "the",
                // some years ago
                "some" | "many" => next & LEADS.bit() != 0,
                // fiscal 2024, fiscal year 2025, financial year 2024-25
                "fiscal" | "financial" => next_num || matches!(self.low(i + 1), "year" | "yr"),
                // Words in one list of STARTS only, which only the patterns of that list read
                // (the words a pattern reads by name, as `one week` or `half past`, are in
                // LEADS too): a number word is read as a number is;
                _ if class & STARTS == NUMBER_WORDS.bit() => self.number_may_start(i),
                // the first word of a holiday (`new`, `black`, `tax`) starts one when it is a
                // holiday alone or the next token can go on with one (see holiday_phrase).
                w if class & STARTS == HOLIDAY_FIRSTS.bit() && !self.doc.has(i, APOSTROPHE | HYPHEN) => {
                    !self.holiday_ends_after(i) || lexicon::contains(HOLIDAYS, w) || self.jayanti(i + 1) || self.jayanti(i + 2)
                }
                _ => true,
            };
        }
        if self.capitalised(i) {
            // King's Day, Heroes' Day, Q3, H1, FY24, EOY: the names without a list, which
            // `holiday`, `quarter`, `fiscal` and `boundary` read. Asked of every capitalised
            // word (a third of the candidates, `He` at the start of many sentences), so by
            // length before any text is read.
            let (len, next_len) = (self.len(i), self.len(i + 1));
            let r = if len <= 3 || self.first_byte(i) == Some(b'F') { self.raw(i) } else { "" };
            if self.lone_apostrophe(i + 1)
                || self.doc.has(i, APOSTROPHE) && ((next_len == 3 && self.raw(i + 1) == "Day") || (next_len == 8 && self.low(i + 1) == "birthday"))
                || matches!(r.as_bytes(), [b'Q', b'1'..=b'4'] | [b'H', b'1' | b'2'])
                || r.starts_with("FY")
                || is_boundary_code(r)
            {
                return true;
            }
        }
        if self.lone_apostrophe(i) {
            return self.is_num(i + 1); // ’90s
        }
        if self.jayanti(i + 1) || self.jayanti(i + 2) {
            return true;
        }
        if !self.doc.has(i, APOSTROPHE | HYPHEN) {
            return false;
        }
        let w = self.low(i);
        // The rarer forms: a possessive, apostrophes, a prefix, a hyphenated fraction.
        let starter = |w: &str| lexicon::classes(w) & STARTS != 0;
        // A word that is its own base has its classes, in no list of STARTS (see above): only
        // a possessive's base is looked up.
        let base = self.base(i);
        if !(self.is_word(i) && base.len() == w.len()) && starter(base) {
            return true;
        }
        // Only a holiday's name is read without its apostrophes (`Valentine's Day`, see
        // holiday_name): `it's` is no `its`.
        if self.doc.has(i, APOSTROPHE) && HOLIDAY_FIRSTS.contains(without_apostrophes(w, &mut [0; HOLIDAY_WORD_BYTES])) {
            return true;
        }
        // A prefix and a fraction need a hyphen; most of these tokens are possessives.
        if !self.doc.has(i, HYPHEN) {
            return false;
        }
        if let Some(rest) = w.strip_prefix("mid-").or_else(|| w.strip_prefix("early-")).or_else(|| w.strip_prefix("late-")) {
            if starter(rest) || rest.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
        }
        // A cardinal or ordinal word is a NUMBER_WORDS word, in STARTS, and answered above; a
        // hyphenated fraction (`two-thirds`) is not a listed word.
        numwords::hyphenated_fraction(w).is_some()
    }

    /// Whether a date can start at number `i` (digits, or a number word that no pattern reads
    /// as itself): numbers are common and most count things (`5 percent`, `two people`), while
    /// each pattern that reads one needs a certain next token:
    /// - a time: `:`, `h30`, `am`/`pm`/`a.m.`, `o'clock`, `past`/`to`/`after`..., `minutes`,
    ///   a range (`-`, `to`, `and`, `until`), a part of the day (`in the`, `this`, `tonight`),
    ///   `noon` or `midnight` (`12 noon`),
    ///   or minutes in words (`four twenty-three a m`);
    /// - a day and month: a suffix (`4th`), a month (`mid-May` too), `of`, or a range;
    /// - a numeric date: `/` or `-` glued, or dots inside the number (`31.10.1974`);
    /// - an amount of time: a unit of time (`1h` glued), `/` glued (`3/4 hour`), another number
    ///   word (`twenty five`);
    /// - a decade or century: `s`, `'s` or a suffix, glued;
    /// - a quarter: `Q4` glued, `quarter`/`qtr` after an ordinal;
    /// - the nth of: a weekday, `day`/`week`/`weekend`/`month`/`of`, or a suffix.
    ///
    /// A holiday ending in `Jayanti` and the rarer forms (apostrophes, hyphens) are let through.
    fn number_may_start(&self, i: usize) -> bool {
        let k = i + 1;
        if self.doc.has(i, APOSTROPHE | HYPHEN) || self.raw(i).contains('.') || self.jayanti(k) || self.jayanti(k + 1) {
            return true;
        }
        if self.glued(k) && (self.is_word(k) || matches!(self.raw(k), ":" | "/" | "-" | "–" | "'" | "’")) {
            return true;
        }
        // 1430 GMT, 1400 local time
        if self.raw(i).len() == 4 && self.zone(k) > k {
            return true;
        }
        // Only a number word reads the number word after it (`four twenty-three`, `twenty five
        // days`); digits never do.
        let words_after = if self.is_word(i) { NUMBER_WORDS.bit() } else { 0 };
        // The words below are those that neither a list, the shape bits (`-`, `o'clock`) nor
        // `time_word` (`minutes`, `day`, `quarter`) already let through.
        self.doc.class(k) & (MONTHS.bit() | MONTH_ABBREVIATION_WORDS.bit() | WEEKDAYS.bit() | words_after) != 0
            || self.doc.has(k, APOSTROPHE | HYPHEN)
            || self.time_word(k)
            // `66 million years ago`
            || matches!(self.low(k), "hundred" | "thousand" | "million" | "billion") && self.time_word(k + 1)
            || matches!(
                self.low(k),
                "past" | "after" | "to" | "till" | "before" | "am" | "pm" | "a" | "p" | "oclock" | "–" | "until" | "and" | "in" | "this" | "tonight"
                    | "tomorrow" | "today" | "through" | "thru" | "of" | "weekend" | "st" | "nd" | "rd" | "th" | "noon" | "midnight" | "midday"
            )
    }

    /// A unit of time as [`Self::amount_of_time`] reads it.
    fn time_word(&self, k: usize) -> bool {
        self.doc.is(k, &TIME_WORDS)
    }

    fn raw(&self, i: usize) -> &'t str {
        self.doc.tok(i)
    }
    /// Token `i` is `jayanti` in any case (the last word of many holidays, asked about at
    /// every token): a bit of its classes.
    #[inline]
    fn jayanti(&self, i: usize) -> bool {
        self.jayanti_seen && self.doc.is(i, &JAYANTI)
    }
    fn low(&self, i: usize) -> &str {
        self.doc.low(i)
    }
    /// [`numwords::ordinal`] of token `i`, lower-cased: asked only of the number words (every
    /// word it reads is one), which the `Doc` has classed.
    fn ordinal_word(&self, i: usize) -> Option<f64> {
        if self.doc.is(i, &NUMBER_WORDS) { numwords::ordinal(self.low(i)) } else { None }
    }
    /// [`numwords::small_cardinal`] of token `i`, lower-cased, asked as [`Self::ordinal_word`].
    fn cardinal_word(&self, i: usize) -> Option<u32> {
        if self.doc.is(i, &NUMBER_WORDS) { numwords::small_cardinal(self.low(i)) } else { None }
    }
    /// Whether token `i`, lower-cased, is in `list` (a registered one): for a word, the class
    /// the `Doc` looked up once.
    fn low_in(&self, i: usize, list: &lexicon::WordList) -> bool {
        if self.is_word(i) { self.doc.is(i, list) } else { list.contains(self.low(i)) }
    }
    /// Whether [`Self::base`] of token `i` is in `list` (a registered one): a word without an
    /// apostrophe is its own base.
    fn base_in(&self, i: usize, list: &lexicon::WordList) -> bool {
        if self.is_word(i) && !self.doc.has(i, APOSTROPHE) { self.doc.is(i, list) } else { list.contains(self.base(i)) }
    }
    /// The lower-cased token without a possessive ending (`friday's` → `friday`).
    fn base(&self, i: usize) -> &str {
        let w = self.low(i);
        w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
    }
    fn kind(&self, i: usize) -> Option<TokKind> {
        self.doc.tokens.get(i).map(|t| t.kind())
    }
    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Num)
    }
    fn glued(&self, i: usize) -> bool {
        i > 0 && self.doc.tokens.get(i).is_some_and(|t| !t.space_before())
    }
    fn capitalised(&self, i: usize) -> bool {
        self.doc.has(i, CAPITALISED)
    }
    /// The length of token `i` in bytes (0 past the end).
    fn len(&self, i: usize) -> usize {
        self.doc.tokens.get(i).map_or(0, |t| t.span().len())
    }
    /// The first byte of token `i`.
    fn first_byte(&self, i: usize) -> Option<u8> {
        self.doc.tokens.get(i).and_then(|t| self.doc.text.as_bytes().get(t.span().start)).copied()
    }
    /// Token `i` is `'` or `’`: the only one-character tokens with an apostrophe.
    fn lone_apostrophe(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.doc.has(i, APOSTROPHE)
    }
    fn int(&self, i: usize) -> Option<u32> {
        if !self.is_num(i) {
            return None;
        }
        let r = self.raw(i);
        if r.len() > 4 || !r.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        r.parse().ok()
    }
    /// The longest date starting at token `i`. `depth` bounds the patterns that call back.
    fn best(&self, i: usize, depth: u8) -> Option<(usize, DateKind)> {
        self.best_of(i, depth, true)
    }

    /// [`Self::best`], asking each pattern only where its first word allows it (`gated`): the
    /// conditions below restate how each pattern begins, and a test checks that they never
    /// change an answer (`gated` false runs them all).
    fn best_of(&self, i: usize, depth: u8, gated: bool) -> Option<(usize, DateKind)> {
        let mut best: Option<(usize, DateKind)> = None;
        let mut take = |r: Option<(usize, DateKind)>| {
            if let Some((e, k)) = r {
                if best.is_none_or(|(b, _)| e > b) {
                    best = Some((e, k));
                }
            }
        };
        let w = self.low(i);
        let class = self.doc.class(i);
        let has = |bits: u64| !gated || class & bits != 0;
        let num = !gated || self.is_num(i) || class & NUMBER_WORDS.bit() != 0;
        let any = |words: &[&str]| {
            // What may_start's arms for words of one list rely on: a word asked for by name
            // is in some other list of STARTS (LEADS lists those in no other).
            debug_assert!(
                words.iter().all(|x| lexicon::classes(x) & STARTS & !(NUMBER_WORDS.bit() | HOLIDAY_FIRSTS.bit()) != 0 || !x.starts_with(char::is_alphanumeric)),
                "{words:?}: a word asked for by name must be in LEADS"
            );
            !gated || words.contains(&w)
        };
        // A possessive (`friday's`), an apostrophe or a hyphen: the rarer forms, always asked.
        let odd = !gated || self.doc.has(i, APOSTROPHE | HYPHEN);
        if num || any(&["noon", "midnight", "midday", "half", "quarter", "a", "from", "between"]) {
            take(self.time(i));
        }
        if odd || any(&["from"]) || has(DAY_PARTS.bit() | MONTHS.bit() | MONTH_ABBREVIATION_WORDS.bit()) {
            take(self.month_date(i));
        }
        if num || any(&["from", "the"]) {
            take(self.day_month(i));
        }
        if !gated || self.is_num(i) {
            take(self.numeric_date(i));
        }
        if odd || has(DAY_PARTS.bit() | RELATIVE_LEADS.bit() | WEEKDAYS.bit() | WEEKDAY_ABBREVIATIONS.bit()) {
            take(self.weekday(i));
        }
        if odd || any(&["the", "day", "right", "just"]) || has(DAY_PARTS.bit() | DAY_WORDS.bit()) {
            take(self.day_word(i));
        }
        if any(&["in", "within", "earlier", "later", "so", "the", "this"]) || has(DAY_PARTS.bit() | RELATIVE_LEADS.bit()) {
            take(self.relative(i));
        }
        if num || odd || any(&["many", "some", "several", "few", "couple", "a", "an", "one", "half", "years", "decades", "months", "weeks", "days", "centuries", "hours", "minutes"]) {
            take(self.anchored_amount(i));
        }
        if odd || has(HOLIDAY_FIRSTS.bit()) || self.capitalised(i) || self.jayanti(i + 1) || self.jayanti(i + 2) {
            take(self.holiday(i));
        }
        if num || odd || any(&["the", "his", "her", "their", "its", "my", "your", "our", "'", "’"]) || has(DAY_PARTS.bit() | SEASONS.bit()) {
            take(self.decade(i));
        }
        if num || any(&["the"]) || self.first_byte(i) == Some(b'Q') {
            take(self.quarter(i));
        }
        if num || any(&["fiscal", "financial"]) || matches!(self.first_byte(i), Some(b'F' | b'H')) {
            take(self.fiscal(i));
        }
        if depth == 0 {
            if any(&["the", "very"]) || has(BOUNDARIES.bit()) || self.raw(i).bytes().all(|b| b.is_ascii_uppercase()) {
                take(self.boundary(i));
            }
            if num || any(&["the", "last"]) {
                take(self.nth_of(i));
            }
        }
        let (e, k) = best?;
        Some((self.year_tail(e, k), k))
    }

    /// A date at `i` read without the patterns that call back.
    fn best_shallow(&self, i: usize) -> Option<(usize, DateKind)> {
        [self.time(i), self.month_date(i), self.weekday(i), self.day_word(i), self.holiday(i), self.relative(i)]
            .into_iter()
            .flatten()
            .max_by_key(|(e, _)| *e)
    }

    /// `, 2019`, ` 2019`, ` of 2019` after a date that has no year yet.
    fn year_tail(&self, e: usize, kind: DateKind) -> usize {
        if !matches!(kind, DateKind::Date | DateKind::Period | DateKind::Weekday) || self.is_year(e.wrapping_sub(1)) {
            return e;
        }
        // A year written with its business or sports marks is whole: FY24, 2022-23.
        let last = e.wrapping_sub(1);
        if self.raw(last).starts_with("FY") || self.is_num(last) && self.glued(last) && matches!(self.raw(last.wrapping_sub(1)), "-" | "–" | "/") {
            return e;
        }
        let j = if matches!(self.low(e), "," | "of" | "in") { e + 1 } else { e };
        if self.is_year(j) && !self.glued(j) && !(self.raw(j + 1) == "," && self.is_num(j + 2)) {
            return j + 1;
        }
        e
    }

    fn is_year(&self, i: usize) -> bool {
        self.int(i).is_some_and(|y| (1000..=2100).contains(&y)) && self.raw(i).len() == 4
            && !(self.glued(i + 1) && matches!(self.kind(i + 1), Some(TokKind::Word | TokKind::Num)))
    }

    /// What may follow a date and belong to it: `at 2` after a day (`tonight at 2`), `in the
    /// afternoon` after a time.
    fn day_tail(&self, b: usize, k: DateKind) -> usize {
        if matches!(k, DateKind::Relative | DateKind::Weekday | DateKind::Date) && matches!(self.low(b), "at" | "@") {
            if let Some((e, _)) = self.clock(b + 1) {
                return self.zone(e);
            }
        }
        if k == DateKind::Time && self.low(b) == "in" {
            let j = if self.low(b + 1) == "the" { b + 2 } else { b + 1 };
            if self.doc.is(j, &PARTS_OF_DAY) || matches!(self.low(j), "am" | "pm") {
                return j + 1;
            }
        }
        b
    }

    /// Whether dates ending at token `b` and starting at token `a` are one expression.
    /// A range (`Monday to Friday`) joins dates of one kind; a refinement (`Tuesday, Jan. 4`,
    /// `tomorrow at 5pm`, `Sunday from last week`) joins dates of different kinds. Two dates of
    /// one kind side by side are a list (`Christmas, Easter`).
    fn joinable(&self, b: usize, a: usize, left: DateKind, right: DateKind) -> bool {
        let differ = left != right && !(left == DateKind::Period && right == DateKind::Period);
        if a == b {
            return !self.doc.tokens[a].newline_before() && differ;
        }
        if a == b + 1 {
            let sep = self.low(b);
            if matches!(sep, "-" | "–" | "to" | "till" | "until" | "through" | "thru") {
                return left == right && left != DateKind::Relative;
            }
            return differ && matches!(sep, "," | "at" | "on" | "of" | "from" | "@" | "in");
        }
        if a == b + 2 {
            return differ && self.low(b) == "," && matches!(self.low(b + 1), "at" | "on");
        }
        false
    }

    // ----- times of day ----------------------------------------------------------------------

    /// `5 p.m.`, `17:00 GMT`, `3pm`, `noon`, `half past three`, `8 in the evening`, and ranges
    /// of them (`3pm - 6pm`, `from 3:30 to six p.m.`).
    fn time(&self, i: usize) -> Option<(usize, DateKind)> {
        let w = self.low(i);
        if matches!(w, "noon" | "midnight" | "midday") {
            return Some((self.zone(i + 1), DateKind::Time));
        }
        // half past three, quarter to five, 20 past 3pm, 15 minutes past noon
        if let Some(e) = self.past_to(i) {
            return Some((e, DateKind::Time));
        }
        if matches!(w, "from" | "between") {
            let (e, strong) = self.clock(i + 1)?;
            let sep = self.low(e);
            if (w == "from" && matches!(sep, "-" | "–" | "to" | "till" | "until" | "untill" | "through" | "thru")) || (w == "between" && sep == "and") {
                if let Some((e2, strong2)) = self.clock(e + 1) {
                    // from 3 to 5 in the afternoon: two bare hours, and the part of the day
                    // makes them times.
                    let part = self.part_of_day_after(e2);
                    if strong || strong2 || part > e2 {
                        let e2 = self.zone(e2);
                        return Some((self.part_of_day_after(e2), DateKind::Time));
                    }
                }
            }
            return None;
        }
        let (mut e, strong) = self.clock(i)?;
        // A range: 3pm - 6pm, 3:30 to six p.m., 9h30 - 11h, 3 to 5 in the afternoon.
        if matches!(self.low(e), "-" | "–" | "to" | "till" | "until" | "and") {
            if let Some((e2, strong2)) = self.clock(e + 1) {
                let part = self.part_of_day_after(e2);
                if strong2 || strong {
                    let e2 = self.zone(e2);
                    return Some((e2, DateKind::Time));
                }
                if part > e2 {
                    return Some((part, DateKind::Time));
                }
            }
        }
        if !strong {
            // A bare hour is a time only with a part of the day: 8 in the evening, 5 tomorrow.
            let part = self.part_of_day_after(e);
            if part > e {
                return Some((part, DateKind::Time));
            }
            if (self.low(e) == "this" && self.doc.is(e + 1, &PARTS_OF_DAY)) || matches!(self.low(e), "tonight" | "tomorrow" | "today") {
                return Some((e, DateKind::Time));
            }
            return None;
        }
        e = self.zone(e);
        Some((e, DateKind::Time))
    }

    /// The end of `in the` + a part of the day (`in the afternoon`, `in the PM`) at `e`, or `e`.
    fn part_of_day_after(&self, e: usize) -> usize {
        let part = self.doc.is(e + 2, &PARTS_OF_DAY) || matches!(self.low(e + 2), "am" | "pm");
        if self.low(e) == "in" && self.low(e + 1) == "the" && part { e + 3 } else { e }
    }

    /// A clock reading at `i` and whether it is unmistakably a time (`5 p.m.`, `17:00`) rather
    /// than a bare hour (`5`).
    fn clock(&self, i: usize) -> Option<(usize, bool)> {
        let hour_word = self.cardinal_word(i).filter(|v| (1..=12).contains(v) && self.is_word(i));
        // 330 p.m., 1030 am: hours and minutes run together, only with am/pm.
        if let Some(hm) = self.int(i).filter(|_| matches!(self.raw(i).len(), 3 | 4)) {
            if hm % 100 < 60 && (1..=12).contains(&(hm / 100)) {
                if let Some(a) = self.ampm(i + 1) {
                    return Some((a, true));
                }
            }
            // 1430 GMT, 0500 GMT, 1400 local time: wire copy's four-digit clock, with a zone.
            let z = self.zone(i + 1);
            if self.raw(i).len() == 4 && hm % 100 < 60 && hm / 100 < 24 && z > i + 1 {
                return Some((z, true));
            }
        }
        // 12.30pm, 5.45 a.m.: the British dot between hours and minutes, only with am/pm.
        if let Some((hh, mm)) = self.raw(i).split_once('.').filter(|_| self.is_num(i)) {
            let ok = hh.len() <= 2 && mm.len() == 2 && hh.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)) && mm.parse::<u32>().is_ok_and(|m| m < 60);
            if ok {
                if let Some(a) = self.ampm(i + 1) {
                    return Some((a, true));
                }
            }
            return None;
        }
        let h = self.int(i).filter(|_| self.raw(i).len() <= 2).or(hour_word)?;
        if h > 24 {
            return None;
        }
        let mut e = i + 1;
        let mut strong = false;
        // H:MM(:SS)
        if self.raw(e) == ":" && self.glued(e) && self.is_num(e + 1) && self.glued(e + 1) && self.raw(e + 1).len() == 2 && hour_word.is_none() {
            let m = self.int(e + 1)?;
            // 1:10 slope, a ratio of 1:20: a ratio (see the number finder).
            let ratio = crate::numbers::is_ratio_word(self.low(e + 2)) || i >= 2 && self.low(i - 1) == "of" && crate::numbers::is_ratio_word(self.low(i - 2));
            if m >= 60 || ratio {
                return None;
            }
            e += 2;
            if self.raw(e) == ":" && self.glued(e) && self.is_num(e + 1) && self.glued(e + 1) && self.raw(e + 1).len() == 2 {
                e += 2;
            }
            strong = true;
        } else if self.is_word(e) && self.glued(e) && hour_word.is_none() {
            // 15h30, 9h, 3h18
            let w = self.low(e);
            if let Some(rest) = w.strip_prefix('h') {
                if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) && h <= 24 {
                    e += 1;
                    strong = true;
                }
            } else if let Some((_, rest)) = w.split_once('-').filter(|(ap, rest)| matches!(*ap, "am" | "pm") && h <= 12 && is_hour_after_dash(rest)) {
                // 9am-5pm, 10am-noon: one word, since a hyphen before a digit joins the two.
                e += 1;
                strong = true;
                if rest.bytes().all(|b| b.is_ascii_digit()) {
                    e = self.ampm(e).unwrap_or(e);
                }
            }
        } else if hour_word.is_some() && self.is_word(e) {
            // twenty three as minutes after a spelled hour: four twenty-three a m
            if self.cardinal_word(e).is_some_and(|m| (10..60).contains(&m)) && self.ampm(e + 1).is_some() {
                e += 1;
            }
        }
        if let Some(a) = self.ampm(e) {
            if h <= 12 {
                e = a;
                strong = true;
            }
        } else if matches!(self.low(e), "o'clock" | "o’clock" | "oclock") {
            e += 1;
            strong = true;
            if let Some(a) = self.ampm(e) {
                e = a;
            }
        } else if h == 12 && matches!(self.low(e), "noon" | "midnight" | "midday") {
            // 12 noon, twelve midnight: one time, the word saying which twelve.
            e += 1;
            strong = true;
        } else if self.raw(e) == "h" && self.glued(e) && h <= 24 && self.raw(i.wrapping_sub(1)) != "in" && matches!(self.low(e + 1), "-" | "–" | "cst" | "gmt" | "utc" | "cet") {
            e += 1;
            strong = true;
        }
        Some((e, strong))
    }

    /// The end of `am`, `p.m.`, `a m`, `PM` at `e`.
    fn ampm(&self, e: usize) -> Option<usize> {
        let w = self.low(e);
        match w {
            "am" | "pm" => Some(e + 1),
            "a" | "p" => {
                // a.m. / p.m. as four tokens, or `a m` spelled out
                if self.raw(e + 1) == "." && self.glued(e + 1) && self.low(e + 2) == "m" && self.glued(e + 2) {
                    let mut k = e + 3;
                    if self.raw(k) == "." && self.glued(k) {
                        k += 1;
                    }
                    return Some(k);
                }
                if self.low(e + 1) == "m" && !self.glued(e + 1) && !self.is_word(e + 2) {
                    return Some(e + 2);
                }
                None
            }
            _ => None,
        }
    }

    /// An optional time zone after a time.
    fn zone(&self, e: usize) -> usize {
        let r = self.raw(e);
        if lexicon::contains(TIME_ZONES, r) && (r.chars().all(|c| c.is_uppercase()) || r.len() == 3) && r != "Z" {
            return e + 1;
        }
        if self.low(e) == "local" && self.low(e + 1) == "time" {
            return e + 2;
        }
        // 9 a.m. Eastern time, 6 p.m. Pacific Standard Time: the US zones by name.
        if matches!(self.raw(e), "Eastern" | "Central" | "Mountain" | "Pacific" | "Atlantic") {
            if self.low(e + 1) == "time" {
                return e + 2;
            }
            if matches!(self.low(e + 1), "standard" | "daylight") && self.low(e + 2) == "time" {
                return e + 3;
            }
        }
        e
    }

    /// half past three, quarter to five, 20 past 3pm, twenty after 3pm, 15 minutes past noon.
    fn past_to(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let w = self.low(j);
        let mut minutes_word = false;
        if w == "half" || w == "quarter" {
            j += 1;
        } else if w == "a" && self.low(i + 1) == "quarter" {
            j += 2;
        } else if self.int(j).is_some_and(|m| m < 60) || self.cardinal_word(j).is_some_and(|m| m < 60) && self.is_word(j) {
            j += 1;
            if matches!(self.low(j), "minutes" | "minute" | "mins" | "min") {
                j += 1;
                minutes_word = true;
            }
        } else {
            return None;
        }
        if !matches!(self.low(j), "past" | "after" | "to" | "till" | "before") {
            return None;
        }
        j += 1;
        if matches!(self.low(j), "noon" | "midnight") {
            return Some(j + 1);
        }
        let (e, strong) = self.clock(j)?;
        // `half past three` needs no am/pm; `20 past 3` and `two to three` (a range of
        // counts) do.
        if strong || matches!(w, "half" | "quarter" | "a") || minutes_word {
            return Some(self.zone(e));
        }
        None
    }

    // ----- calendar dates --------------------------------------------------------------------

    /// A month name at `i` (full or abbreviated) and the month number; `context` says whether
    /// a day or a year is next to it (which licenses abbreviations and `May`).
    fn month(&self, i: usize) -> Option<(u32, usize, bool)> {
        if !self.is_word(i) {
            return None;
        }
        let w = self.low(i);
        // mid-January
        let (w, mid) = match w.strip_prefix("mid-") {
            Some(rest) => (rest, true),
            None => (w, false),
        };
        // Most tokens asked are no month: a bit of their classes says so, without the list.
        let listed = if mid { MONTHS.contains(w) } else { self.doc.is(i, &MONTHS) };
        if let Some(p) = listed.then(|| MONTHS.words.iter().position(|m| m == w)).flatten() {
            return Some((p as u32 + 1, i + 1, false));
        }
        if let Some(&(_, m)) = MONTH_ABBREVIATIONS.iter().find(|(a, _)| *a == w) {
            let mut e = i + 1;
            if self.raw(e) == "." {
                e += 1;
            }
            return Some((m, e, true));
        }
        None
    }

    /// Whether a month name with no day or year next to it is a month here: capitalised and
    /// not `May`/`March`/`August` unless a date preposition comes before.
    fn lone_month_ok(&self, i: usize) -> bool {
        let w = self.low(i);
        let prev = self.low(i.wrapping_sub(1));
        let lead = matches!(prev, "in" | "into" | "throughout" | "since" | "until" | "till" | "by" | "from" | "through" | "during" | "early" | "late" | "mid" | "last" | "next" | "this" | "of" | "between" | "before" | "after" | "and" | "to" | "end" | "beginning" | "start" | "middle" | "for" | "every" | "coming" | "past");
        if w.starts_with("mid-") {
            return true;
        }
        if matches!(w, "may" | "march" | "august") {
            // in May, since March; a May interview, an August speech
            let article = matches!(prev, "a" | "an") && self.is_word(i + 1) && !self.capitalised(i + 1) && !lexicon::contains(words!["be", "have", "not", "also", "well"], self.low(i + 1));
            return self.capitalised(i) && (lead || article) && !(self.is_word(i + 1) && self.capitalised(i + 1));
        }
        self.capitalised(i) || lead
    }

    /// Whether a month's abbreviation with no day or year next to it is a month here:
    /// in title case, after a preposition or word that leads to a time (`in Sept`, `by Oct.`,
    /// `the end of Nov`). `Jan` is a first name too: not after `by`, `from` or `of` (`a letter
    /// from Jan`).
    fn lone_abbreviation_ok(&self, i: usize) -> bool {
        let prev = self.low(i.wrapping_sub(1));
        let lead = i > 0 && matches!(prev, "in" | "since" | "until" | "till" | "through" | "throughout" | "during" | "early" | "late" | "mid" | "last" | "next" | "this");
        let loose = i > 1 && (matches!(prev, "by" | "from") || prev == "of" && self.doc.is(i - 2, &BOUNDARIES));
        // Title case only: `FeB` is a formula.
        let title = self.capitalised(i) && self.raw(i).bytes().skip(1).all(|b| b.is_ascii_lowercase());
        title && (lead || loose && self.low(i) != "jan")
    }

    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        // 4, 4th, fourth
        if let Some(d) = self.int(i).filter(|d| (1..=31).contains(d) && self.raw(i).len() <= 2) {
            let mut e = i + 1;
            if self.is_word(e) && self.glued(e) && matches!(self.low(e), "st" | "nd" | "rd" | "th") {
                e += 1;
            } else if self.is_word(e) && self.glued(e) {
                return None;
            }
            return Some((d, e));
        }
        if self.is_word(i) {
            let o = self.ordinal_word(i)?;
            if (1.0..=31.0).contains(&o) {
                return Some((o as u32, i + 1));
            }
        }
        None
    }

    /// `Jan. 4, 2019`, `March 3rd 2015`, `October 2014`, `mid-January`, `the 13 to 15 July`
    /// is read by [`Self::day_month`].
    fn month_date(&self, i: usize) -> Option<(usize, DateKind)> {
        if self.low(i) == "from" && self.month(i + 1).is_some() {
            let (e, k) = self.month_date(i + 1)?;
            return (e > i + 3).then_some((e, k));
        }
        // early March, late September, mid May
        if self.doc.is(i, &DAY_PARTS) && self.month(i + 1).is_some() {
            let (e, k) = self.month_date(i + 1)?;
            return Some((e, k));
        }
        let (_, e, abbrev) = self.month(i)?;
        let e = if self.low(e) == "the" && self.day_number(e + 1).is_some() { e + 1 } else { e };
        if let Some((_, de)) = self.day_number(e) {
            // Jan. 4 - 6
            let mut end = de;
            if matches!(self.low(end), "-" | "–" | "to" | "through" | "thru") {
                if let Some((_, d2)) = self.day_number(end + 1) {
                    end = d2;
                }
            }
            if self.low(end) == "," && self.is_year(end + 1) {
                return Some((end + 2, DateKind::Date));
            }
            if self.is_year(end) {
                return Some((end + 1, DateKind::Date));
            }
            // `May 5` is a date even for the ambiguous months; a lone digit after `may` in
            // lower case is a verb's object.
            if self.low(i) == "may" && !self.capitalised(i) {
                return None;
            }
            if self.low(i) == "march" && !self.capitalised(i) && !self.is_num(e) {
                return None;
            }
            return Some((end, DateKind::Date));
        }
        if self.is_year(e) || self.low(e) == "of" && self.is_year(e + 1) {
            if self.low(i) == "may" && !self.capitalised(i) {
                return None;
            }
            return Some((if self.is_year(e) { e + 1 } else { e + 2 }, DateKind::Date));
        }
        if if abbrev { !self.lone_abbreviation_ok(i) } else { !self.lone_month_ok(i) } {
            return None;
        }
        // April Ryan, June Carter: a name, not a month. After an abbreviation's full stop
        // (`in Sept. The board`) the capital starts a sentence.
        let dot = abbrev && self.raw(e - 1) == ".";
        if !dot && self.is_word(e) && self.capitalised(e) && !self.doc.tokens[e].newline_before() && self.weekday_name(e).is_none() && self.month(e).is_none() {
            return None;
        }
        Some((e, DateKind::Date))
    }

    /// `4 January 2019`, `31st Oct 1974`, `the 13 to 15 July`, `the 4th of July`.
    fn day_month(&self, i: usize) -> Option<(usize, DateKind)> {
        let mut j = i;
        let from = self.low(j) == "from";
        if from {
            j += 1;
        }
        if self.low(j) == "the" {
            j += 1;
        }
        let (_, mut e) = self.day_number(j)?;
        if matches!(self.low(e), "-" | "–" | "to" | "through" | "thru") {
            let k = if self.low(e + 1) == "the" { e + 2 } else { e + 1 };
            if let Some((_, e2)) = self.day_number(k) {
                e = e2;
            }
        } else if from {
            return None;
        }
        if self.low(e) == "of" {
            e += 1;
        } else if j > i && self.month(e).is_none() && self.lone_day(i, j, e) {
            return Some((e, DateKind::Date));
        }
        let (_, me, _) = self.month(e)?;
        // `the fourth may` is not a date; a lower-case `may` after a number rarely is.
        if self.low(e) == "may" && !self.capitalised(e) {
            return None;
        }
        let mut end = me;
        if self.low(end) == "," && self.is_year(end + 1) {
            end += 2;
        } else if self.is_year(end) {
            end += 1;
        }
        Some((end, DateKind::Date))
    }

    /// Whether the day ending at `e`, after `the` (token `j` is the day), is a date of its own
    /// (`on the 4th`, `by the 21st`, `from the 4th to the 6th`): digits with their suffix,
    /// after a preposition of time, and no noun after (`on the 4th floor`). A spelled ordinal
    /// stays out: `on the first` is more often a first of something.
    fn lone_day(&self, i: usize, j: usize, e: usize) -> bool {
        let suffix = self.is_num(j) && self.glued(j + 1) && matches!(self.low(j + 1), "st" | "nd" | "rd" | "th");
        let lead = i > 0 && matches!(self.low(i - 1), "on" | "by" | "until" | "till" | "since" | "before" | "after") || self.low(i) == "from";
        let ends = !self.is_word(e) || self.capitalised(e) || self.doc.is(e, &crate::numbers::NOT_NOUNS) && self.low(e) != "of";
        suffix && lead && ends
    }

    /// `31/10/1974`, `10-31-74`, `2019-01-04`, `31.10.1974`, and `15/2` after `on`.
    fn numeric_date(&self, i: usize) -> Option<(usize, DateKind)> {
        if !self.is_num(i) || (self.glued(i) && matches!(self.kind(i - 1), Some(TokKind::Word | TokKind::Num))) {
            return None;
        }
        // One token with dots: 31.10.1974
        let r = self.raw(i);
        if r.matches('.').count() == 2 {
            let p: Vec<&str> = r.split('.').collect();
            if valid_dmy(&p) {
                return Some((i + 1, DateKind::Date));
            }
            return None;
        }
        let sep = self.raw(i + 1);
        if !matches!(sep, "/" | "-") || !self.glued(i + 1) || !self.is_num(i + 2) || !self.glued(i + 2) {
            return None;
        }
        let a = self.raw(i);
        let b = self.raw(i + 2);
        if self.raw(i + 3) == sep && self.glued(i + 3) && self.is_num(i + 4) && self.glued(i + 4) {
            let c = self.raw(i + 4);
            if self.glued(i + 5) && matches!(self.raw(i + 5), "-" | "/") {
                return None; // a longer code
            }
            let ok = if a.len() == 4 { valid_dmy(&[c, b, a]) } else { valid_dmy(&[a, b, c]) };
            return ok.then_some((i + 5, DateKind::Date));
        }
        if self.glued(i + 3) && matches!(self.kind(i + 3), Some(TokKind::Num | TokKind::Word)) {
            return None;
        }
        // Two parts: a date only after a date preposition or before a time.
        let lead = matches!(self.low(i.wrapping_sub(1)), "on" | "since" | "until" | "till" | "by" | "from" | "before" | "after") && i > 0;
        let before_time = self.low(i + 3) == "at" && self.clock(i + 4).is_some_and(|(_, s)| s);
        let (na, nb) = (a.parse::<u32>().unwrap_or(0), b.parse::<u32>().unwrap_or(0));
        let day_shows = (na > 12) != (nb > 12) && a.len() <= 2 && b.len() <= 2;
        if (lead || before_time || day_shows) && sep == "/" && valid_dmy(&[a, b, "2000"]) {
            return Some((i + 3, DateKind::Date));
        }
        None
    }

    // ----- days ------------------------------------------------------------------------------

    /// `Tuesday`, `late Monday`, `next tuesday`, `Monday morning`, `Fri.`.
    fn weekday(&self, i: usize) -> Option<(usize, DateKind)> {
        let mut j = i;
        let lead = self.low(j);
        if self.doc.is(j, &DAY_PARTS) || self.doc.is(j, &RELATIVE_LEADS) && !matches!(lead, "same" | "that") {
            j += 1;
            // late on Friday, early on Monday: wire copy's order.
            if matches!(lead, "early" | "late") && self.low(j) == "on" && self.weekday_name(j + 1).is_some() {
                j += 1;
            }
        }
        let e = self.weekday_name(j)?;
        let mut e = e;
        if self.base_in(e, &PARTS_OF_DAY) && self.base(j) == self.low(j) {
            e += 1;
        } else if self.low(e) == "the" {
            // Tuesday the 19th
            if let Some((_, de)) = self.day_number(e + 1).filter(|_| self.is_num(e + 1)) {
                e = de;
            }
        } else if self.low(e) == "after" && self.low(e + 1) == "next" {
            e += 2;
        }
        Some((e, DateKind::Weekday))
    }

    fn weekday_name(&self, j: usize) -> Option<usize> {
        if !self.is_word(j) {
            return None;
        }
        let w = self.low(j);
        if self.base_in(j, &WEEKDAYS) {
            return Some(j + 1);
        }
        // Plurals as in `3 fridays from now` are read by the amount reader.
        if self.doc.is(j, &WEEKDAY_ABBREVIATIONS) {
            let dot = self.raw(j + 1) == "." && self.glued(j + 1);
            let comma = self.raw(j + 1) == ",";
            let ambiguous = matches!(w, "sat" | "sun" | "wed");
            let next_date = self.month(j + 1 + comma as usize).is_some() || self.clock(j + 1).is_some_and(|(_, s)| s) || self.low(j + 1) == "at";
            if ambiguous && !(self.capitalised(j) && (dot || comma || next_date)) {
                return None;
            }
            if !(ambiguous || self.capitalised(j) || dot || next_date || self.n <= 3) {
                return None;
            }
            return Some(if dot { j + 2 } else { j + 1 });
        }
        None
    }

    /// `today`, `tomorrow evening`, `yesterday afternoon`, `the day after tomorrow`.
    fn day_word(&self, i: usize) -> Option<(usize, DateKind)> {
        let w = self.low(i);
        let k = if w == "the" { i + 1 } else { i };
        if self.low(k) == "day" && matches!(self.low(k + 1), "before" | "after") && matches!(self.low(k + 2), "yesterday" | "tomorrow") {
            return Some((k + 3, DateKind::Relative));
        }
        if matches!(w, "right" | "just") && self.low(i + 1) == "now" {
            return Some((i + 2, DateKind::Relative));
        }
        // in the afternoon, during the early evening: the part of the day the story is on. The
        // preposition stays outside, as `on` does before `Monday`; not `the evening news`.
        if w == "the" && i > 0 && matches!(self.low(i - 1), "in" | "during" | "by" | "until" | "through" | "throughout") {
            let p = if matches!(self.low(k), "early" | "late") { k + 1 } else { k };
            let ends = !self.is_word(p + 1) || self.capitalised(p + 1) || self.doc.is(p + 1, &crate::numbers::NOT_NOUNS);
            if matches!(self.low(p), "morning" | "afternoon" | "evening") && ends {
                return Some((p + 1, DateKind::Time));
            }
        }
        // over the weekend, at the weekend, for the long weekend: one weekend, the one the
        // story is about, as `last weekend` is; not `the weekend edition`.
        if w == "the" && i > 0 && matches!(self.low(i - 1), "over" | "at" | "during" | "on" | "through" | "throughout" | "until" | "by" | "for" | "before" | "after" | "since") {
            let p = if matches!(self.low(k), "long" | "holiday") { k + 1 } else { k };
            let ends = !self.is_word(p + 1) || self.capitalised(p + 1) || self.doc.is(p + 1, &crate::numbers::NOT_NOUNS);
            if matches!(self.low(p), "weekend" | "week-end") && ends {
                return Some((p + 1, DateKind::Relative));
            }
        }
        // in the summer, during the early spring, over the winter: the season of the story's
        // year. Not before `of` (`the summer of 2019` is read whole elsewhere, `the fall of
        // Rome` is no season), and `fall` only after `in` or `during` (`after the fall`).
        if w == "the" && i > 0 && matches!(self.low(i - 1), "in" | "during" | "over" | "through" | "throughout" | "until" | "by" | "since") {
            let p = if matches!(self.low(k), "early" | "late") { k + 1 } else { k };
            let ends = !self.is_word(p + 1) || self.capitalised(p + 1) || self.doc.is(p + 1, &crate::numbers::NOT_NOUNS) && self.low(p + 1) != "of";
            let fall_ok = self.low(p) != "fall" || matches!(self.low(i - 1), "in" | "during");
            if self.doc.is(p, &SEASONS) && self.is_word(p) && ends && fall_ok {
                return Some((p + 1, DateKind::Period));
            }
        }
        if self.doc.is(i, &DAY_PARTS) && self.doc.is(i + 1, &DAY_WORDS) && self.low(i + 1) != "overnight" {
            return Some((i + 2, DateKind::Relative));
        }
        if !self.base_in(i, &DAY_WORDS) {
            return None;
        }
        if w == "overnight" {
            return None;
        }
        let mut e = i + 1;
        if self.base_in(e, &PARTS_OF_DAY) && w != "tonight" && self.base(i) == w {
            e += 1;
        }
        Some((e, DateKind::Relative))
    }

    // ----- relative periods ------------------------------------------------------------------

    /// `last week`, `this morning`, `earlier this month`, `next three years`, `the past 14
    /// days`, `in 15 minutes`, `next thanksgiving`.
    fn relative(&self, i: usize) -> Option<(usize, DateKind)> {
        let mut j = i;
        let w = self.low(j);
        // in 15 minutes, in a couple of hours, in half an hour
        if w == "in" || w == "within" {
            if w == "within" {
                return None;
            }
            let (e, _) = self.amount_of_time(j + 1)?;
            if self.looks_back(i) || self.time_taken(j + 1) {
                return None;
            }
            return Some((e, DateKind::Relative));
        }
        // later in the day, earlier in the week: the period the story is in, as `later that
        // day` is.
        if matches!(w, "earlier" | "later") && self.low(i + 1) == "in" && self.low(i + 2) == "the" && (self.doc.is(i + 3, &PERIODS) || self.low(i + 3) == "day") {
            return Some((i + 4, DateKind::Relative));
        }
        // earlier this month, later this year, early next week, late last year, so far this year
        let mut has_lead = false;
        if matches!(w, "earlier" | "later" | "early" | "late" | "mid") && self.doc.is(j + 1, &RELATIVE_LEADS) {
            j += 1;
            has_lead = true;
        } else if w == "so" && self.low(j + 1) == "far" && self.doc.is(j + 2, &RELATIVE_LEADS) {
            j += 2;
            has_lead = true;
        } else if (w == "the" && matches!(self.low(j + 1), "past" | "next" | "coming" | "following" | "previous" | "last" | "same" | "current"))
            || (w == "this" && self.low(j + 1) == "past")
        {
            j += 1;
        }
        let lead = self.low(j);
        if !self.low_in(j, &RELATIVE_LEADS) {
            return None;
        }
        if (lead == "same" || lead == "that") && self.low(j.wrapping_sub(1)) != "the" && !has_lead {
            // `that week`, `the same day` read only with `the`
            if lead == "that" {
                return None;
            }
        }
        let k = j + 1;
        let p = self.base(k);
        if self.base_in(k, &PERIODS) || (p == "day" && lead != "this") {
            if lead == "this" && p == "term" {
                return None;
            }
            let mut e = k + 1;
            // next week's, this year's: possessive stays out, plain noun stays out.
            if self.raw(e) == "end" {
                e += 1;
            }
            return Some((e, DateKind::Relative));
        }
        if let Some((_, me, _)) = self.month(k) {
            return Some((me, DateKind::Relative));
        }
        if let Some(e) = self.weekday_name(k) {
            return Some((e, DateKind::Relative));
        }
        if let Some((e, _)) = self.holiday_name(k) {
            return Some((e, DateKind::Relative));
        }
        // next three years, the past 14 days, last couple of weeks, upcoming two quarters
        if matches!(lead, "last" | "next" | "past" | "coming" | "upcoming" | "following" | "previous" | "first") {
            if let Some((e, _)) = self.amount_of_time(k) {
                return Some((e, DateKind::Relative));
            }
            if lead != "first" && self.low(k) == "few" || self.low(k) == "several" || self.low(k) == "couple" {
                let mut e = k + 1;
                if self.low(e) == "of" {
                    e += 1;
                }
                if units::unit_word(self.low(e)).is_some_and(|(_, d)| d == Dim::Time) || PERIODS.contains(self.low(e).trim_end_matches('s')) {
                    return Some((e + 1, DateKind::Relative));
                }
            }
        }
        None
    }

    /// Whether `in` at `i` measures back from now rather than forward: `the worst drought in
    /// 40 years`, `for the first time in a decade`, `prices have doubled in five years`. The
    /// clause before it (a few words, back to a stop or a word of the future such as `will`)
    /// holds a superlative, an ordinal before `time`, `only`, or a perfect's auxiliary. An
    /// ordinal before another noun says nothing: `the first rate cut in four years` looks
    /// back, `the first debate in 10 days` is to come.
    fn looks_back(&self, i: usize) -> bool {
        for k in (i.saturating_sub(8)..i).rev() {
            let w = self.low(k);
            if !self.is_word(k) && !self.is_num(k) || matches!(w, "will" | "would" | "shall" | "to" | "’ll" | "'ll" | "going") {
                return false;
            }
            // the first time in 40 years, its second time in three years: not `the first
            // debate in 10 days`, which is to come.
            let ordinal = self.ordinal_word(k).is_some() || self.is_word(k) && self.glued(k) && self.is_num(k.wrapping_sub(1)) && matches!(w, "st" | "nd" | "rd" | "th");
            if ordinal && matches!(self.low(k + 1), "time" | "times") {
                return true;
            }
            let superlative = w.len() >= 6 && w.ends_with("est") && !self.capitalised(k) && !lexicon::contains(NOT_SUPERLATIVES, w);
            if superlative || matches!(w, "best" | "worst" | "most" | "least" | "fewest" | "only" | "has" | "have" | "had" | "hasn't" | "haven't" | "hadn't" | "hasn’t" | "haven’t" | "hadn’t") {
                return true;
            }
        }
        false
    }

    /// Whether the amount of time at `j` after `in` is a time taken, as a record is timed:
    /// seconds with a decimal fraction (`ran the 100m in 9.58 seconds`).
    fn time_taken(&self, j: usize) -> bool {
        self.is_num(j) && self.raw(j).contains('.') && matches!(self.low(j + 1), "seconds" | "second" | "secs" | "sec" | "s")
    }

    /// An amount of time at `j`: `15 minutes`, `three days`, `a week`, `a couple of hours`,
    /// `half an hour`, `1h`, `3/4 hour`, `three-quarters of an hour`, `3 fridays`.
    fn amount_of_time(&self, j: usize) -> Option<(usize, ())> {
        let mut k = j;
        let w = self.low(k);
        match w {
            "a" | "an" | "one" => {
                k += 1;
                if matches!(self.low(k), "couple" | "few") {
                    k += 1;
                    if self.low(k) == "of" {
                        k += 1;
                    }
                } else if self.low(k) == "half" {
                    k += 1;
                } else if self.low(k) == "quarter" {
                    // a quarter of an hour, a quarter hour: a part of the unit after it, not a
                    // quarter of a year.
                    if self.low(k + 1) == "of" && matches!(self.low(k + 2), "a" | "an") && self.time_word(k + 3) {
                        k += 3;
                    } else if self.time_word(k + 1) {
                        k += 1;
                    }
                }
            }
            "few" | "several" | "couple" => {
                k += 1;
                if self.low(k) == "of" {
                    k += 1;
                }
            }
            "half" => {
                k += 1;
                if matches!(self.low(k), "a" | "an") {
                    k += 1;
                }
            }
            _ => {
                if self.int(k).is_some() {
                    k += 1;
                    // 3/4 hour, 1/4h
                    if self.raw(k) == "/" && self.glued(k) && self.int(k + 1).is_some() {
                        k += 2;
                    }
                    // `66 million years ago`: a magnitude before the unit.
                    if matches!(self.low(k), "hundred" | "thousand" | "million" | "billion") {
                        k += 1;
                    }
                } else if self.is_num(k) && self.raw(k).contains('.') && !self.raw(k).contains(',') {
                    k += 1;
                    if matches!(self.low(k), "million" | "billion") {
                        k += 1;
                    }
                } else if numwords::hyphenated_fraction(w).is_some() {
                    k += 1;
                    if self.low(k) == "of" {
                        k += 1;
                        if matches!(self.low(k), "a" | "an") {
                            k += 1;
                        }
                    }
                } else if numwords::small_cardinal(w).is_some() && self.is_word(k) {
                    k += 1;
                    if self.cardinal_word(k).is_some_and(|u| (1..10).contains(&u)) {
                        k += 1;
                    }
                } else {
                    return None;
                }
            }
        }
        // Unit: a time word (glued `1h` too), or a weekday plural; `m` only glued (`5m`), as
        // `5 m` is more often metres. A time word is a word: only words have classes.
        let u = self.low(k);
        if !self.time_word(k) || u == "m" && !self.glued(k) {
            return None;
        }
        // `second` after `a` is the ordinal more often than not (a second term).
        if u == "second" && matches!(w, "a" | "one") && !matches!(self.low(k + 1), "ago" | "later" | "from" | "," | ".") {
            return None;
        }
        Some((k + 1, ()))
    }

    /// `two days ago`, `3 years from today`, `a week later`, `3 fridays from now`, `many
    /// years ago`.
    fn anchored_amount(&self, i: usize) -> Option<(usize, DateKind)> {
        // years ago, many years ago, decades ago: a vague amount is anchored only by `ago`.
        {
            let k = if matches!(self.low(i), "many" | "some" | "several" | "few") {
                i + 1
            } else if matches!(self.low(i), "hundreds" | "thousands" | "millions" | "billions") && self.low(i + 1) == "of" {
                // `thousands of years ago`
                i + 2
            } else {
                i
            };
            if matches!(self.low(k), "years" | "decades" | "months" | "weeks" | "days" | "centuries" | "hours" | "minutes") && self.low(k + 1) == "ago" {
                return Some((k + 2, DateKind::Relative));
            }
        }
        let (e, _) = self.amount_of_time(i)?;
        if matches!(self.low(e), "from" | "after" | "before") {
            if let Some((e2, _)) = self.best_shallow(e + 1) {
                return Some((e2, DateKind::Relative));
            }
        }
        for a in ANCHORS_AFTER {
            if a.iter().enumerate().all(|(k, w)| self.low(e + k) == *w) {
                return Some((e + a.len(), DateKind::Relative));
            }
        }
        None
    }

    // ----- named days and periods ------------------------------------------------------------

    /// A holiday at `i`, with a leading `last`/`next` (read by [`Self::relative`]) or a year
    /// after (`Labour Day 2012`, `thanksgiving of next year`).
    fn holiday(&self, i: usize) -> Option<(usize, DateKind)> {
        let (e, _) = self.holiday_name(i)?;
        let mut e = e;
        if self.low(e) == "weekend" {
            e += 1;
        }
        // `thanksgiving of next year`
        if self.low(e) == "of" && matches!(self.low(e + 1), "next" | "last" | "this") && self.low(e + 2) == "year" {
            e += 3;
        }
        Some((e, DateKind::Date))
    }

    fn holiday_name(&self, i: usize) -> Option<(usize, ())> {
        if !self.is_word(i) {
            return None;
        }
        // Most words start no holiday: look at the list only when one starts with this word.
        let low = self.low(i);
        let listed = if self.doc.has(i, APOSTROPHE) {
            HOLIDAY_FIRSTS.contains(without_apostrophes(low, &mut [0; HOLIDAY_WORD_BYTES]))
        } else {
            // The common case, without allocating.
            self.doc.is(i, &HOLIDAY_FIRSTS)
        };
        // Only where a holiday starts with this word: building the phrases for every word cost
        // a tenth of the run.
        let best = if listed { self.holiday_phrase(i) } else { None };
        // Lone words that are also ordinary nouns need a capital: Lent, Advent, Holi, Eid.
        if let Some(e) = best {
            // Easter Island, Christmas Island: a name goes on.
            if self.is_word(e) && self.capitalised(e) && !self.doc.tokens[e].newline_before() && self.month(e).is_none() && self.weekday_name(e).is_none() {
                return None;
            }
            let single = e == i + 1;
            if single && matches!(self.low(i), "lent" | "advent" | "holi" | "eid" | "epiphany" | "passover") && !self.capitalised(i) && !self.is_year(e) {
                return None;
            }
            if self.low(i) == "new" && self.low(i + 1) == "year" && e == i + 2 && !self.capitalised(i) {
                return None;
            }
            return Some((e, ()));
        }
        // X Jayanti, Guru Nanak Jayanti: a name of one or two words before it, no function
        // word, and the two in one case where `Jayanti` has its capital (`They celebrate
        // Mahavir Jayanti`, `on Ambedkar Jayanti`: the verb and the preposition stay out); a
        // possessive before Day: Heroes' Day, King's Day.
        let name = !self.doc.is(i, &crate::numbers::NOT_NOUNS);
        let one_case = self.capitalised(i) == self.capitalised(i + 1) || !self.capitalised(i + 2);
        if name && (self.is_word(i + 1) && self.jayanti(i + 1) && self.capitalised(i + 1) || self.jayanti(i + 2) && self.is_word(i + 1) && one_case) {
            return Some((if self.jayanti(i + 1) { i + 2 } else { i + 3 }, ()));
        }
        if self.capitalised(i) {
            let r = self.raw(i);
            let poss = r.ends_with("'s") || r.ends_with("’s");
            if poss && (self.raw(i + 1) == "Day" || self.low(i + 1) == "birthday") {
                return Some((i + 2, ()));
            }
            if r.ends_with('s') && matches!(self.raw(i + 1), "'" | "’") && self.raw(i + 2) == "Day" {
                return Some((i + 3, ()));
            }
        }
        None
    }

    /// Whether no holiday name goes on past token `i`: the next token is not a word of one (nor
    /// a word with an apostrophe, nothing to normalise), an apostrophe or a hyphen.
    fn holiday_ends_after(&self, i: usize) -> bool {
        let k = i + 1;
        k >= self.n
            || !(self.is_word(k) || matches!(self.raw(k), "'" | "’" | "-") || self.raw(k) == "." && self.glued(k) && self.low(i) == "st")
            // No `'` or `’` (the APOSTROPHE shape bit; lower case keeps them).
            || (self.is_word(k) && !self.doc.has(k, APOSTROPHE) && !self.doc.is(k, &HOLIDAY_WORDS))
    }

    /// The end of the longest holiday name starting at `i` (its first word is known to start one).
    fn holiday_phrase(&self, i: usize) -> Option<usize> {
        // The common case, without building phrases: a first word without apostrophes and a
        // next token that cannot continue any holiday name (not a word of one, not an
        // apostrophe or hyphen token, nothing to normalise): only the word itself can match.
        if !self.doc.has(i, APOSTROPHE) && self.is_word(i) && self.holiday_ends_after(i) {
            return lexicon::contains(HOLIDAYS, self.low(i)).then_some(i + 1);
        }
        // The phrases of one to six words, without apostrophes, lone apostrophe tokens skipped
        // and a hyphen token joining its neighbours (`eid al - fitr`), each looked up
        // as it grows in one buffer: building each phrase anew cost ten thousand instructions
        // a call.
        let mut phrase = String::new();
        let (mut words, mut hyphen, mut best) = (0, false, None);
        let mut k = i;
        while words < 6 && k < self.n && k < i + 10 {
            let raw = self.low(k);
            k += 1;
            // Apostrophes; the full stop of an abbreviation (`St. Patrick's Day`, `Jr.`); the
            // comma before `Jr.`.
            if matches!(raw, "'" | "’") || words > 0 && (raw == "." && self.glued(k - 1) && matches!(self.low(k - 2), "st" | "jr") || raw == "," && self.low(k) == "jr") {
                continue;
            }
            if !self.is_word(k - 1) && raw != "-" {
                break;
            }
            if words > 0 {
                phrase.push(' ');
            }
            phrase.extend(raw.chars().filter(|c| !matches!(c, '\'' | '’')));
            hyphen |= raw == "-";
            words += 1;
            // Lower-cased phrase against an all-lower-case list: the hashed look-up answers alike.
            let listed = if hyphen { lexicon::contains(HOLIDAYS, &phrase.replace(" - ", "-")) } else { lexicon::contains(HOLIDAYS, &phrase) };
            if listed {
                best = Some(k);
            }
        }
        best
    }

    /// `the 1990s`, `1990s`, `the ’90s`, `mid-1990s`, `the nineties`, `summer 2019`.
    fn decade(&self, i: usize) -> Option<(usize, DateKind)> {
        let mut j = i;
        if self.low(j) == "the" || matches!(self.low(j), "early" | "late" | "mid") {
            j += 1;
            if matches!(self.low(j), "early" | "late" | "mid") {
                j += 1;
            }
        }
        // 1990s
        if self.is_num(j) && self.raw(j).len() == 4 && self.raw(j).ends_with('0') && self.low(j + 1) == "s" && self.glued(j + 1) {
            return Some((j + 2, DateKind::Period));
        }
        // early 2025, late 2023, mid 2024: a part of a year.
        if j > i && self.low(i) != "the" && self.is_year(j) {
            return Some((j + 1, DateKind::Period));
        }
        // the 80s, her 30s, their early 20s
        if j > i && self.is_num(j) && self.raw(j).len() == 2 && self.raw(j).ends_with('0') && self.low(j + 1) == "s" && self.glued(j + 1) {
            return Some((j + 2, DateKind::Period));
        }
        if matches!(self.low(i), "his" | "her" | "their" | "its" | "my" | "your" | "our") {
            let k = if matches!(self.low(i + 1), "early" | "late" | "mid") { i + 2 } else { i + 1 };
            if self.is_num(k) && self.raw(k).len() == 2 && self.raw(k).ends_with('0') && self.low(k + 1) == "s" && self.glued(k + 1) {
                return Some((k + 2, DateKind::Period));
            }
        }
        // 1980's, 80’s
        if self.is_num(j) && matches!(self.raw(j).len(), 2 | 4) && self.raw(j).ends_with('0') && matches!(self.raw(j + 1), "'" | "’") && self.glued(j + 1) && self.low(j + 2) == "s" && self.glued(j + 2) {
            return Some((j + 3, DateKind::Period));
        }
        // ’90s
        if matches!(self.raw(j), "'" | "’") && self.is_num(j + 1) && self.glued(j + 1) && self.raw(j + 1).len() == 2 && self.raw(j + 1).ends_with('0') && self.low(j + 2) == "s" && self.glued(j + 2) {
            return Some((j + 3, DateKind::Period));
        }
        // the 19th century, the twenty-first century
        {
            let (ord, k) = if self.int(j).is_some() && self.glued(j + 1) && matches!(self.low(j + 1), "st" | "nd" | "rd" | "th") {
                (true, j + 2)
            } else {
                (self.ordinal_word(j).is_some_and(|o| o <= 30.0) && self.is_word(j), j + 1)
            };
            if ord && j > i && matches!(self.low(k), "century" | "millennium") {
                return Some((k + 1, DateKind::Period));
            }
        }
        let w = self.low(j);
        if let Some(rest) = w.strip_prefix("mid-").or_else(|| w.strip_prefix("early-")).or_else(|| w.strip_prefix("late-")) {
            if rest.len() == 5 && rest.ends_with("0s") && rest[..4].bytes().all(|b| b.is_ascii_digit()) {
                return Some((j + 1, DateKind::Period));
            }
            if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
                return Some((j + 1, DateKind::Period));
            }
        }
        if j > i && self.low(i) == "the" && self.low_in(j, &DECADE_WORDS) {
            return Some((j + 1, DateKind::Period));
        }
        // summer 2019, spring of 2020
        if self.low_in(j, &SEASONS) {
            let k = if self.low(j + 1) == "of" { j + 2 } else { j + 1 };
            if self.is_year(k) {
                return Some((k + 1, DateKind::Period));
            }
        }
        None
    }

    /// `Q3`, `Q1 2020`, `the first quarter`, `the second half of 2019`.
    fn quarter(&self, i: usize) -> Option<(usize, DateKind)> {
        let w = self.raw(i);
        if w.len() == 2 && w.starts_with('Q') && matches!(w.as_bytes()[1], b'1'..=b'4') {
            return Some((i + 1, DateKind::Period));
        }
        // 2018Q4, 18q4
        if self.is_num(i) && self.glued(i + 1) && self.is_word(i + 1) {
            let q = self.low(i + 1);
            if q.len() == 2 && q.starts_with('q') && matches!(q.as_bytes()[1], b'1'..=b'4') && matches!(self.raw(i).len(), 2 | 4) {
                return Some((i + 2, DateKind::Period));
            }
        }
        let j = if self.low(i) == "the" { i + 1 } else { i };
        {
            let (o, k) = if let Some(o) = self.ordinal_word(j) {
                (o, j + 1)
            } else if self.int(j).is_some() && self.glued(j + 1) && matches!(self.low(j + 1), "st" | "nd" | "rd" | "th") {
                (self.int(j).unwrap_or(9) as f64, j + 2)
            } else if self.low(j) == "last" && j > i {
                (4.0, j + 1)
            } else {
                return None;
            };
            if o > 4.0 {
                return None;
            }
            // the first nine months of 2024, the last six weeks of the year: a part of a
            // period, as a quarter is; `of` and the period are needed.
            if matches!(self.low(j), "first" | "last") {
                let count = self.int(k).filter(|_| self.len(k) <= 2).or_else(|| self.cardinal_word(k).filter(|_| self.is_word(k)));
                if count.is_some_and(|c| (2..=52).contains(&c)) && matches!(self.low(k + 1), "months" | "weeks" | "days") && self.low(k + 2) == "of" {
                    let p = k + 3;
                    if self.is_year(p) {
                        return Some((p + 1, DateKind::Period));
                    }
                    if matches!(self.low(p), "the" | "this" | "next" | "last") && matches!(self.low(p + 1), "year" | "month" | "quarter" | "season") {
                        return Some((p + 2, DateKind::Period));
                    }
                }
            }
            let unit = self.low(k);
            if matches!(unit, "quarter" | "qtr" | "half") && (j > i || unit != "half") {
                let mut e = k + 1;
                if self.is_year(e) {
                    return Some((e + 1, DateKind::Period));
                }
                if self.low(e) == "of" && (self.is_year(e + 1) || matches!(self.low(e + 1), "the" | "this" | "next" | "last")) {
                    if self.is_year(e + 1) {
                        e += 2;
                    } else if self.doc.is(e + 2, &PERIODS) {
                        e += 3;
                    }
                }
                return Some((e, DateKind::Period));
            }
        }
        None
    }

    /// A business or sports year: `FY24`, `FY2024/25`, `FY 2024`, `fiscal 2024`, `fiscal
    /// year 2025`, `financial year 2024-25`, a half of one (`H1 2024`, `H2 FY25`), and two
    /// years that follow each other as one span (`2022-23`, `2022/23`: a season, an academic
    /// or fiscal year).
    fn fiscal(&self, i: usize) -> Option<(usize, DateKind)> {
        let raw = self.raw(i);
        if matches!(raw, "H1" | "H2") {
            let (e, _) = self.fiscal(i + 1).filter(|_| !self.is_num(i + 1)).or_else(|| self.is_year(i + 1).then_some((i + 2, DateKind::Period)))?;
            return Some((e, DateKind::Period));
        }
        if let Some(rest) = raw.strip_prefix("FY").filter(|_| self.is_word(i)) {
            // FY24, FY'24, FY2024, FY24-25, FY2024/25, FY 2024
            if rest.is_empty() {
                return self.year_or_span(i + 1).map(|e| (e, DateKind::Period));
            }
            let rest = rest.trim_start_matches(['\'', '’']);
            let (y, second) = match rest.split_once(['-', '–']) {
                Some((y, z)) => (y, Some(z)),
                None => (rest, None),
            };
            let year_ok = |y: &str| matches!(y.len(), 2 | 4) && y.bytes().all(|b| b.is_ascii_digit());
            if !year_ok(y) || second.is_some_and(|z| !year_ok(z)) {
                return None;
            }
            // FY2024/25 is three tokens: the slash and the second year are glued on.
            let mut e = i + 1;
            if second.is_none() && matches!(self.raw(e), "/" | "-" | "–") && self.glued(e) && self.glued(e + 1) && self.int(e + 1).is_some_and(|_| matches!(self.len(e + 1), 2 | 4)) {
                e += 2;
            }
            return Some((e, DateKind::Period));
        }
        let w = self.low(i);
        if matches!(w, "fiscal" | "financial") {
            let k = if matches!(self.low(i + 1), "year" | "yr") { i + 2 } else if w == "financial" { return None } else { i + 1 };
            return self.year_or_span(k).map(|e| (e, DateKind::Period));
        }
        if self.is_year(i) || self.int(i).is_some_and(|_| self.len(i) == 4) {
            let e = self.year_or_span(i)?;
            return (e > i + 1).then_some((e, DateKind::Period));
        }
        None
    }

    /// The end of a year at `i`, or of two years that follow each other as one span (`2022-23`,
    /// `2022/23`, glued, the second year one after the first and nothing glued after it).
    fn year_or_span(&self, i: usize) -> Option<usize> {
        let first = self.int(i).filter(|y| (1000..=2100).contains(y) && self.len(i) == 4)?;
        if self.glued(i) && (matches!(self.kind(i - 1), Some(TokKind::Word | TokKind::Num)) || matches!(self.raw(i - 1), "/" | "-" | "–" | "." | ":")) {
            return None;
        }
        let span = matches!(self.raw(i + 1), "-" | "–" | "/") && self.glued(i + 1) && self.glued(i + 2) && self.len(i + 2) == 2
            && self.int(i + 2) == Some((first + 1) % 100);
        // 2022-23-45, 2022/23a: a longer code.
        let code = self.glued(i + 3) && (matches!(self.kind(i + 3), Some(TokKind::Word | TokKind::Num)) || matches!(self.raw(i + 3), "-" | "–" | "/"));
        if span && !code {
            return Some(i + 3);
        }
        self.is_year(i).then_some(i + 1)
    }
    /// `the end of the month`, `the beginning of 2017`, `end of April`, `EOY`.
    fn boundary(&self, i: usize) -> Option<(usize, DateKind)> {
        let k = if self.low(i) == "the" { i + 1 } else { i };
        if is_boundary_code(self.raw(k)) {
            return Some((k + 1, DateKind::Relative));
        }
        let mut j = i;
        if self.low(j) == "the" {
            j += 1;
        }
        if self.low(j) == "very" {
            j += 1;
        }
        // The part of a day that a date names: the morning of March 5, the early hours of Sunday.
        if j > i {
            let p = if matches!(self.low(j), "early" | "late" | "small" | "wee") { j + 1 } else { j };
            let part = matches!(self.low(p), "morning" | "afternoon" | "evening" | "night") || p > j && self.low(p) == "hours";
            if part && self.low(p + 1) == "of" {
                return self.best(p + 2, 1).filter(|&(_, kind)| matches!(kind, DateKind::Date | DateKind::Weekday | DateKind::Relative));
            }
        }
        if !self.doc.is(j, &BOUNDARIES) || self.low(j + 1) != "of" {
            return None;
        }
        let mut k = j + 2;
        if self.low(k) == "the" {
            k += 1;
        }
        if matches!(self.low(k), "around") {
            k += 1;
        }
        if matches!(self.low(k), "month" | "week" | "year" | "day" | "quarter" | "decade" | "century" | "season") {
            return Some((k + 1, DateKind::Relative));
        }
        if self.is_year(k) {
            return Some((k + 1, DateKind::Period));
        }
        let (e, kind) = self.best(k, 1)?;
        Some((e, kind))
    }

    /// `first tuesday of last month`, `last friday in october`, `the last day of october
    /// 2015`, `the week of october 6th`, `the 20th of next month`.
    fn nth_of(&self, i: usize) -> Option<(usize, DateKind)> {
        let mut j = i;
        if self.low(j) == "the" {
            j += 1;
        }
        let w = self.low(j);
        let ord = self.ordinal_word(j).is_some() || w == "last" || (self.int(j).is_some() && matches!(self.low(j + 1), "st" | "nd" | "rd" | "th"));
        let mut k = j;
        if ord {
            k += if self.int(j).is_some() { 2 } else { 1 };
        } else if j == i {
            return None;
        }
        let unit = self.low(k);
        if !(self.low_in(k, &WEEKDAYS) || matches!(unit, "day" | "week" | "weekend" | "month")) {
            if !(ord && matches!(unit, "of")) {
                return None;
            }
            k -= 1; // `the 20th of next month`: the ordinal is the day
        }
        if !matches!(self.low(k + 1), "of" | "in") {
            return None;
        }
        // the first Monday of the month, the 3rd of the month: the one the story is in.
        if self.low(k + 2) == "the" && matches!(self.low(k + 3), "month" | "year") {
            return Some((k + 4, DateKind::Relative));
        }
        let (e, _) = self.best(k + 2, 1)?;
        Some((e, DateKind::Date))
    }
}

/// Day, month, year strings that make a valid date in day-month-year or month-day-year order.
fn valid_dmy(p: &[&str]) -> bool {
    if p.len() != 3 || p.iter().any(|x| x.is_empty() || x.len() > 4 || !x.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let n: Vec<u32> = p.iter().map(|x| x.parse().unwrap_or(0)).collect();
    let (a, b, y) = (n[0], n[1], n[2]);
    let year_ok = (p[2].len() == 4 && (1000..=2100).contains(&y)) || p[2].len() == 2;
    let dm = (1..=31).contains(&a) && (1..=12).contains(&b);
    let md = (1..=12).contains(&a) && (1..=31).contains(&b);
    year_ok && (dm || md) && p[0].len() <= 2 && p[1].len() <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A holiday whose first word were longer than `without_apostrophes`' buffer would never
    /// be read after a possessive.
    #[test]
    fn every_holiday_first_word_fits_the_buffer() {
        for name in HOLIDAYS.iter() {
            let first = name.split(' ').next().unwrap_or_default();
            assert!(first.len() < HOLIDAY_WORD_BYTES, "{first:?}");
            assert_eq!(without_apostrophes(first, &mut [0; HOLIDAY_WORD_BYTES]), first.replace(['\'', '’'], ""));
        }
    }

    /// Asking a list or a number word by the `Doc`'s classes gives what asking by the word
    /// does, at every token of the corpus (as written, lower- and upper-cased) and of odd words.
    #[test]
    fn lists_asked_by_class_agree_with_lists_asked_by_word() {
        let lists = [&PARTS_OF_DAY, &WEEKDAYS, &WEEKDAY_ABBREVIATIONS, &DAY_WORDS, &RELATIVE_LEADS, &PERIODS];
        let odd = "Friday's fridays FRIDAY’S morning's K\u{212A}ELVIN İstanbul today's week 'week' Week-end 2019's ’s \
            first Twenty-First twenty-one ELEVEN a an one 1st 21st third's";
        for text in &crate::text::gate_test_texts(odd) {
            let doc = Doc::new(text);
            let s = Scan::new(&doc);
            for i in 0..doc.tokens.len() + 1 {
                for list in lists {
                    assert_eq!(s.low_in(i, list), list.contains(s.low(i)), "{:?}", doc.tok(i));
                    assert_eq!(s.base_in(i, list), list.contains(s.base(i)), "{:?}", doc.tok(i));
                }
                assert_eq!(s.ordinal_word(i), numwords::ordinal(s.low(i)), "{:?}", doc.tok(i));
                assert_eq!(s.cardinal_word(i), numwords::small_cardinal(s.low(i)), "{:?}", doc.tok(i));
            }
        }
    }

    /// `may_start` never turns away a token where a pattern matches: every token of the golden
    /// corpus and of a list of date phrases, each also lower-cased and upper-cased.
    #[test]
    fn the_gate_lets_every_date_through() {
        let phrases = "half past three; quarter to five; 20 past 3pm; from 3:30 to six p.m.; between 9 and 11 am; \
            noon; Diwali; Guru Nanak Jayanti; King's Day; Heroes' Day; mother's day; the nineties; the 1990s; '90s; \
            his early 30s; mid-2010s; late-1990s; summer 2019; Q3 2020; 2018Q4; the first quarter of next year; \
            the last half of 2019; EOY; the very end of the month; the beginning of 2017; first tuesday of last month; \
            the 20th of next month; the week of october 6th; three days ago; a couple of hours later; many years ago; \
            in 15 minutes; in half an hour; two-thirds of an hour later; earlier this month; so far this year; \
            the past 14 days; next three years; last couple of weeks; right now; the day after tomorrow; \
            tomorrow evening; late Monday; friday's vote; Fri. at 5 pm; Tuesday the 19th; early March; from May 4 to 6; \
            mid-January; the 4th of July; 31/10/1974; on 15/2; 2019-01-04; 31.10.1974; 1030 am; 12.30pm; 15h30; 9am-5pm; 10pm-midnight; St. Patrick's Day; Martin Luther King, Jr. Day; the morning of March 5; the early hours of Sunday; in the afternoon; during the early evening; \
            early 2025; late 2023; mid 2024; 1430 GMT; 0500 GMT; 1400 local time; 9 p.m. Eastern time; \
            four twenty-three a m; 8 in the evening; 5 tonight; the twenty-first century; third week of may; \
            the same day; at the that week; the following week; the summer of 2019; the last day of october 2015; \
            a fortnight later; a week later; an hour ago; 3 fridays from now; in a week; in few days; some years ago; \
            many decades ago; later in the day; earlier in the week; late on Friday; early on Monday; the first nine months of 2024; last six weeks of the year; H1 2024; H2 FY25; FY24; FY'24; FY24-25; FY2024/25; FY 2024-25; fiscal 2024; fiscal year 2025; \
            financial year 2024-25; the 2022-23 season; 2022/23; on the 4th; from the 4th to the 6th; the 3rd of the month; first Monday in the month; 12 noon; twelve midnight; 12:00 midday; over the weekend; at the long weekend; for the holiday week-end; in the summer; during the early winter; from the 4th of July; from noon; her late 20s; their 40s; Friday's vote; \
            next year's; the day before yesterday; just now; the 80's; the coming days; the current quarter; \
            by the EOD; by the COB Friday; the Fourth of July; The Sixties; the mid-1990s; the Day after Tomorrow; \
            The Q3 results; The Early Nineties; the '90s; in a quarter of an hour; In A Few Days; in an hour; \
            in a couple of weeks; in a half hour; in two-thirds of an hour; in 2 hrs; in one week; In Several Days; \
            Founder's Day; Lincoln's birthday; day after tomorrow; 5 pm; 5 p.m.; 5 o'clock; 5 oclock; 17:00; 17h GMT; \
            5pm; 20 past 3pm; ten minutes to five; 4th of July; 4 July; 4 - 6 May; fourth of July; 1980's; 19th century; \
            the 19 th of May; 1st quarter; first quarter of 2019; first qtr; 1/4 hour ago; twenty five days ago; two weeks later; \
            one week ago; five tonight; 9 and 11 am; 3 until 5 pm; 13 through 15 July; 3 thru 5 May; 5 this evening; \
            2nd week of May; first weekend of May; second day of the month; first month of 2020; Black Friday; Tax Day; \
            Election Day; New Year; Christmas; Good Friday; new year's eve; Ram Navami; Mahavir Jayanti; \
            20 after 3pm; 10 till 5 pm; 15 before midnight; 3 – 5 pm; 5 tomorrow; 5 today; 1 st week of May; \
            2 nd week of May; 3 rd week of May";
        for text in &crate::text::gate_test_texts(phrases) {
            let doc = Doc::new(text);
            let s = Scan::new(&doc);
            for i in 0..s.n {
                for depth in [0, 1] {
                    assert_eq!(s.best_of(i, depth, true), s.best_of(i, depth, false), "a pattern gate changes {:?}", doc.tok(i));
                }
                if let Some((e, _)) = s.best(i, 0) {
                    let found: Vec<&str> = (i..e).map(|k| doc.tok(k)).collect();
                    assert!(s.may_start(i), "the gate turns away {found:?}");
                }
            }
        }
        // The candidates hold every token the gate lets through, at every place in a word of
        // their bits (`Jayanti` sets the bits of the tokens before it, which may lie in the word
        // before).
        crate::text::assert_candidates_hold_the_gate(phrases, |doc| {
            let mut s = Scan::new(doc);
            (s.candidates(), (0..s.n).filter(|&i| s.may_start(i)).collect())
        });
    }

    /// `time_word` by its class is the lookups it replaced: units of time in the table,
    /// the short forms, and weekdays' plurals, in any case.
    #[test]
    fn time_words_are_the_units_of_time_the_short_forms_and_weekday_plurals() {
        let looked_up = |u: &str| {
            units::unit_word(u).is_some_and(|(_, d)| d == Dim::Time)
                || matches!(u, "h" | "m" | "hrs" | "qtr" | "quarter" | "qtrs")
                || u.strip_suffix('s').is_some_and(|s| WEEKDAYS.contains(s))
        };
        let mut words: Vec<String> = units::UNIT_WORDS.iter().map(|(k, _, _)| k.to_string()).collect();
        words.extend(WEEKDAYS.words.iter().flat_map(|w| [format!("{w}s"), format!("{w}ss"), w.to_string()]));
        words.extend(["h", "m", "hrs", "qtr", "quarter", "qtrs", "hs", "ms", "quarterly", "weekend", "nightly", "s", "x"].map(String::from));
        let text = words.iter().flat_map(|w| [w.clone(), w.to_uppercase(), w[..1].to_uppercase() + &w[1..]]).collect::<Vec<_>>().join(" ");
        let doc = Doc::new(&text);
        let s = Scan::new(&doc);
        assert!(s.n > 600, "{}", s.n);
        for k in 0..s.n {
            assert_eq!(s.time_word(k), looked_up(s.low(k)), "{:?}", doc.tok(k));
        }
    }

    fn dates(text: &str) -> Vec<(String, DateKind)> {
        let doc = Doc::new(text);
        find(&doc).iter().map(|d| (d.span().of(text).to_string(), d.kind)).collect()
    }

    fn spans(text: &str) -> Vec<String> {
        dates(text).into_iter().map(|(s, _)| s).collect()
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(spans("The treaty was signed on Feb. 9, 2021, in Oslo."), ["Feb. 9, 2021"]);
        assert_eq!(spans("Polls close on 6 November 2024."), ["6 November 2024"]);
        assert_eq!(spans("Filed 2023-07-14 at the registry."), ["2023-07-14"]);
        assert_eq!(spans("Expect rain in mid-April and again in late September."), ["mid-April", "late September"]);
        assert_eq!(dates("The 1980s were loud."), [("The 1980s".to_string(), DateKind::Period)]);
    }

    #[test]
    fn times_and_relative() {
        assert_eq!(spans("The polls opened at 7 a.m. and closed at 20:00 CET."), ["7 a.m.", "20:00 CET"]);
        assert_eq!(spans("She landed early Sunday and left two days later."), ["early Sunday", "two days later"]);
        assert_eq!(spans("Shots were fired late on Friday, and talks resumed early on Monday morning."), ["late on Friday", "early on Monday morning"]);
        // The part of a day a date names.
        assert_eq!(spans("Shots rang out in the early hours of Sunday and again on the evening of June 3."), ["the early hours of Sunday", "the evening of June 3"]);
        assert_eq!(spans("They met on the night of the vote and the morning of last Friday."), ["the morning of last Friday"]);
        // A part of the day after `in`, `during`, `by`: not before a noun it modifies.
        assert_eq!(spans("The ferry sailed in the afternoon and returned during the early evening, as it does in the morning."), ["the afternoon", "the early evening", "the morning"]);
        assert!(spans("The morning was cold, and he read it in the evening paper.").is_empty());
        assert_eq!(spans("Prices rose earlier this month and will fall next year."), ["earlier this month", "next year"]);
        assert_eq!(spans("Later in the day the port shut; it reopens later in the month, as said earlier in the week."), ["Later in the day", "later in the month", "earlier in the week"]);
        assert_eq!(spans("The vote comes in three weeks, or the past 10 days say otherwise."), ["in three weeks", "the past 10 days"]);
        // A quarter of the unit after it, not a quarter of a year; `a second` before `from`.
        assert_eq!(spans("Boarding ends in a quarter of an hour, the gate shuts in a quarter hour, and the ball drops one second from now."),
            ["in a quarter of an hour", "in a quarter hour", "one second from now"]);
        assert_eq!(spans("It opens Saturday at 9 a.m. local time."), ["Saturday at 9 a.m. local time"]);
        assert_eq!(spans("Polls close at 9 p.m. Eastern time and 8 p.m. Pacific Standard Time."), ["9 p.m. Eastern time", "8 p.m. Pacific Standard Time"]);
        // `m` is minutes only glued to its number; `5 m` is more often metres.
        assert_eq!(spans("The ferry left 5m ago, back in 10m."), ["5m ago", "in 10m"]);
        assert!(spans("The flood rose 5 m ago the dyke.").is_empty());
        assert_eq!(spans("The fair ran 3 Mondays ago and 2 weekends ago."), ["3 Mondays ago", "2 weekends ago"]);
        // A range of hours in one word: the hyphen before a digit keeps `pm-5pm` together.
        assert_eq!(spans("Clinics run 8am-4pm on weekdays, 10am-noon Saturday and 7pm-11 pm for the night shift."),
            ["8am-4pm", "10am-noon Saturday", "7pm-11 pm"]);
        assert!(spans("Lunch runs 1pm-13pm there.").is_empty());
        // A ratio, not a time: before a word for a ratio, or after `ratio of`.
        assert!(spans("The ramp rises at a 1:12 slope, mixed at a ratio of 1:20.").is_empty());
        assert_eq!(spans("The ferry leaves at 1:12 sharp."), ["1:12"]);
        // Bare hours made times by the part of the day after them, one or a range.
        assert_eq!(spans("The desk is staffed from 3 to 5 in the afternoon, between 8 and 10 in the morning and 6 to 9 in the evening; the alarm rang at 3 in the AM."),
            ["from 3 to 5 in the afternoon", "between 8 and 10 in the morning", "6 to 9 in the evening", "3 in the AM"]);
        assert!(spans("Open from 9 to 5, with 3 to 5 staff.").is_empty());
        // The word after a twelve says which twelve: one time.
        assert_eq!(dates("Doors open at 12 noon and shut at twelve midnight."), [("12 noon".to_string(), DateKind::Time), ("twelve midnight".to_string(), DateKind::Time)]);
    }

    #[test]
    fn the_weekend_after_a_preposition() {
        assert_eq!(spans("Talks stalled over the weekend, resumed at the weekend that followed and closed for the long weekend."),
            ["the weekend", "the weekend", "the long weekend"]);
        // A weekend that names a kind of thing, or no preposition: no date.
        assert!(spans("The weekend was quiet, and he sold papers at the weekend market.").is_empty());
        assert_eq!(spans("The fair ran this weekend and last weekend."), ["this weekend", "last weekend"]);
    }

    #[test]
    fn a_season_after_a_preposition() {
        assert_eq!(dates("Crops failed in the summer and during the late winter."), [("the summer".to_string(), DateKind::Period), ("the late winter".to_string(), DateKind::Period)]);
        assert_eq!(spans("Talks resume in the fall, after the spring of 2020."), ["the fall", "the spring of 2020"]);
        // A season that names a kind of thing, a fall that is no season, no preposition.
        assert!(spans("He wilted in the summer heat, rose after the fall of the regime, and the winter was mild.").is_empty());
    }

    #[test]
    fn month_abbreviations() {
        assert_eq!(spans("The plant closed on Sept 12 and reopened Sep. 30, 2024."), ["Sept 12", "Sep. 30, 2024"]);
        // Alone, after a word that leads to a time; the full stop is the abbreviation's even
        // where it ends the sentence.
        assert_eq!(spans("Output fell in Sept and is due to recover by Nov. The board meets in Dec."), ["Sept", "Nov.", "Dec."]);
        assert_eq!(spans("The rules changed at the end of Oct, since Jan."), ["the end of Oct", "Jan."]);
        // A first name, a formula, an abbreviation without a lead.
        assert!(spans("She got a card from Jan, grew FeB films in Mar Menor, and Sept sat idle.").is_empty());
    }

    #[test]
    fn in_an_amount_of_time_that_looks_back_is_no_date() {
        // Forward from now: a date.
        assert_eq!(spans("The vote comes in three days, and the board said it will rule in two weeks."), ["in three days", "in two weeks"]);
        assert_eq!(spans("Heading into the first debate in 10 days, she rested."), ["in 10 days"]);
        // Back from now, or a time taken: a length of time, which the number finder reads.
        assert!(spans("The lake froze for the first time in 40 years, the coldest winter in 30 years.").is_empty());
        assert!(spans("Rents have doubled in five years, and she swam the length in 21.5 seconds.").is_empty());
        // A noun in -est is no superlative.
        assert_eq!(spans("Police expect an arrest in two days."), ["in two days"]);
    }

    #[test]
    fn a_day_of_the_month_alone() {
        assert_eq!(spans("Rent is due on the 1st, the board meets on the 12th at 9 a.m., and fees rise from the 4th to the 6th."),
            ["the 1st", "the 12th at 9 a.m.", "from the 4th to the 6th"]);
        assert_eq!(spans("Fireworks on the 4th of July; a vote on the 3rd of the month, and on the first Friday of the month."),
            ["the 4th of July", "the 3rd of the month", "the first Friday of the month"]);
        // A rank of something, or no preposition of time.
        assert!(spans("She lives on the 4th floor, came in on the 2nd lap, and the 5th was his.").is_empty());
    }

    #[test]
    fn the_first_months_of_a_year() {
        assert_eq!(spans("Exports rose in the first nine months of 2024 and fell in the last six weeks of the year."),
            ["the first nine months of 2024", "the last six weeks of the year"]);
        assert_eq!(dates("Output in the first three months of this year"), [("the first three months of this year".to_string(), DateKind::Period)]);
        // Not a period of the calendar: a length of time and an ordinal.
        assert!(spans("He spoke in the first two days of the trial.").is_empty());
    }

    #[test]
    fn business_and_sports_years() {
        assert_eq!(dates("Profit rose in H1 2024 and in FY24."), [("H1 2024".to_string(), DateKind::Period), ("FY24".to_string(), DateKind::Period)]);
        assert_eq!(spans("Targets for FY2025/26, FY 2024-25, fiscal 2024, fiscal year 2023 and the financial year 2022-23 stand."),
            ["FY2025/26", "FY 2024-25", "fiscal 2024", "fiscal year 2023", "financial year 2022-23"]);
        // Two years that follow each other: one season; other pairs are ranges or codes.
        assert_eq!(spans("The 2021-22 season beat 2020/21, not 2019-21 or part 2022-23-45."), ["2021-22", "2020/21"]);
        assert!(spans("The H1 visa, FY results, financial gains.").is_empty());
        // A year written whole takes no year after it.
        assert_eq!(spans("Sales in FY24, 2025 and 2026."), ["FY24"]);
    }

    #[test]
    fn names_and_verbs_are_not_months() {
        assert!(spans("Theresa May said she may march on.").is_empty());
        assert!(spans("The crowd will march to the square.").is_empty());
        assert_eq!(spans("Talks resume in May."), ["May"]);
        assert!(spans("Sat down with the Sun reporter on a Wed evening? No.").iter().all(|s| s != "Sat" && s != "Sun"));
    }

    #[test]
    fn holidays() {
        assert_eq!(spans("Shops close on Christmas Eve and reopen after Boxing Day."), ["Christmas Eve", "Boxing Day"]);
        assert_eq!(spans("Markets were shut for Eid al-Fitr."), ["Eid al-Fitr"]);
        // The full stop of an abbreviation, and the comma before `Jr.`, inside a name.
        assert_eq!(spans("Parades on St. Patrick's Day and Martin Luther King, Jr. Day, not on Christmas."), ["St. Patrick's Day", "Martin Luther King, Jr. Day", "Christmas"]);
        assert_eq!(spans("The St. Andrew's Day fair moved to Martin Luther King Jr. Day."), ["St. Andrew's Day", "Martin Luther King Jr. Day"]);
        // A full stop that ends a sentence ends the name.
        assert_eq!(spans("It was Christmas. Eve Hall said so."), ["Christmas"]);
        // Phrases read word by word: apostrophes dropped, lone apostrophes skipped, a spaced
        // hyphen joining its neighbours, the longest listed phrase kept.
        assert_eq!(spans("Parades on New Year's Eve, Presidents' Day and Eid al - Fitr."), ["New Year's Eve", "Presidents' Day", "Eid al - Fitr"]);
        assert_eq!(spans("All of this happened after Labor Day weekend."), ["Labor Day weekend"]);
        // The festivals of world news beyond the English-speaking countries' holidays.
        assert_eq!(spans("Gold sales peak on Dhanteras, trains fill before Chhath, and offices shut for Nowruz, Yom HaShoah and Lag B'Omer."),
            ["Dhanteras", "Chhath", "Nowruz", "Yom HaShoah", "Lag B'Omer"]);
        assert_eq!(spans("Crowds gathered for the Dragon Boat Festival and for Trinity Sunday 2024."), ["Dragon Boat Festival", "Trinity Sunday 2024"]);
        assert_eq!(spans("Ankara fell quiet for the Sacrifice Feast, and Port of Spain for Hosay."), ["Sacrifice Feast", "Hosay"]);
        // The name before `Jayanti`, not the verb or preposition before the name.
        assert_eq!(spans("Banks shut on Ambedkar Jayanti; families celebrate Mahavir Jayanti and Guru Nanak Jayanti."),
            ["Ambedkar Jayanti", "Mahavir Jayanti", "Guru Nanak Jayanti"]);
    }
}
