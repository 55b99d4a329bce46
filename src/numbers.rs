//! Numeric expressions with their modifier and what they count.

use crate::lexicon::{self, NUMBER_MODIFIERS};
use crate::span::Span;
use crate::text::{Doc, TokKind};
use crate::{Number, NumberKind};

/// Finds numbers written in digits, with a modifier before (`more than`) and the counted noun
/// after (`troops`).
pub fn find(doc: &Doc) -> Vec<Number> {
    let text = doc.text;
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokKind::Num {
            continue;
        }
        let digits = t.span.of(text);
        // Part of a name or code: F-16, G7, 737-MAX.
        if !t.space_before && i > 0 && matches!(doc.tokens[i - 1].kind, TokKind::Word) {
            continue;
        }
        let value = digits.replace(',', "").parse::<f64>().ok();
        let mut span = t.span;
        let mut modifier = None;
        if let Some((m, start)) = modifier_before(doc, i) {
            modifier = Some(m);
            span.start = start;
        }
        let mut unit = None;
        let year = digits.len() == 4 && value.is_some_and(|v| (1000.0..=2100.0).contains(&v)) && modifier.is_none();
        if let Some(n) = doc.tokens.get(i + 1) {
            let w = n.span.of(text);
            if !year && n.kind == TokKind::Word && w.chars().all(|c| c.is_lowercase() || c == '-') && !lexicon::contains(FUNCTION_WORDS, w) {
                unit = Some(w.to_string());
                span.end = n.span.end;
            }
        }
        out.push(Number {
            start: span.start,
            end: span.end,
            kind: if year { NumberKind::Year } else { NumberKind::Count },
            value,
            high: None,
            unit,
            modifier,
        });
    }
    out
}

/// Words after a number that are not what it counts.
const FUNCTION_WORDS: &[&str] = &["and", "or", "to", "of", "in", "on", "at", "by", "for", "the", "a", "it", "is", "was", "were", "are", "that", "with", "from"];

/// The longest modifier ending right before token `i`, lower-cased, and where it starts.
fn modifier_before(doc: &Doc, i: usize) -> Option<(String, usize)> {
    let mut best: Option<(String, usize)> = None;
    for words in 1..=3 {
        let first = i.checked_sub(words)?;
        if (first..i).any(|j| doc.tokens[j].kind != TokKind::Word) {
            break;
        }
        let phrase = (first..i).map(|j| doc.tok(j).to_lowercase()).collect::<Vec<_>>().join(" ");
        if NUMBER_MODIFIERS.contains(&phrase.as_str()) {
            best = Some((phrase, doc.tokens[first].span.start));
        }
    }
    best
}

#[allow(dead_code)]
fn span_of(doc: &Doc, a: usize, b: usize) -> Span {
    doc.tokens[a].span.cover(doc.tokens[b].span)
}
