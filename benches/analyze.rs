//! Throughput of the native core on team-written news text (benches/texts/), short, long and
//! non-ASCII. Each benchmark first checks what the analysis finds, so a fast wrong answer fails.
//!
//!     cargo bench --bench analyze
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const HARBOUR: &str = include_str!("texts/harbour.txt");
const FESTIVAL: &str = include_str!("texts/festival.txt");

const EXPECTED: &str = include_str!("texts/expected.json");

/// [quotes, numbers, dates] that `texts/expected.json` records for `file`.
fn expected(file: &str) -> [usize; 3] {
    let v: serde_json::Value = serde_json::from_str(EXPECTED).expect("benches/texts/expected.json is JSON");
    let n = |i: usize| v[file][i].as_u64().unwrap_or_else(|| panic!("expected.json lacks {file}")) as usize;
    [n(0), n(1), n(2)]
}

/// `text` repeated (whole paragraphs) to at least `len` bytes, and how many copies that took.
fn grow(text: &str, len: usize) -> (String, usize) {
    let copies = len.div_ceil(text.len()).max(1);
    (text.repeat(copies), copies)
}

fn counts(text: &str) -> [usize; 3] {
    let a = pressmark::analyze(text);
    [a.quotes.len(), a.numbers.len(), a.dates.len()]
}

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("analyze");
    for (name, text) in [("harbour", HARBOUR), ("festival", FESTIVAL)] {
        let want = expected(&format!("{name}.txt"));
        for (label, len) in [("short", 0), ("100KB", 100 << 10), ("1MB", 1 << 20)] {
            let (big, copies) = grow(text, len);
            let got = counts(&big);
            assert_eq!(got, want.map(|n| n * copies), "{name} {label}: [quotes, numbers, dates] changed");
            g.throughput(Throughput::Bytes(big.len() as u64));
            g.bench_with_input(BenchmarkId::new(name, label), &big, |b, t| b.iter(|| pressmark::analyze(black_box(t))));
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
