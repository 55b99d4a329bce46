//! Hunts for worse-than-linear running time: the input is repeated to about 200 KB, and
//! analysing it must not take much longer per byte than the input itself repeated to 25 KB.
//! Run with `-timeout=10`; a finding here is an input whose cost grows faster than its size.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::time::Instant;

fn time(text: &str) -> f64 {
    (0..3)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(pressmark::analyze(text));
            t.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

fuzz_target!(|seed: &str| {
    if seed.is_empty() || seed.len() > 512 {
        return;
    }
    let small = seed.repeat(25_000 / seed.len() + 1);
    let large = seed.repeat(200_000 / seed.len() + 1);
    let (ts, tl) = (time(&small), time(&large));
    // 8x the text; allow 4x that for noise before calling it superlinear.
    if ts > 2e-4 {
        assert!(tl / ts < 32.0, "superlinear: {} bytes {ts:.4}s, {} bytes {tl:.4}s", small.len(), large.len());
    }
});
