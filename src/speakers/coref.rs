//! Entities: mentions linked in text order into one entity per person or body.
//!
//! * A name links to an earlier mention of the same name, with or without its title
//!   (`Mr. Ruiz`, `Sen. Ana Ruiz`); a surname alone links to the latest full name ending in it;
//!   a full name links to an earlier bare surname unless the first names differ
//!   (`Hillary Clinton` and `Bill Clinton` stay apart).
//! * A definite description (`the official`, `the department`, `the secretary`) links to the
//!   latest entity whose phrase has that head noun (`A State Department official`,
//!   `the State Department`), or failing that whose title has that word (`Secretary of State
//!   Antony Blinken`).
//! * `he` and `she` link to the latest compatible person, `it` and `they` to the latest body
//!   (or, for `they`, group); gender comes from titles (`Mr.`, `Ms.`), role nouns
//!   (`spokeswoman`) and earlier pronouns.
//! * The canonical name is the fullest name among the mentions (the one with the most words),
//!   read from where the name starts (`said meteorologist Sam Ochoa` names `Sam Ochoa`), or
//!   failing one the fullest description. A description whose lower-case head noun
//!   has a prepositional phrase (`the mayor of Hull`, `an analyst at the Cato Institute`) ends
//!   in the name of something else, and names no one.
//!
//! Lookups go through maps and a fixed-length recency list, so linking is linear.

use crate::lexicon::{self, WordList, WordMap, Words};
use crate::span::Span;
use crate::Entity;

