//! Splitter throughput in the browser (wasm32, headless Chromium): MB/s on the same 1 MB and
//! 10 MB news text as the native benchmark. A benchmark, not a test: it reports and never fails
//! on a slow machine. Run by `scripts/bench`.
#![cfg(target_arch = "wasm32")]

#[path = "../benches/news.rs"]
mod news;

use sift::segment::segment;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

#[wasm_bindgen_test]
fn segment_throughput_in_wasm() {
    const RUNS: usize = 7;
    let mut medians = Vec::new();
    // Warm up on the larger text so the engine tiers the code up to its optimising compiler
    // before anything is timed.
    let warm = news::article(10 << 20, 11);
    for _ in 0..3 {
        std::hint::black_box(segment(&warm));
    }
    for (label, bytes) in [("1 MB", 1 << 20), ("10 MB", 10 << 20)] {
        let text = news::article(bytes, 7);
        let sentences = segment(&text).sentences.len();
        let mut times: Vec<f64> = (0..RUNS)
            .map(|_| {
                let start = now_ms();
                std::hint::black_box(segment(std::hint::black_box(&text)));
                now_ms() - start
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[RUNS / 2];
        let mb_per_s = text.len() as f64 / (1 << 20) as f64 / (median / 1e3);
        let flag = if mb_per_s < 25.0 { "  MISSED" } else { "" };
        console_log!(
            "BENCH wasm segment {label:>5}: {sentences:>7} sentences, median {median:>7.1} ms (min {:.1}, max {:.1}), {mb_per_s:>6.1} MB/s (budget ≥ 25 MB/s){flag}",
            times[0],
            times[RUNS - 1]
        );
        medians.push(median);
    }
    let growth = medians[1] / medians[0];
    let flag = if growth > 11.0 { "  MISSED" } else { "" };
    console_log!("BENCH wasm cost growth 1 MB → 10 MB: {growth:.1}× (budget ≤ 11×){flag}");
}
