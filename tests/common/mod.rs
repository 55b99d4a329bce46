//! Shared by the property and adversarial tests: the invariants every analysis must satisfy.
#![allow(dead_code)]

use proptest::prelude::*;
use pressmark::{analyze, Analysis, OffsetUnit, QuoteKind, Span};

/// Team-written news-like paragraphs, repeated to `len` bytes.
pub fn news(len: usize) -> String {
    const PARAS: &[&str] = &[
        "“We will rebuild the harbour before the storms return,” Mayor Elena Brandt said on Tuesday, as 1,200 workers arrived.",
        "The council approved $4.5 million for repairs late Monday, about 30 percent more than it spent last year.",
        "Brandt told reporters that the city's insurers had paid only a third of the claims. “That is not enough,” she said.",
        "A spokesman for the port authority, speaking on condition of anonymity, said talks would resume next week.",
        "More than 300 families were moved to shelters, according to the Red Cross, and nearly 40 schools stayed shut.",
    ];
    let mut s = String::with_capacity(len + 200);
    let mut i = 0;
    while s.len() < len {
        s.push_str(PARAS[i % PARAS.len()]);
        s.push('\n');
        i += 1;
    }
    s
}

pub fn spans(a: &Analysis) -> Vec<Span> {
    let mut out = Vec::new();
    for q in &a.quotes {
        out.push(q.span());
        out.extend(q.mention);
        out.extend(q.cue);
    }
    out.extend(a.scare_quotes.iter().map(|s| s.span()));
    for e in &a.entities {
        out.extend(e.mentions.iter().copied());
    }
    for r in &a.reported {
        out.extend([r.span(), r.mention, r.cue]);
    }
    out.extend(a.numbers.iter().map(|n| n.span()));
    out.extend(a.dates.iter().map(|d| d.span()));
    out
}

pub fn check(text: &str) -> Result<(), TestCaseError> {
    let a = analyze(text);
    for s in spans(&a) {
        prop_assert!(s.start <= s.end && s.end <= text.len(), "{s:?} out of bounds");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?} splits a char");
    }
    for q in &a.quotes {
        prop_assert!(!q.span().is_empty());
        for inner in [q.mention, q.cue].into_iter().flatten() {
            prop_assert!(!q.span().overlaps(inner), "mention or cue {inner:?} inside its quote {:?}", q.span());
        }
        if let Some(id) = q.speaker_id {
            prop_assert!(id < a.entities.len());
            prop_assert_eq!(q.speaker.as_deref(), Some(a.entities[id].name.as_str()));
        }
    }
    for (i, q) in a.quotes.iter().enumerate() {
        prop_assert!(q.kind != QuoteKind::Scare, "a scare quote among the quotations");
        for p in [q.parent, q.continues].into_iter().flatten() {
            prop_assert!(p < i, "parent or continued part {p} is not an earlier quote of {i}");
        }
        if let Some(p) = q.parent {
            prop_assert!(a.quotes[p].span().contains(q.span()), "quote {i} not inside its parent");
        }
    }
    for s in &a.scare_quotes {
        prop_assert!(!s.span().is_empty());
        let crosses = |q: &pressmark::Quote| q.span().overlaps(s.span()) && !q.span().contains(s.span());
        prop_assert!(!a.quotes.iter().any(crosses), "scare quote {:?} crosses a quotation", s.span());
    }
    for (i, e) in a.entities.iter().enumerate() {
        prop_assert_eq!(e.id, i);
    }
    let sorted = |v: Vec<Span>| v.windows(2).all(|w| w[0].start <= w[1].start);
    prop_assert!(sorted(a.quotes.iter().map(|q| q.span()).collect()));
    prop_assert!(sorted(a.scare_quotes.iter().map(|q| q.span()).collect()));
    for list in [a.numbers.iter().map(|n| n.span()).collect::<Vec<_>>(), a.dates.iter().map(|d| d.span()).collect()] {
        prop_assert!(list.windows(2).all(|w| w[0].end <= w[1].start), "overlap or disorder in {list:?}");
    }
    prop_assert_eq!(&a, &analyze(text), "not deterministic");

    // Converted offsets agree with encode_utf16 and chars, span by span (prefix counts built
    // in one pass, so this stays linear on large adversarial inputs).
    let (mut u16s, mut cps) = (vec![0usize; text.len() + 1], vec![0usize; text.len() + 1]);
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        u16s[end] = u16s[i] + c.len_utf16();
        cps[end] = cps[i] + 1;
    }
    for (unit, table) in [(OffsetUnit::Utf16, &u16s), (OffsetUnit::Chars, &cps)] {
        let mut c = a.clone();
        c.convert_offsets(text, unit);
        for (b, u) in spans(&a).into_iter().zip(spans(&c)) {
            prop_assert_eq!((u.start, u.end), (table[b.start], table[b.end]), "{:?}", unit);
        }
    }
    Ok(())
}

