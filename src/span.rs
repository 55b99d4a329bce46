//! Byte spans and their conversion to other offset units.

use serde::Serialize;

/// A half-open range `[start, end)` of UTF-8 byte offsets into the analysed text.
///
/// Every span that [`crate::analyze`] returns starts and ends on a `char` boundary of the
/// text it was given, with `start <= end <= text.len()`, so `&text[span.range()]` never panics.
/// After [`crate::Analysis::convert_offsets`] the same fields hold offsets in another unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[inline]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    #[inline]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    #[inline]
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The text this span covers (byte offsets only).
    #[inline]
    pub fn of(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }

    #[inline]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    #[inline]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// The unit in which offsets are reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    /// UTF-8 bytes: Rust's `str` indices (the core's own unit).
    Utf8,
    /// UTF-16 code units: JavaScript's `String` indices, DOM `Range` offsets, CodeMirror positions.
    Utf16,
    /// Unicode scalar values (code points): Python's `str` indices.
    Chars,
}

impl OffsetUnit {
    /// Parses `utf8`, `utf16` or `chars`.
    pub fn parse(s: &str) -> Option<OffsetUnit> {
        match s {
            "utf8" | "utf-8" | "bytes" => Some(OffsetUnit::Utf8),
            "utf16" | "utf-16" => Some(OffsetUnit::Utf16),
            "chars" | "codepoints" => Some(OffsetUnit::Chars),
            _ => None,
        }
    }
}

/// Rewrites byte offsets into `unit`, in one pass over `text` whatever the number of offsets.
///
/// `offsets` may come in any order and repeat; each must lie on a char boundary of `text`
/// (an offset inside a character maps to the start of that character, one past the end to the
/// converted length). Cost: O(text.len() + k) for k offsets.
pub fn convert(text: &str, offsets: &mut [&mut usize], unit: OffsetUnit) {
    if unit == OffsetUnit::Utf8 || offsets.is_empty() {
        return;
    }
    // Units are counted from the bytes alone: every byte but a continuation byte starts a code
    // point, and a four-byte one (lead byte F0 or above) is two UTF-16 units: a plain byte loop,
    // no char decoding.
    let bytes = text.as_bytes();
    let utf16 = unit == OffsetUnit::Utf16;
    let units = |b: &[u8]| -> usize { b.iter().map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(utf16 && b >= 0xF0)).sum() };
    // The units before each STEP bytes, so that an offset is one look-up and a count over
    // fewer than STEP bytes. It replaced a sort of the offsets, which on a large result took
    // longer than all the rest of the conversion and grew faster than the text.
    // The lowest bit of each entry says the STEP bytes are all ASCII, as most are: an offset
    // into them then needs no count at all.
    const STEP: usize = 32;
    let mut before = Vec::with_capacity(bytes.len() / STEP + 1);
    let mut total = 0;
    for chunk in bytes.chunks(STEP) {
        let ascii = chunk.is_ascii();
        before.push(total << 1 | usize::from(ascii));
        total += if ascii { chunk.len() } else { units(chunk) };
    }
    for o in offsets.iter_mut() {
        let mut t = (**o).min(bytes.len());
        while !text.is_char_boundary(t) {
            t -= 1; // inside a character: its start (0 is always a boundary)
        }
        let k = t / STEP;
        // Past the last chunk only when `t` is the end of a text a whole number of STEPs long.
        **o = match before.get(k) {
            Some(&b) if b & 1 == 1 => (b >> 1) + (t - k * STEP),
            Some(&b) => (b >> 1) + units(bytes.get(k * STEP..t).unwrap_or_default()),
            None => total,
        };
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn boundaries(text: &str) -> Vec<usize> {
        text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect()
    }

    proptest! {
        #[test]
        fn utf16_matches_encode_utf16(text in "\\PC{0,40}|[a-zé😀中\u{10000}-\u{10FFFF}]{0,30}|[a-z é😀]{0,300}", picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..12)) {
            let b = boundaries(&text);
            let mut offs: Vec<usize> = picks.iter().map(|p| b[p.index(b.len())]).collect();
            let want: Vec<usize> = offs.iter().map(|&o| text[..o].encode_utf16().count()).collect();
            let mut refs: Vec<&mut usize> = offs.iter_mut().collect();
            convert(&text, &mut refs, OffsetUnit::Utf16);
            prop_assert_eq!(offs, want);
        }

        #[test]
        fn chars_matches_chars(text in "\\PC{0,40}|[a-zé😀中\u{10000}-\u{10FFFF}]{0,30}|[a-z é😀]{0,300}", picks in proptest::collection::vec(any::<prop::sample::Index>(), 0..12)) {
            let b = boundaries(&text);
            let mut offs: Vec<usize> = picks.iter().map(|p| b[p.index(b.len())]).collect();
            let want: Vec<usize> = offs.iter().map(|&o| text[..o].chars().count()).collect();
            let mut refs: Vec<&mut usize> = offs.iter_mut().collect();
            convert(&text, &mut refs, OffsetUnit::Chars);
            prop_assert_eq!(offs, want);
        }
    }

    proptest! {
        #[test]
        fn offsets_inside_characters_or_past_the_end(text in "[a-zé😀中]{0,20}|[a-z é😀]{0,120}", offs in proptest::collection::vec(0usize..500, 0..12)) {
            for unit in [OffsetUnit::Utf16, OffsetUnit::Chars] {
                // The start of the character an offset falls in, or the end.
                let want: Vec<usize> = offs.iter().map(|&o| {
                    let t = (0..=o.min(text.len())).rev().find(|&t| text.is_char_boundary(t)).unwrap_or(0);
                    if unit == OffsetUnit::Utf16 { text[..t].encode_utf16().count() } else { text[..t].chars().count() }
                }).collect();
                let mut got = offs.clone();
                let mut refs: Vec<&mut usize> = got.iter_mut().collect();
                convert(&text, &mut refs, unit);
                prop_assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn astral_and_end() {
        let text = "a😀b";
        let mut offs = [5usize, 0, 6, 1];
        let mut refs: Vec<&mut usize> = offs.iter_mut().collect();
        convert(text, &mut refs, OffsetUnit::Utf16);
        assert_eq!(offs, [3, 0, 4, 1]);
    }
}
