//! Dates and times: weekdays, and periods relative to the time of writing.

use crate::lexicon::{self, DAY_PARTS, PERIODS, WEEKDAYS};
use crate::text::{Doc, TokKind};
use crate::{Date, DateKind};

/// Finds weekday names (`Tuesday`, `late Monday`) and relative periods (`last week`).
pub fn find(doc: &Doc) -> Vec<Date> {
    let mut out = Vec::new();
    let word = |i: usize| doc.tokens.get(i).filter(|t| t.kind == TokKind::Word).map(|t| t.span.of(doc.text));
    for i in 0..doc.tokens.len() {
        let Some(w) = word(i) else { continue };
        if lexicon::contains(WEEKDAYS, w) {
            let mut start = doc.tokens[i].span.start;
            if i > 0 && word(i - 1).is_some_and(|p| lexicon::contains(DAY_PARTS, p)) {
                start = doc.tokens[i - 1].span.start;
            }
            out.push(Date { start, end: doc.tokens[i].span.end, kind: DateKind::Weekday });
        } else if lexicon::contains(&["last", "next", "this"], w) {
            if let Some(p) = word(i + 1).filter(|p| lexicon::contains(PERIODS, p)) {
                let _ = p;
                out.push(Date { start: doc.tokens[i].span.start, end: doc.tokens[i + 1].span.end, kind: DateKind::Relative });
            }
        }
    }
    out
}
