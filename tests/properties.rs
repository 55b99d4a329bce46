//! What must hold for every input: no panic, spans in bounds and on char boundaries, sorted,
//! no overlaps within numbers or dates, deterministic, and offset conversion that agrees with
//! the standard library.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use pressmark::{analyze, Analysis, OffsetUnit, Span};

/// Text built from the pieces the finders react to, so random inputs reach deep paths.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()), Just("“".to_string()), Just("”".to_string()), Just("‘".to_string()),
        Just("’".to_string()), Just("'".to_string()), Just("«".to_string()), Just("»".to_string()),
        Just("„".to_string()), Just("「".to_string()), Just("」".to_string()), Just("``".to_string()),
        Just(" said ".to_string()), Just(", the official said".to_string()), Just(" she told ".to_string()),
        Just("Jane Doe".to_string()), Just(" he ".to_string()), Just("according to ".to_string()),
        Just("100,000 ".to_string()), Just("more than ".to_string()), Just("$3.5 billion".to_string()),
        Just("45%".to_string()), Just("two-thirds".to_string()), Just("Tuesday".to_string()),
        Just("late Monday".to_string()), Just("last week".to_string()), Just("Jan. 4, 2019".to_string()),
        Just(". ".to_string()), Just(", ".to_string()), Just(":".to_string()), Just("\n".to_string()),
        Just("\r\n".to_string()), Just("\n\n".to_string()), Just(" ".to_string()), Just("-".to_string()),
        Just("😀".to_string()), Just("é".to_string()), Just("\u{0301}".to_string()), Just("中".to_string()),
        Just("\0".to_string()), Just("\u{200D}".to_string()), Just("\u{202E}".to_string()),
        "[a-zA-Z0-9]{1,8}", "\\PC{1,3}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn spans(a: &Analysis) -> Vec<Span> {
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

fn check(text: &str) -> Result<(), TestCaseError> {
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

    // Converted offsets agree with encode_utf16 and chars, span by span.
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars] {
        let mut c = a.clone();
        c.convert_offsets(text, unit);
        for (b, u) in spans(&a).into_iter().zip(spans(&c)) {
            let count = |s: &str| if unit == OffsetUnit::Utf16 { s.encode_utf16().count() } else { s.chars().count() };
            prop_assert_eq!(u.start, count(&text[..b.start]));
            prop_assert_eq!(u.end, count(&text[..b.end]));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    #[test]
    fn invariants_on_newsy_text(text in newsy()) {
        check(&text)?;
    }

    #[test]
    fn invariants_on_any_text(text in "\\PC{0,200}|(.|\n|\r){0,200}") {
        check(&text)?;
    }
}
