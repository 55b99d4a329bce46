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
//! * The canonical name is the fullest mention: the one with the most words.
//!
//! Lookups go through maps and a fixed-length recency list, so linking is linear.

use std::collections::HashMap;

use crate::lexicon;
use crate::span::Span;
use crate::Entity;

/// Person titles: written before a name, never the name itself.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general", "lt", "col", "sgt", "capt", "adm", "maj", "prof", "professor", "rev", "reverend", "president", "vice", "secretary", "minister", "prime", "chancellor", "judge", "justice", "mayor", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "chief", "ambassador", "commissioner", "attorney", "speaker", "leader", "chairman", "chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "officer", "detective", "sheriff", "deputy", "foreign", "defense", "state", "us", "u.s.", "former", "acting",
];
/// Head nouns of people: `the official`, `a spokeswoman`, and the words of a title that a
/// definite description may pick up (`the secretary` for `Secretary of State X`).
const PERSON_NOUNS: &[&str] = &[
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "senator", "governor", "mayor", "aide", "adviser", "advisor", "lawyer", "attorney", "source", "sources", "director", "chairman", "chairwoman", "chief", "leader", "candidate", "nominee", "diplomat", "ambassador", "general", "commander", "officer", "judge", "justice", "analyst", "expert", "economist", "professor", "researcher", "scientist", "doctor", "witness", "resident", "man", "woman", "narrator", "representative", "congressman", "congresswoman", "lawmaker", "strategist", "pollster", "manager", "executive", "founder", "owner", "businessman", "businesswoman", "author", "writer", "reporter", "host", "anchor", "chancellor", "premier", "king", "queen", "pope", "prosecutor", "investigator", "detective", "sheriff", "commissioner", "speaker", "veteran", "activist", "student", "teacher", "father", "mother", "daughter", "son", "wife", "husband",
];
/// Head nouns of bodies: `the department`, `the campaign`.
const ORG_NOUNS: &[&str] = &[
    "department", "ministry", "office", "agency", "company", "committee", "campaign", "government", "administration", "council", "party", "house", "group", "organization", "organisation", "commission", "bureau", "service", "institute", "foundation", "university", "court", "network", "newspaper", "post", "times", "journal", "report", "statement", "letter", "ad", "union", "association", "board", "police", "army", "military", "embassy", "kremlin", "pentagon", "team", "firm", "bank", "center", "centre", "coalition", "alliance", "federation", "club", "school", "hospital", "church", "senate", "congress", "parliament", "cabinet", "corporation", "inc", "corp", "news", "magazine", "study", "survey", "poll", "website", "site", "force", "command", "state", "states", "city", "county", "country",
];
const FEMALE: &[&str] = &["mrs", "ms", "miss", "she", "her", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman", "mother", "daughter", "wife", "queen", "princess", "lady", "dame"];
const MALE: &[&str] = &["mr", "he", "him", "his", "spokesman", "chairman", "congressman", "businessman", "man", "father", "son", "husband", "king", "prince", "sir", "lord"];
const DEFINITE: &[&str] = &["the", "this", "that", "these", "those"];

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
struct Linker {
    ents: Vec<Ent>,
    by_key: HashMap<String, usize>,
    by_surname: HashMap<String, usize>,
    by_head: HashMap<String, usize>,
    by_title: HashMap<String, usize>,
    /// Entity ids by latest mention, most recent last; bounded.
    recent: Vec<usize>,
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

/// A word as a lookup key: lower case, possessive and edge punctuation removed.
fn key_word(w: &str) -> String {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let w = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")).unwrap_or(w);
    w.to_lowercase()
}

fn capitalized(w: &str) -> bool {
    w.trim_start_matches(|c: char| !c.is_alphanumeric()).chars().next().is_some_and(char::is_uppercase)
}

impl Linker {
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

    fn link(&mut self, text: &str, mention: Span, forced: Option<usize>) -> Option<usize> {
        let m = mention.of(text);
        // Words outside parentheses: `Rep. Ana Ruiz (D-N.M.)` is `Rep. Ana Ruiz`.
        let mut words: Vec<&str> = Vec::new();
        let mut depth = 0;
        for w in m.split_whitespace() {
            if w.starts_with('(') {
                depth += 1;
            }
            if depth == 0 {
                words.push(w);
            }
            if w.ends_with(')') && depth > 0 {
                depth -= 1;
            }
        }
        let first = key_word(words.first()?);
        let lower: Vec<String> = words.iter().map(|w| key_word(w)).collect();
        if words.len() == 1 && super::PRONOUNS.contains(&first) {
            return self.pronoun(mention, &first);
        }
        let definite = lexicon::contains(DEFINITE, &first);
        let body: Vec<&str> = if super::DETERMINERS.contains(&first) { words[1..].to_vec() } else { words.clone() };
        // The head noun comes before any prepositional phrase: `director` in `the director of
        // the agency`.
        let pp = body.iter().position(|w| lexicon::contains(&["of", "in", "at", "for", "from", "with", "on"], w)).unwrap_or(body.len());
        let head_word = body[..pp].last().or(body.last()).copied().unwrap_or("");
        let head = key_word(head_word);
        // A number is no one: `the 64` (of `the 64 claims`) names neither a person nor a body,
        // and as an entity it would take the next `she`.
        if !head_word.is_empty() && head_word.bytes().all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'%')) {
            return None;
        }
        let proper: Vec<&str> = body.iter().copied().filter(|w| capitalized(w)).collect();
        let key: String = body.iter().map(|w| key_word(w)).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ");
        // Name words without titles: `Mr. Ruiz` → `ruiz`.
        let name_words: Vec<String> = body
            .iter()
            .filter(|w| capitalized(w))
            .map(|w| key_word(w))
            .filter(|w| !w.is_empty() && !lexicon::contains(TITLES, w))
            .collect();
        // `Ana Ruiz and Tomas Brek` is a group: no surname of its own.
        let group = lower.iter().any(|w| w == "and");
        let ends_in_name = body.last().is_some_and(|w| capitalized(w)) && !name_words.is_empty() && !group;
        let found = if forced.is_some() {
            forced
        } else if let Some(&id) = self.by_key.get(&key) {
            Some(id)
        } else if definite && proper.is_empty() {
            // `the official`, `the department`, `the secretary`.
            self.by_head.get(&head).or_else(|| self.by_title.get(&head)).copied()
        } else if ends_in_name {
            let surname = name_words.last().cloned().unwrap_or_default();
            let firsts: Vec<String> = name_words[..name_words.len() - 1].to_vec();
            self.by_surname
                .get(&surname)
                .copied()
                .filter(|&id| {
                    let e = &self.ents[id];
                    firsts.is_empty() || e.first_names.is_empty() || firsts.iter().any(|f| e.first_names.contains(f))
                })
                .or_else(|| if firsts.is_empty() { self.misspelt(&surname) } else { None })
        } else {
            None
        };
        let id = match found {
            Some(id) => id,
            None => self.new_entity(m.to_string()),
        };
        // Learn from this mention.
        let e = &mut self.ents[id];
        // The fullest mention names the entity, a proper name before a description.
        let rank = words.len() + if ends_in_name { 100 } else { 0 };
        if rank > e.name_words {
            e.name = m.to_string();
            e.name_words = rank;
        }
        e.mentions.push(mention);
        if lower.iter().any(|w| lexicon::contains(FEMALE, w)) {
            e.gender = Gender::Female;
        } else if lower.iter().any(|w| lexicon::contains(MALE, w)) {
            e.gender = Gender::Male;
        }
        if e.kind == Kind::Unknown {
            e.kind = if lexicon::contains(ORG_NOUNS, &head) || (proper.len() == 1 && proper[0].len() > 1 && proper[0].chars().all(|c| c.is_uppercase() || !c.is_alphabetic())) {
                Kind::Body
            } else if lexicon::contains(PERSON_NOUNS, &head) || lower.iter().any(|w| lexicon::contains(TITLES, w)) || ends_in_name {
                Kind::Person
            } else {
                Kind::Unknown
            };
        }
        if group || (head.ends_with('s') && !ends_in_name && !head.ends_with("ss")) {
            e.plural = true;
        }
        if ends_in_name && name_words.len() >= 2 {
            let f = name_words[0].clone();
            if !e.first_names.contains(&f) {
                e.first_names.push(f);
            }
        }
        self.by_key.insert(key, id);
        if ends_in_name {
            if let Some(s) = name_words.last() {
                self.by_surname.insert(s.clone(), id);
                self.ents[id].surname = Some(s.clone());
            }
        }
        if !head.is_empty() && !capitalized(head_word) {
            self.by_head.insert(head.clone(), id);
        } else if lexicon::contains(ORG_NOUNS, &head) {
            // `the State Department` is also `the department`.
            self.by_head.insert(head.clone(), id);
        }
        for w in &lower {
            if lexicon::contains(PERSON_NOUNS, w) && !lexicon::contains(DEFINITE, w) {
                self.by_title.entry(w.clone()).and_modify(|v| *v = id).or_insert(id);
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

/// A noun for a person or a body, which may take a prepositional phrase inside a speaker's
/// noun phrase (`a narrator in the ad`, `the director of the institute`).
pub(super) fn is_role_noun(w: &str) -> bool {
    let w = key_word(w);
    lexicon::contains(PERSON_NOUNS, &w) || lexicon::contains(ORG_NOUNS, &w) || w.ends_with("ist") || w.ends_with("er") || w.ends_with("or")
}
