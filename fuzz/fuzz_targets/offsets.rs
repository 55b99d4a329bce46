//! Offset conversion agrees with `encode_utf16` and `chars` at every char boundary.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pressmark::span::{convert, OffsetUnit};

fuzz_target!(|text: &str| {
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).rev().collect();
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars] {
        let mut offs = bounds.clone();
        let mut refs: Vec<&mut usize> = offs.iter_mut().collect();
        convert(text, &mut refs, unit);
        for (&b, &o) in bounds.iter().zip(&offs) {
            let want = match unit {
                OffsetUnit::Utf16 => text[..b].encode_utf16().count(),
                _ => text[..b].chars().count(),
            };
            assert_eq!(o, want);
        }
    }
});
