//! Quotation marks paired into quotes.

use crate::span::Span;
use crate::text::Doc;
use crate::{Quote, QuoteKind};

/// Finds the quotes in `doc`, in text order.
///
/// Straight and curly double quotes pair within a paragraph; a mark left open at the end of a
/// paragraph is dropped, so an unbalanced mark never swallows the rest of the article.
/// Apostrophes never open a quote.
pub fn find(doc: &Doc) -> Vec<Quote> {
    let text = doc.text;
    let mut out = Vec::new();
    for para in &doc.paragraphs {
        let mut open: Option<usize> = None;
        for (i, c) in para.of(text).char_indices() {
            let pos = para.start + i;
            match c {
                '“' => open = Some(pos),
                '”' => {
                    if let Some(s) = open.take() {
                        out.push(quote(doc, Span::new(s, pos + c.len_utf8())));
                    }
                }
                '"' => match open {
                    Some(s) if !opens_here(text, pos) || text[s..].starts_with('"') => {
                        open = None;
                        out.push(quote(doc, Span::new(s, pos + 1)));
                    }
                    _ => open = Some(pos),
                },
                _ => {}
            }
        }
    }
    out
}

/// A straight quote opens when it does not follow a letter or closing punctuation.
fn opens_here(text: &str, pos: usize) -> bool {
    text[..pos].chars().next_back().is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p))
}

fn quote(doc: &Doc, span: Span) -> Quote {
    let text = doc.text;
    let marked = span.of(text);
    let mut cs = marked.chars();
    cs.next();
    cs.next_back();
    let inner = cs.as_str();
    let words = inner.split_whitespace().count();
    let para = doc.paragraph_of(span.start).map(|p| doc.paragraphs[p]).unwrap_or(span);
    let sentence_start = span.start == para.start
        || text[para.start..span.start].trim_end().ends_with(['.', ':', '?', '!', ',']);
    let clause_end = inner.trim_end().ends_with([',', '.', '?', '!']);
    let kind = if sentence_start || clause_end {
        QuoteKind::Full
    } else if words <= 3 && inner.chars().next().is_some_and(char::is_uppercase) {
        QuoteKind::Scare
    } else {
        QuoteKind::Partial
    };
    Quote::new(span, kind)
}