/// Person titles: written before a name, never the name itself.
pub(crate) static TITLES: WordList = WordList::new(39, words![
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general", "lt", "col", "sgt", "capt", "adm", "maj", "prof", "professor", "rev", "reverend", "president", "vice", "secretary", "minister", "prime", "chancellor", "judge", "justice", "mayor", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "chief", "ambassador", "commissioner", "attorney", "speaker", "leader", "chairman", "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "officer", "detective", "sheriff", "deputy", "foreign", "defense", "state", "us", "u.s.", "former", "acting",
]);
/// Head nouns of people: `the official`, `a spokeswoman`, and the words of a title that a
/// definite description may pick up (`the secretary` for `Secretary of State X`).
pub(crate) static PERSON_NOUNS: WordList = WordList::new(40, words![
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "senator", "governor", "mayor", "aide", "adviser", "advisor", "lawyer", "attorney", "source", "sources", "director", "chairman", "chairwoman", "chief", "leader", "candidate", "nominee", "diplomat", "ambassador", "general", "commander", "officer", "judge", "justice", "analyst", "expert", "economist", "professor", "researcher", "scientist", "doctor", "witness", "resident", "man", "woman", "narrator", "representative", "congressman", "congresswoman", "lawmaker", "strategist", "pollster", "manager", "executive", "founder", "owner", "businessman", "businesswoman", "author", "writer", "reporter", "host", "anchor", "chancellor", "premier", "king", "queen", "pope", "prosecutor", "investigator", "detective", "sheriff", "commissioner", "speaker", "veteran", "activist", "student", "teacher", "father", "mother", "daughter", "son", "wife", "husband", "head", "member", "boss", "staffer", "colleague", "friend", "partner", "employee", "brother", "sister", "defendant", "victim", "suspect", "driver", "passenger", "coach", "player", "fan", "farmer", "worker", "nurse", "soldier", "voter", "citizen", "parent", "neighbour", "neighbor", "protester", "survivor", "historian", "surgeon", "engineer", "chef", "singer", "actor", "actress", "artist", "athlete", "captain", "trader", "investor", "banker", "consultant", "regulator", "inspector", "priest", "bishop",
]);
/// Head nouns of bodies: `the department`, `the campaign`.
pub(crate) static ORG_NOUNS: WordList = WordList::new(41, words![
    "department", "ministry", "office", "agency", "company", "committee", "campaign", "government", "administration", "council", "party", "house", "group", "organization", "organisation", "commission", "bureau", "service", "institute", "foundation", "university", "court", "network", "newspaper", "post", "times", "journal", "report", "statement", "letter", "ad", "union", "association", "board", "police", "army", "military", "embassy", "kremlin", "pentagon", "team", "firm", "bank", "center", "centre", "coalition", "alliance", "federation", "club", "school", "hospital", "church", "senate", "congress", "parliament", "cabinet", "corporation", "inc", "corp", "news", "magazine", "study", "survey", "poll", "website", "site", "force", "command", "state", "states", "city", "county", "country",
]);
/// Last words of a company's name (`Nordlake Energy`, `Brek Holdings Ltd`): such a name is a
/// body that `the company` and `the firm` name later. Kept to words that end few other names;
/// `AG` and `SA` are left out (`the AG`, a state's attorney general).
pub(crate) static COMPANY_ENDS: WordList = WordList::new(47, words![
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "gmbh", "holdings", "group", "energy", "airlines", "airways", "motors", "technologies", "technology", "systems", "pharmaceuticals", "pharma", "capital", "partners", "industries", "enterprises", "foods", "petroleum", "oil", "mining", "media", "communications", "telecom", "entertainment", "insurance", "resources", "labs", "networks", "brands", "logistics", "shipping", "steel", "chemicals", "electric", "software", "investments", "securities", "financial", "bancorp", "automotive", "aerospace", "ventures",
]);
pub(crate) static FEMALE: WordList = WordList::new(42, words!["mrs", "ms", "miss", "she", "her", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman", "mother", "daughter", "wife", "queen", "princess", "lady", "dame"]);
pub(crate) static MALE: WordList = WordList::new(43, words!["mr", "he", "him", "his", "spokesman", "chairman", "congressman", "businessman", "man", "father", "son", "husband", "king", "prince", "sir", "lord"]);
pub(crate) static DEFINITE: WordList = WordList::new(44, words!["the", "this", "that", "these", "those"]);

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Person,
    Body,
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gender {
    Male,
    Female,
    Unknown,
}

struct Ent {
    name: String,
    name_words: usize,
    mentions: Vec<Span>,
    kind: Kind,
    gender: Gender,
    plural: bool,
    /// First names seen with this entity's surname.
    first_names: Vec<String>,
    surname: Option<String>,
}

#[cfg(test)]
mod tests {
    /// The seed of the entity keys' hash is the host's when it gave one, and no result depends
    /// on it.
    #[test]
    fn entity_key_seed_changes_no_result() {
        let text = "“We are ready,” said Ana Ruiz, the mayor. Ruiz added: “Now.” The mayor, Ana Ruiz, left. “Go,” Dr. Tomas Brek told her; Brek said so.";
        let unseeded = crate::analyze(text);
        assert!(unseeded.entities.len() >= 2);
        for seed in [0, 1, 0x9e37_79b9_7f4a_7c15, u64::MAX] {
            crate::seed_entity_keys(seed);
            assert_eq!(super::key_seed(), seed);
            assert_eq!(crate::analyze(text), unseeded, "seed {seed:#x}");
        }
    }

    /// Keys are `str::to_lowercase` of the trimmed word, ASCII or not.
    #[test]
    fn keys_lower_case_like_to_lowercase() {
        for w in ["Ruiz's", "“Ana", "(D-N.M.)", "ΟΔΥΣΣΕΥΣ", "Ölaf’s", "İstanbul", "\u{212A}elvin", "", "--"] {
            let t = w.trim_matches(|c: char| !c.is_alphanumeric());
            let t = t.strip_suffix("’s").or_else(|| t.strip_suffix("'s")).unwrap_or(t);
            let mut k = String::from("x");
            super::push_key_word(&mut k, w);
            assert_eq!(k[1..], t.to_lowercase(), "{w:?}");
        }
    }

    /// The entity of each mention, linked in order; mentions are whole words of `text`.
    fn entity_of(text: &str, mentions: &[&str]) -> Vec<Option<usize>> {
        let mut from = 0;
        let spans: Vec<_> = mentions
            .iter()
            .map(|m| {
                let start = from + text[from..].find(m).unwrap();
                from = start + m.len();
                crate::span::Span::new(start, from)
            })
            .collect();
        super::link(text, &spans, &[]).1
    }

    /// A bare first name links to the person whose full name began with it, but not to a
    /// headline, a body or an initialism.
    #[test]
    fn first_names() {
        let ids = entity_of("Luka Kovac came. Luka left.", &["Luka Kovac", "Luka"]);
        assert_eq!(ids[0], ids[1]);
        let ids = entity_of("KTV Morning Live ran it. KTV said.", &["KTV Morning Live", "KTV"]);
        assert_ne!(ids[0], ids[1]);
        let ids = entity_of("Brek Fails Another Test. Brek said.", &["Brek Fails Another Test", "Brek"]);
        assert_ne!(ids[0], ids[1]);
        let ids = entity_of("The Brek Campaign ran it. Brek said.", &["The Brek Campaign", "Brek"]);
        assert_ne!(ids[0], ids[1]);
        let ids = entity_of("Ana Ruiz came. Tomas Ruiz came. Ana left.", &["Ana Ruiz", "Tomas Ruiz", "Ana"]);
        assert_eq!(ids[0], ids[2]);
    }

    /// The name of a mention's entity when it is the only mention.
    fn name_of(mention: &str) -> String {
        let (entities, ids) = super::link(mention, &[crate::span::Span::new(0, mention.len())], &[]);
        ids[0].map_or(String::new(), |id| entities[id].name.clone())
    }

    /// A name drops the lower-case words before it; descriptions stay whole.
    #[test]
    fn canonical_names() {
        for (mention, name) in [
            ("meteorologist Sam Ochoa", "Sam Ochoa"),
            ("the former mayor Ines Caro", "Ines Caro"),
            ("Tarrow harbour master Alma Ferrante", "Alma Ferrante"),
            ("Secretary of State Ana Ruiz", "Secretary of State Ana Ruiz"),
            ("panel chairman Sen. Ana Ruiz (D-N.M.)", "Sen. Ana Ruiz (D-N.M.)"),
            ("port engineer Bill de Vries", "Bill de Vries"),
            ("the little-known Tarrow Port Authority", "Tarrow Port Authority"),
            ("a prominent Tarrow Liberal", "a prominent Tarrow Liberal"),
            ("The 40 Tarrow Dockers", "The 40 Tarrow Dockers"),
            ("the top Liberal on the Harbour Committee", "the top Liberal on the Harbour Committee"),
            ("harbour police", "harbour police"),
            ("veteran Ruiz", "veteran Ruiz"),
        ] {
            assert_eq!(name_of(mention), name, "{mention}");
        }
    }

    #[test]
    fn one_edit_apart() {
        assert!(super::one_edit("lavrov", "lavros"));
        assert!(super::one_edit("kowalski", "kowalsky"));
        assert!(super::one_edit("brandt", "brant"));
        assert!(!super::one_edit("brandt", "brandt"));
        assert!(!super::one_edit("clinton", "clifton2"));
    }
}

/// Whether `a` and `b` differ by one substitution, insertion or deletion.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let p = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[p + 1..] == long[p + 1..]
    } else {
        short[p..] == long[p + 1..]
    }
}

