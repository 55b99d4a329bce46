//! What must hold for every input: no panic, spans in bounds and on char boundaries, sorted,
//! no overlaps within numbers or dates, deterministic, and offset conversion that agrees with
//! the standard library.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
mod common;

use common::check;

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
