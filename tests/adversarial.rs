//! Inputs built to break a text analyser, generated here rather than stored. Each must keep
//! every invariant and take time in proportion to its size: we compare against ordinary text of
//! the same length (generous ratios, best of three runs, so a loaded machine does not flake,
//! while anything quadratic, which is thousands of times slower at these sizes, still fails).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::time::{Duration, Instant};

use pressmark::analyze;

fn best_of_3(text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(analyze(std::hint::black_box(text)));
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// `text` analyses in at most `ratio` times the time of news text of the same size, and keeps
/// every invariant.
fn linear_like_news(name: &str, text: &str, ratio: f64) {
    common::check(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    let baseline = best_of_3(&common::news(text.len())).max(Duration::from_millis(1));
    let t = best_of_3(text);
    let r = t.as_secs_f64() / baseline.as_secs_f64();
    eprintln!("{name}: {} bytes in {t:?}, {r:.2}x news text of the same size", text.len());
    assert!(r <= ratio, "{name}: {r:.1}x slower than news text of the same size ({t:?} vs {baseline:?})");
}

#[test]
fn unmatched_quote_marks() {
    // Every other mark closes a quotation here, 50,000 of them in 200 KB, and each is
    // attributed: some five times the work of news per byte, unloaded (6.6-6.9 on a machine
    // running three builds). Linear still; a quadratic pass would be thousands of times slower.
    linear_like_news("100,000 straight quotes", &"\" ".repeat(100_000), 16.0);
    linear_like_news("100,000 opening curly quotes", &"“a ".repeat(100_000), 8.0);
    linear_like_news("100,000 closing curly quotes on one line", &"b” ".repeat(100_000), 8.0);
    linear_like_news("quotes and apostrophes", &"' ’ ‘ \" x'".repeat(30_000), 8.0);
}

#[test]
fn deep_nesting_of_alternating_styles() {
    let opens = "“‘«‹„‚「『\"'".repeat(10_000);
    let closes: String = "』」‘„›»’”'\"".repeat(10_000);
    linear_like_news("deep nesting", &format!("{opens} said {closes}"), 8.0);
}

#[test]
fn a_megabyte_on_one_line() {
    let line = common::news(1 << 20).replace('\n', " ");
    linear_like_news("1 MB single line", &line, 8.0);
}

#[test]
fn line_ends_controls_and_scripts() {
    let base = common::news(200_000);
    linear_like_news("CRLF", &base.replace('\n', "\r\n"), 8.0);
    linear_like_news("lone CR", &base.replace('\n', "\r"), 8.0);
    linear_like_news("NUL and controls", &base.replace(' ', "\0 \u{7}\u{1b}[31m"), 8.0);
    let rtl = "قال المتحدث “سنعود” يوم الثلاثاء ١٢٣ e\u{301}\u{302}\u{303} \u{202e}reversed\u{202c} ".repeat(4_000);
    linear_like_news("RTL and combining marks", &rtl, 8.0);
    let emoji = "👩‍👩‍👧‍👦 🏳️‍🌈 “👍🏽,” 🇺🇦 said 3 👨‍🚀 ".repeat(5_000);
    linear_like_news("emoji ZWJ sequences", &emoji, 8.0);
}

#[test]
fn growth_is_linear() {
    let small = common::news(1 << 20);
    let large = common::news(8 << 20);
    let (ts, tl) = (best_of_3(&small), best_of_3(&large));
    let r = tl.as_secs_f64() / ts.as_secs_f64().max(1e-6);
    eprintln!("1 MB {ts:?}, 8 MB {tl:?}: ratio {r:.2} (8 is linear)");
    assert!(r < 8.0 * 2.0, "time grows faster than the input: 8x the text took {r:.1}x the time");
    let a = analyze(&large);
    assert!(a.quotes.len() > 10_000 && a.dates.len() > 10_000, "sane output on 8 MB of news");
}
