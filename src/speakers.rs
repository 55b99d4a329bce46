//! Speakers: the mention beside each quote's attribution cue, linked into entities.

use crate::lexicon::{self, CUE_VERBS};
use crate::span::Span;
use crate::text::{Doc, TokKind};
use crate::{Entity, Quote, QuoteKind, Reported};

/// Entities and unquoted reported statements found while attributing quotes.
#[derive(Default)]
pub struct Found {
    pub entities: Vec<Entity>,
    pub reported: Vec<Reported>,
}

const DETERMINERS: &[&str] = &["the", "a", "an", "that", "this"];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
/// Words that never belong inside a speaker's noun phrase.
const STOP: &[&str] = &["and", "or", "but", "to", "of", "in", "on", "by", "with", "for", "from", "that", "who", "which", "as", "at", "be", "is", "was", "were", "are", "has", "have", "had", "not", "would", "will"];

/// Attributes each quote to the speaker named beside it and links mentions into entities.
pub fn attribute(doc: &Doc, quotes: &mut [Quote]) -> Found {
    let mut entities = Entities::default();
    for q in quotes.iter_mut() {
        if q.kind == QuoteKind::Scare {
            continue;
        }
        let first = doc.token_at(q.start);
        let after = doc.token_at(q.end);
        let found = cue_after(doc, after).or_else(|| cue_before(doc, first));
        if let Some((mention, cue)) = found {
            let id = entities.link(doc.text, mention);
            q.mention = Some(mention);
            q.cue = Some(cue);
            q.speaker_id = id;
        }
    }
    let entities = entities.finish(doc.text);
    for q in quotes.iter_mut() {
        q.speaker = q.speaker_id.map(|id| entities[id].name.clone());
    }
    Found { entities, reported: Vec::new() }
}

fn is_cue(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word) && lexicon::contains(CUE_VERBS, doc.tok(i))
}

/// `"...," the official said` or `"...," said Blinken`: tokens from `i` (just after the quote).
fn cue_after(doc: &Doc, mut i: usize) -> Option<(Span, Span)> {
    if doc.tok(i) == "," {
        i += 1;
    }
    if is_cue(doc, i) {
        let np = np_forward(doc, i + 1)?;
        return Some((np, doc.tokens[i].span));
    }
    let (np, next) = np_at(doc, i)?;
    is_cue(doc, next).then(|| (np, doc.tokens[next].span))
}

/// `the official said, "..."` or `X said: "..."`: tokens before index `first` (the quote's mark).
fn cue_before(doc: &Doc, first: usize) -> Option<(Span, Span)> {
    let mut i = first.checked_sub(1)?;
    if matches!(doc.tok(i), "," | ":") {
        i = i.checked_sub(1)?;
    }
    if !is_cue(doc, i) {
        return None;
    }
    let np = np_backward(doc, i)?;
    Some((np, doc.tokens[i].span))
}

fn is_word(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_some_and(|t| t.kind == TokKind::Word)
}

fn capitalized(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A noun phrase starting at token `i`, and the index just past it.
fn np_at(doc: &Doc, i: usize) -> Option<(Span, usize)> {
    let w = doc.tok(i);
    if !is_word(doc, i) {
        return None;
    }
    if lexicon::contains(PRONOUNS, w) {
        return Some((doc.tokens[i].span, i + 1));
    }
    let mut j = i;
    if lexicon::contains(DETERMINERS, w) {
        j += 1;
    }
    let head_start = j;
    while j < doc.tokens.len() && j < head_start + 6 && is_word(doc, j) && !is_cue(doc, j) && !lexicon::contains(STOP, doc.tok(j)) {
        j += 1;
    }
    if j == head_start || (head_start == i && !capitalized(w)) {
        return None;
    }
    Some((doc.tokens[i].span.cover(doc.tokens[j - 1].span), j))
}

/// A capitalised name or determiner phrase after a cue: `said Blinken`, `said the official`.
fn np_forward(doc: &Doc, i: usize) -> Option<Span> {
    np_at(doc, i).map(|(s, _)| s)
}

/// The noun phrase ending just before the cue at token `cue`.
fn np_backward(doc: &Doc, cue: usize) -> Option<Span> {
    let end = cue.checked_sub(1)?;
    let mut i = end;
    let mut start = None;
    loop {
        if !is_word(doc, i) || doc.tokens[i + 1].newline_before {
            break;
        }
        let w = doc.tok(i);
        if lexicon::contains(PRONOUNS, w) && i == end {
            return Some(doc.tokens[i].span);
        }
        if lexicon::contains(DETERMINERS, w) {
            start = Some(i);
            break;
        }
        if lexicon::contains(STOP, w) || end - i >= 6 {
            break;
        }
        if capitalized(w) {
            start = Some(i);
        }
        if i == 0 {
            break;
        }
        i -= 1;
    }
    start.map(|s| doc.tokens[s].span.cover(doc.tokens[end].span))
}

#[derive(Default)]
struct Entities {
    names: Vec<String>,
    mentions: Vec<Vec<Span>>,
}

impl Entities {
    /// Links `mention` to an earlier entity it refers to, or starts a new one.
    fn link(&mut self, text: &str, mention: Span) -> Option<usize> {
        let m = mention.of(text);
        let lower = m.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        let head = *words.last()?;
        let id = if lexicon::contains(PRONOUNS, m) {
            self.names.len().checked_sub(1)
        } else {
            let definite = words.len() > 1 && lexicon::contains(DETERMINERS, words[0]);
            (0..self.names.len()).rev().find(|&e| {
                let name = self.names[e].to_lowercase();
                let last = name.split_whitespace().last().unwrap_or("");
                name == lower || (last == head && (definite || capitalized(m)))
            })
        };
        let id = id.unwrap_or_else(|| {
            self.names.push(m.to_string());
            self.mentions.push(Vec::new());
            self.names.len() - 1
        });
        if !lexicon::contains(PRONOUNS, m) && m.len() > self.names[id].len() {
            self.names[id] = m.to_string();
        }
        self.mentions[id].push(mention);
        Some(id)
    }

    fn finish(self, _text: &str) -> Vec<Entity> {
        self.names
            .into_iter()
            .zip(self.mentions)
            .enumerate()
            .map(|(id, (name, mentions))| Entity { id, name, mentions })
            .collect()
    }
}
