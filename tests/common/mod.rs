//! Shared by the property and adversarial tests: the invariants every analysis must satisfy.
#![allow(dead_code)]

use proptest::prelude::*;
use pressmark::{analyze, Analysis, OffsetUnit, Span};

pub fn spans(a: &Analysis) -> Vec<Span> {
    let mut out = Vec::new();
    for q in &a.quotes {
        out.push(q.span());
        out.extend(q.mention);
        out.extend(q.cue);
    }
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
    for (i, e) in a.entities.iter().enumerate() {
        prop_assert_eq!(e.id, i);
    }
    let sorted = |v: Vec<Span>| v.windows(2).all(|w| w[0].start <= w[1].start);
    prop_assert!(sorted(a.quotes.iter().map(|q| q.span()).collect()));
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