#[derive(Default)]
struct Linker<'t> {
    ents: Vec<Ent>,
    by_key: Index,
    by_surname: Index,
    /// Entities by the first word of a full name (`ana` of `Ana Ruiz`), for a later bare
    /// first name that is nobody's surname.
    by_first: Index,
    by_head: Index,
    by_title: Index,
    /// Entity ids by latest mention, most recent last; bounded.
    recent: Vec<usize>,
    /// The buffers [`Linker::link`] reads each mention into, kept from one mention to the next
    /// so that a mention allocates nothing (most of a text's mentions are a word or two).
    words: Vec<Word<'t>>,
    keys: String,
    body_key: String,
    name_keys: Vec<(usize, usize)>,
}

const RECENT: usize = 32;

/// Links `mentions` (sorted by start) into entities; returns them and each mention's entity.
/// `alias_of[k]` names an earlier-linked mention that mention `k` stands in apposition to.
pub(super) fn link(text: &str, mentions: &[Span], alias_of: &[Option<usize>]) -> (Vec<Entity>, Vec<Option<usize>>) {
    let mut l = Linker::default();
    let mut ids: Vec<Option<usize>> = Vec::with_capacity(mentions.len());
    for (k, &m) in mentions.iter().enumerate() {
        let forced = alias_of.get(k).copied().flatten().filter(|&a| a < k).and_then(|a| ids[a]);
        let id = l.link(text, m, forced);
        ids.push(id);
    }
    let entities = l
        .ents
        .into_iter()
        .enumerate()
        .map(|(id, e)| Entity { id, name: e.name, mentions: e.mentions })
        .collect();
    (entities, ids)
}

