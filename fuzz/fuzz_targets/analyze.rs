//! Any UTF-8 text: no panic, and every span in bounds and on char boundaries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let a = pressmark::analyze(text);
    let mut spans = Vec::new();
    for q in &a.quotes {
        spans.push(q.span());
        spans.extend(q.mention);
        spans.extend(q.cue);
        assert!(q.mention.is_none_or(|m| !m.overlaps(q.span())));
    }
    for e in &a.entities {
        spans.extend(e.mentions.iter().copied());
    }
    for r in &a.reported {
        spans.extend([r.span(), r.mention, r.cue]);
    }
    spans.extend(a.numbers.iter().map(|n| n.span()));
    spans.extend(a.dates.iter().map(|d| d.span()));
    for s in spans {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    assert!(a.numbers.windows(2).all(|w| w[0].end <= w[1].start));
    assert!(a.dates.windows(2).all(|w| w[0].end <= w[1].start));
});
