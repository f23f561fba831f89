//! Splitter throughput, native: MB/s on 1 MB and 10 MB of generated news text, and how the
//! cost grows from one to the other. Run with `cargo bench --bench segment`.

mod news;

use std::hint::black_box;
use std::time::Instant;

use sift::segment::segment;

const RUNS: usize = 9;

fn main() {
    let mut per_size = Vec::new();
    for (label, bytes) in [("1 MB", 1 << 20), ("10 MB", 10 << 20)] {
        let text = news::article(bytes, 7);
        let sentences = segment(&text).sentences.len();
        let mut times: Vec<f64> = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                black_box(segment(black_box(&text)));
                start.elapsed().as_secs_f64()
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[RUNS / 2];
        let mb = text.len() as f64 / (1 << 20) as f64;
        let mb_per_s = mb / median;
        let flag = if mb_per_s < 50.0 { "  MISSED" } else { "" };
        println!(
            "segment {label:>5}: {sentences:>7} sentences, median {:>7.1} ms, {mb_per_s:>6.1} MB/s (budget ≥ 50 MB/s){flag}",
            median * 1e3,
        );
        per_size.push(median);
    }
    // Inputs built to defeat a splitter that looks back or ahead too far: each must cost about
    // what 1 MB of prose costs.
    let adversarial = [
        ("abbreviations", "U.S. ".repeat(200_000)),
        ("dotted token", "a.".repeat(500_000)),
        (
            "nested parentheses",
            "(".repeat(500_000) + &")".repeat(500_000),
        ),
        ("bullets", "• a ".repeat(250_000)),
        ("list markers", "1. 2. ".repeat(170_000)),
        ("spaced dots", ". ".repeat(500_000)),
    ];
    for (name, text) in adversarial {
        let start = Instant::now();
        black_box(segment(black_box(&text)));
        println!(
            "adversarial {name:>18}: {:>7.1} ms for {:.1} MB",
            start.elapsed().as_secs_f64() * 1e3,
            text.len() as f64 / (1 << 20) as f64
        );
    }
    let growth = per_size[1] / per_size[0];
    let flag = if growth > 11.0 { "  MISSED" } else { "" };
    println!("cost growth 1 MB → 10 MB: {growth:.1}× (budget ≤ 11×){flag}");
}