/// Entity ids by a key of their mentions; a key set again names the latest entity.
struct Index(WordMap<usize>);

impl Default for Index {
    fn default() -> Index {
        Index(WordMap::new(Words::seeded(key_seed())))
    }
}

thread_local! {
    /// The seed [`crate::seed_entity_keys`] gave, if any.
    static SEED: std::cell::Cell<Option<u64>> = const { std::cell::Cell::new(None) };
}

/// Sets the seed of [`key_seed`] for this thread.
pub(crate) fn set_key_seed(seed: u64) {
    SEED.with(|s| s.set(Some(seed)));
}

/// A seed for the hash of the entity keys that the text cannot predict (see
/// [`lexicon::Words`]): the one the host gave ([`crate::seed_entity_keys`]: the wasm module,
/// which has no randomness of its own, passes `Math.random()`), else std's per-process random
/// hash keys natively, else a constant. The seed changes only how long a probe takes, never a
/// result: the keys are only looked up, not listed.
pub(crate) fn key_seed() -> u64 {
    if let Some(seed) = SEED.with(std::cell::Cell::get) {
        return seed;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        use std::hash::BuildHasher;
        std::collections::hash_map::RandomState::new().hash_one(0x7072_6573_736d_6172_u64)
    }
    #[cfg(target_arch = "wasm32")]
    {
        0x7072_6573_736d_6172
    }
}

impl Index {
    fn get(&self, key: &str) -> Option<&usize> {
        self.0.get(key.as_bytes())
    }

    fn insert(&mut self, key: &str, id: usize) {
        *self.0.entry(key.as_bytes(), || id) = id;
    }
}

/// Appends `w` as a lookup key to `out`: lower case (`str::to_lowercase`), possessive and
/// edge punctuation removed.
fn push_key_word(out: &mut String, w: &str) {
    let w = key_word(w);
    if w.is_ascii() {
        let start = out.len();
        out.push_str(w);
        if let Some(key) = out.get_mut(start..) {
            key.make_ascii_lowercase();
        }
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// `w` without its possessive and edge punctuation: its key, but for the case.
fn key_word(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w)
}

/// A word of a mention: its text, where its key lies in the mention's keys, the word lists
/// the key is in ([`lexicon::classes`]), and whether it is capitalised.
struct Word<'a> {
    raw: &'a str,
    key: (usize, usize),
    class: u64,
    cap: bool,
}

fn capitalized(w: &str) -> bool {
    w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next().is_some_and(char::is_uppercase)
}

impl<'t> Linker<'t> {
    /// A new entity named `name` (empty until a mention names it), and its id.
    fn new_entity(&mut self, name: String) -> usize {
        self.ents.push(Ent {
            name,
            name_words: 0,
            mentions: Vec::new(),
            kind: Kind::Unknown,
            gender: Gender::Unknown,
            plural: false,
            first_names: Vec::new(),
            surname: None,
        });
        self.ents.len() - 1
    }

    fn link(&mut self, text: &'t str, mention: Span, forced: Option<usize>) -> Option<usize> {
        let m = mention.of(text);
        // Words outside parentheses: `Rep. Ana Ruiz (D-N.M.)` is `Rep. Ana Ruiz`. Their keys
        // (`key_word`) are written one after another into `keys`.
        let (mut words, mut keys) = (std::mem::take(&mut self.words), std::mem::take(&mut self.keys));
        let (mut body_key, mut name_keys) = (std::mem::take(&mut self.body_key), std::mem::take(&mut self.name_keys));
        words.clear();
        keys.clear();
        body_key.clear();
        name_keys.clear();
        let id = self.link_words(m, mention, forced, &mut words, &mut keys, &mut body_key, &mut name_keys);
        (self.words, self.keys, self.body_key, self.name_keys) = (words, keys, body_key, name_keys);
        id
    }

