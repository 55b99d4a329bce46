//! Text split into nested highlighted runs, for HTML and terminal output.
//!
//! Highlights may nest (a number inside a quote) but never cross: a highlight that would cross
//! the end of the one enclosing it is cut at that end. The runs' text, concatenated, is
//! always exactly the input.

use crate::span::Span;
use crate::Analysis;

/// The four kinds of highlight, as named in the public markup contract
/// (`data-pressmark="..."`, `::highlight(pressmark-...)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Quote,
    Speaker,
    Number,
    Date,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Quote, Kind::Speaker, Kind::Number, Kind::Date];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Quote => "quote",
            Kind::Speaker => "speaker",
            Kind::Number => "number",
            Kind::Date => "date",
        }
    }
}

/// One highlight: a span, its kind and a short human description (`quote by Jane Doe`).
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub span: Span,
    pub kind: Kind,
    pub label: String,
}

/// Every highlight of `a`, sorted by start, longer first at the same start.
pub fn marks(a: &Analysis) -> Vec<Mark> {
    let mut out = Vec::new();
    for q in &a.quotes {
        let label = match &q.speaker {
            Some(s) => format!("quote by {s}"),
            None => "quote".to_string(),
        };
        out.push(Mark { span: q.span(), kind: Kind::Quote, label });
    }
    let mut speakers: Vec<(Span, &str)> = Vec::new();
    for q in &a.quotes {
        if let (Some(m), Some(s)) = (q.mention, &q.speaker) {
            speakers.push((m, s));
        }
    }
    for r in &a.reported {
        speakers.push((r.mention, r.speaker.as_deref().unwrap_or("")));
    }
    for e in &a.entities {
        for &m in &e.mentions {
            speakers.push((m, &e.name));
        }
    }
    crate::sort_by(&mut speakers, |(s, _)| (s.start as u64, s.end as u64, 0));
    speakers.dedup_by_key(|(s, _)| *s);
    for (span, name) in speakers {
        out.push(Mark { span, kind: Kind::Speaker, label: format!("speaker: {name}") });
    }
    for n in &a.numbers {
        let label = match &n.unit {
            Some(u) => format!("number: {u}"),
            None => "number".to_string(),
        };
        out.push(Mark { span: n.span(), kind: Kind::Number, label });
    }
    for d in &a.dates {
        out.push(Mark { span: d.span(), kind: Kind::Date, label: "date".to_string() });
    }
    out.retain(|m| !m.span.is_empty());
    crate::sort_by(&mut out, |m| (m.span.start as u64, u64::MAX - m.span.end as u64, m.kind as u64));
    out
}

/// A step in a walk through the highlighted text.
#[derive(Clone, Debug, PartialEq)]
pub enum Event<'m> {
    Open(&'m Mark),
    Text(Span),
    Close(&'m Mark),
}

/// Walks `text` as nested runs. `marks` must be sorted as [`marks`] sorts them.
pub fn events<'m>(text_len: usize, marks: &'m [Mark]) -> Vec<Event<'m>> {
    let mut out = Vec::with_capacity(marks.len() * 3 + 1);
    let mut stack: Vec<(&Mark, usize)> = Vec::new();
    let mut pos = 0;
    let text_to = |out: &mut Vec<Event<'m>>, pos: &mut usize, to: usize| {
        if to > *pos {
            out.push(Event::Text(Span::new(*pos, to)));
            *pos = to;
        }
    };
    for m in marks {
        if m.span.start < pos || m.span.end > text_len {
            continue; // starts inside text already closed: drop rather than cross
        }
        while let Some(&(top, end)) = stack.last() {
            if end <= m.span.start {
                text_to(&mut out, &mut pos, end);
                out.push(Event::Close(top));
                stack.pop();
            } else {
                break;
            }
        }
        let end = stack.last().map_or(m.span.end, |&(_, e)| m.span.end.min(e));
        text_to(&mut out, &mut pos, m.span.start);
        out.push(Event::Open(m));
        stack.push((m, end));
    }
    while let Some((top, end)) = stack.pop() {
        text_to(&mut out, &mut pos, end);
        out.push(Event::Close(top));
    }
    text_to(&mut out, &mut pos, text_len);
    out
}

/// Escapes text for HTML element content and double-quoted attribute values.
pub fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// Default colours, shared with the page (`www/pressmark.css` uses the same custom properties).
pub const CSS: &str = ".pressmark-output{white-space:pre-wrap;line-height:1.6}\
[data-pressmark]{border-radius:2px}\
[data-pressmark=quote]{background:var(--pressmark-quote,#fff1b8)}\
[data-pressmark=speaker]{background:var(--pressmark-speaker,#c9e7ff);font-weight:600}\
[data-pressmark=number]{background:var(--pressmark-number,#ccf2d1)}\
[data-pressmark=date]{background:var(--pressmark-date,#f4d4f7)}";

/// A standalone HTML fragment: a `<style>` block and the text in a `<div>`, each highlight a
/// `<mark data-pressmark="KIND">`. Text is escaped, never interpreted as markup.
pub fn html(text: &str, a: &Analysis) -> String {
    let marks = marks(a);
    let mut out = String::with_capacity(text.len() * 2 + 512);
    out.push_str("<style>");
    out.push_str(CSS);
    out.push_str("</style>\n<div class=\"pressmark-output\">");
    for ev in events(text.len(), &marks) {
        match ev {
            Event::Open(m) => {
                out.push_str("<mark data-pressmark=\"");
                out.push_str(m.kind.name());
                out.push_str("\" title=\"");
                escape_html(&m.label, &mut out);
                out.push_str("\">");
            }
            Event::Text(s) => escape_html(s.of(text), &mut out),
            Event::Close(_) => out.push_str("</mark>"),
        }
    }
    out.push_str("</div>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(s: usize, e: usize, kind: Kind) -> Mark {
        Mark { span: Span::new(s, e), kind, label: String::new() }
    }

    #[test]
    fn crossing_marks_are_cut_and_text_is_kept() {
        let text = "0123456789";
        let ms = vec![mark(0, 5, Kind::Quote), mark(3, 8, Kind::Number), mark(8, 9, Kind::Date)];
        let evs = events(text.len(), &ms);
        let joined: String = evs.iter().filter_map(|e| match e { Event::Text(s) => Some(s.of(text)), _ => None }).collect();
        assert_eq!(joined, text);
        let opens = evs.iter().filter(|e| matches!(e, Event::Open(_))).count();
        let closes = evs.iter().filter(|e| matches!(e, Event::Close(_))).count();
        assert_eq!((opens, closes), (3, 3));
    }

    #[test]
    fn html_escapes_user_text() {
        let a = crate::analyze("<script>alert(1)</script> & \"x\"");
        let h = html("<script>alert(1)</script> & \"x\"", &a);
        assert!(!h.contains("<script>"));
        assert!(h.contains("&lt;script&gt;"));
    }
}