    /// [`Linker::link`] with its buffers, empty.
    #[allow(clippy::too_many_arguments)]
    fn link_words(&mut self, m: &'t str, mention: Span, forced: Option<usize>, words: &mut Vec<Word<'t>>, keys: &mut String, body_key: &mut String, name_keys: &mut Vec<(usize, usize)>) -> Option<usize> {
        let mut depth = 0;
        for w in m.split_whitespace() {
            if w.starts_with('(') {
                depth += 1;
            }
            if depth == 0 {
                let start = keys.len();
                push_key_word(keys, w);
                let class = lexicon::classes(&keys[start..]);
                words.push(Word { raw: w, key: (start, keys.len()), class, cap: capitalized(w) });
            }
            if w.ends_with(')') && depth > 0 {
                depth -= 1;
            }
        }
        let key = |w: &Word| &keys[w.key.0..w.key.1];
        let first = words.first()?;
        if words.len() == 1 && first.class & super::PRONOUNS.bit() != 0 {
            return self.pronoun(mention, key(first));
        }
        // A possessive standing for its owner (`Her message was simple:`).
        let possessive = match key(first) {
            "his" => "he",
            "her" => "she",
            "their" => "they",
            "its" => "it",
            "our" => "we",
            "my" => "i",
            _ => "",
        };
        if words.len() == 1 && !possessive.is_empty() {
            return self.pronoun(mention, possessive);
        }
        let definite = first.class & DEFINITE.bit() != 0;
        let body: &[Word] = if first.class & super::DETERMINERS.bit() != 0 { &words[1..] } else { words };
        // The head noun comes before any prepositional phrase: `director` in `the director of
        // the agency`.
        let pp = body.iter().position(|w| ["of", "in", "at", "for", "from", "with", "on"].iter().any(|p| p.eq_ignore_ascii_case(w.raw))).unwrap_or(body.len());
        let head_w = body[..pp].last().or(body.last());
        let head_word = head_w.map_or("", |w| w.raw);
        let head = head_w.map_or("", key);
        let head_class = head_w.map_or(0, |w| w.class);
        // A number is no one: `the 64` (of `the 64 claims`) names neither a person nor a body,
        // and as an entity it would take the next `she`.
        if !head_word.is_empty() && head_word.bytes().all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'%')) {
            return None;
        }
        let proper_count = body.iter().filter(|w| w.cap).count();
        let first_proper = body.iter().find(|w| w.cap).map(|w| w.raw);
        for k in body.iter().map(key).filter(|k| !k.is_empty()) {
            if !body_key.is_empty() {
                body_key.push(' ');
            }
            body_key.push_str(k);
        }
        // Name words without titles: `Mr. Ruiz` → `ruiz`.
        name_keys.extend(body.iter().filter(|w| w.cap && w.key.1 > w.key.0 && w.class & TITLES.bit() == 0).map(|w| w.key));
        let name_word = |k: usize| name_keys.get(k).map_or("", |&(a, b)| &keys[a..b]);
        let name_count = name_keys.len();
        // `Ana Ruiz and Tomas Brek` is a group: no surname of its own.
        let group = words.iter().any(|w| key(w) == "and");
        // `the mayor of Hull` ends in the name of a place, not of the mayor: a lower-case head
        // noun before a prepositional phrase makes a description, whatever ends it.
        let described = pp < body.len() && pp > 0 && !body[pp - 1].cap;
        let ends_in_name = body.last().is_some_and(|w| w.cap) && name_count > 0 && !group && !described;
        let company = ends_in_name && name_count >= 2 && body.last().is_some_and(|w| w.class & COMPANY_ENDS.bit() != 0);
        let found = if forced.is_some() {
            forced
        } else if let Some(&id) = self.by_key.get(body_key.as_str()) {
            Some(id)
        } else if definite && proper_count == 0 {
            // `the official`, `the department`, `the secretary`.
            self.by_head.get(head).or_else(|| self.by_title.get(head)).copied()
        } else if ends_in_name {
            let surname = name_word(name_count.wrapping_sub(1));
            let firsts = || (0..name_count - 1).map(name_word);
            self.by_surname
                .get(surname)
                .copied()
                .filter(|&id| {
                    let e = &self.ents[id];
                    name_count == 1 || e.first_names.is_empty() || firsts().any(|f| e.first_names.iter().any(|n| n == f))
                })
                .or_else(|| if name_count == 1 { self.misspelt(surname) } else { None })
                // Features call people by their first name (`Luka said` after `Luka Kovac`).
                .or_else(|| if words.len() == 1 { self.by_first.get(surname).copied() } else { None })
        } else {
            None
        };
        // A new entity takes its name below: any rank beats an empty entity's 0.
        let id = match found {
            Some(id) => id,
            None => self.new_entity(String::new()),
        };
        // Learn from this mention.
        let e = &mut self.ents[id];
        // The fullest mention names the entity, a proper name before a description.
        // The name without the words before it (`said meteorologist Sam Ochoa` names `Sam
        // Ochoa`), ranked by the words it keeps.
        let lead = if ends_in_name { name_start(words) } else { 0 };
        let rank = words.len() - lead + if ends_in_name { 100 } else { 0 };
        if rank > e.name_words {
            let from = words.get(lead).map_or(0, |w| (w.raw.as_ptr() as usize).saturating_sub(m.as_ptr() as usize));
            e.name = m.get(from..).unwrap_or(m).to_string();
            e.name_words = rank;
        }
        e.mentions.push(mention);
        // The words after a determiner: `Her deputy` says nothing of the deputy's gender.
        if body.iter().any(|w| w.class & FEMALE.bit() != 0) {
            e.gender = Gender::Female;
        } else if body.iter().any(|w| w.class & MALE.bit() != 0) {
            e.gender = Gender::Male;
        }
        if e.kind == Kind::Unknown {
            let acronym = proper_count == 1 && first_proper.is_some_and(|p| p.len() > 1 && p.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()));
            e.kind = if head_class & ORG_NOUNS.bit() != 0 || acronym || company {
                Kind::Body
            } else if head_class & PERSON_NOUNS.bit() != 0 || words.iter().any(|w| w.class & TITLES.bit() != 0) || ends_in_name {
                Kind::Person
            } else {
                Kind::Unknown
            };
        }
        if group || (head.ends_with('s') && !ends_in_name && !head.ends_with("ss")) {
            e.plural = true;
        }
        if ends_in_name && name_count >= 2 {
            let f = name_word(0);
            if !e.first_names.iter().any(|n| n == f) {
                e.first_names.push(f.to_string());
            }
            // Only a person's or a company's name of two or three words (`Nordlake said` after
            // `Nordlake Energy`): a title-case headline (`Clinton Hid Past Health Problems`) or
            // another body (`Clinton Campaign`) has no first name.
            // An initialism is no first name either (`CBS` of `CBS This Morning`).
            let initialism = body.iter().find(|w| w.cap && w.class & TITLES.bit() == 0).is_some_and(|w| w.raw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase));
            if name_count <= 3 && (e.kind == Kind::Person || company) && !initialism {
                self.by_first.insert(f, id);
            }
        }
        self.by_key.insert(body_key, id);
        if ends_in_name {
            if let Some(s) = name_count.checked_sub(1).map(name_word) {
                self.by_surname.insert(s, id);
                if self.ents[id].surname.as_deref() != Some(s) {
                    self.ents[id].surname = Some(s.to_string());
                }
            }
        }
        if (!head.is_empty() && !capitalized(head_word)) || head_class & ORG_NOUNS.bit() != 0 {
            // `the State Department` is also `the department`.
            self.by_head.insert(head, id);
        }
        if company {
            self.by_head.insert("company", id);
            self.by_head.insert("firm", id);
        }
        for w in words.iter() {
            if w.class & PERSON_NOUNS.bit() != 0 && w.class & DEFINITE.bit() == 0 {
                self.by_title.insert(key(w), id);
            }
        }
        self.touch(id);
        Some(id)
    }

    /// A recent entity whose surname is one letter off a bare surname of five letters or more
    /// (`Lavros` for `Lavrov`): news copy has typos, and a recent name is the likely one.
    fn misspelt(&self, surname: &str) -> Option<usize> {
        if surname.chars().count() < 5 {
            return None;
        }
        self.recent.iter().rev().copied().find(|&id| {
            self.ents[id].surname.as_deref().is_some_and(|s| s.chars().next() == surname.chars().next() && one_edit(s, surname))
        })
    }

    fn pronoun(&mut self, mention: Span, p: &str) -> Option<usize> {
        let want = |e: &Ent| match p {
            "he" => e.kind != Kind::Body && e.gender != Gender::Female && !e.plural,
            "she" => e.kind != Kind::Body && e.gender != Gender::Male && !e.plural,
            "it" => e.kind == Kind::Body,
            "they" | "we" => e.kind == Kind::Body || e.plural,
            "who" => e.kind != Kind::Body,
            _ => false,
        };
        let found = self.recent.iter().rev().copied().find(|&id| want(&self.ents[id]));
        let id = match found {
            Some(id) => id,
            None => self.new_entity(String::new()),
        };
        let e = &mut self.ents[id];
        if e.name_words == 0 && e.mentions.is_empty() {
            e.name = if p == "i" { "I".to_string() } else { p.to_string() };
        }
        match p {
            "he" if e.gender == Gender::Unknown => e.gender = Gender::Male,
            "she" if e.gender == Gender::Unknown => e.gender = Gender::Female,
            _ => {}
        }
        if e.kind == Kind::Unknown && matches!(p, "he" | "she") {
            e.kind = Kind::Person;
        }
        e.mentions.push(mention);
        self.touch(id);
        Some(id)
    }

    fn touch(&mut self, id: usize) {
        if let Some(k) = self.recent.iter().rposition(|&r| r == id) {
            self.recent.remove(k);
        }
        self.recent.push(id);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }
}

/// Where the name that ends a mention starts: its last run of capitalised words, name
/// particles (`Bill de Vries`), `of` between capitals (`Secretary of State Ana Ruiz`) and
/// parentheses (`(D-N.M.)`), with a determiner right before it (`the State Department`).
/// Lower-case modifiers before it are no part of the name: `longtime pollster Pat Caddell`,
/// `the former mayor Ines Caro`. An indefinite description (`a prominent New York Democrat`)
/// and a name after a preposition (`the top Democrat on the Oversight Committee`) stay whole.
fn name_start(words: &[Word]) -> usize {
    let mut r = words.len();
    let mut depth = 0;
    while r > 0 {
        let w = &words[r - 1];
        if w.raw.ends_with(')') {
            depth += 1;
        }
        let in_parens = depth > 0;
        if w.raw.starts_with('(') && depth > 0 {
            depth -= 1;
        }
        let of = w.raw == "of" && r >= 2 && words[r - 2].cap;
        if !(in_parens || w.cap || of || super::is_name_particle(w.raw)) {
            break;
        }
        r -= 1;
    }
    // One capitalised word is no full name (`The 29 New Yorkers` keeps its number, `super
    // PACs` its words).
    if r == 0 || words[r..].iter().filter(|w| w.cap && !w.raw.starts_with('(')).count() < 2 {
        return 0;
    }
    let det = words[r - 1].class & super::DETERMINERS.bit() != 0;
    let lead = if det { r - 1 } else { r };
    let before = lead.checked_sub(1).map_or("", |b| words[b].raw);
    // `a`, `some`, `29` and the like make a description of whatever follows.
    let first = words.first().map_or("", |w| w.raw);
    let quantified = words[..lead].iter().any(|w| w.raw.starts_with(|c: char| c.is_ascii_digit())) || ["a", "an", "another", "one", "two", "three", "several", "some", "many", "other", "both", "each", "every", "no"].iter().any(|q| q.eq_ignore_ascii_case(first));
    if quantified || ["of", "on", "at", "for", "in", "from", "with", "to", "by"].contains(&before) {
        return 0;
    }
    lead
}

/// A noun for a person or a body, which may take a prepositional phrase inside a speaker's
/// noun phrase (`a narrator in the ad`, `the director of the institute`).
pub(super) fn is_role_noun(w: &str) -> bool {
    let k = key_word(w);
    // An ASCII key is asked as it is, as `classes` and the suffix test ignore its case: asked
    // at most words of a phrase read, a lower-case copy was an allocation each.
    let lower;
    let key = if k.is_ascii() {
        k
    } else {
        lower = k.to_lowercase();
        &lower
    };
    let ends = |s: &str| key.len().checked_sub(s.len()).and_then(|at| key.as_bytes().get(at..)).is_some_and(|e| e.eq_ignore_ascii_case(s.as_bytes()));
    lexicon::classes(key) & (PERSON_NOUNS.bit() | ORG_NOUNS.bit()) != 0 || ends("ist") || ends("er") || ends("or")
}
