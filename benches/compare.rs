//! Comparing annotators, native: five readings of a 100 KB article, each with its own labels and
//! some sentences split in two, cut into common units and measured for agreement. The page
//! runs the same code in wasm, about twice as slow; its budget is 200 ms from files to figures.
//! Run with `cargo bench --bench compare`.

mod news;

use std::hint::black_box;
use std::time::Instant;

use sift::compare::agreement::{alpha, cohen, fleiss, pairwise};
use sift::compare::{units, Reading, CATEGORIES};
use sift::model::Label;
use sift::segment::{segment, Span};

const RUNS: usize = 9;
const READERS: usize = 5;

fn main() {
    let text = news::article(100 * 1024, 7);
    let base = segment(&text).sentences;
    // Each reader labels by a rule of its own and splits every 40th sentence at its middle.
    let readings: Vec<(Vec<Span>, Vec<Option<Label>>)> = (0..READERS)
        .map(|r| {
            let mut spans = Vec::new();
            for (i, s) in base.iter().enumerate() {
                let middle = (s.start..s.end)
                    .skip((s.end - s.start) / 2)
                    .find(|&b| text.is_char_boundary(b) && text.as_bytes()[b] == b' ');
                match middle {
                    Some(m) if (i + r) % 40 == 0 => {
                        spans.push(Span::new(s.start, m));
                        spans.push(Span::new(m + 1, s.end));
                    }
                    _ => spans.push(*s),
                }
            }
            let labels = (0..spans.len())
                .map(|i| CATEGORIES[(i * (r + 3) / 7 + i % (r + 2)) % 4])
                .collect();
            (spans, labels)
        })
        .collect();
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let views: Vec<Reading> = readings
                .iter()
                .map(|(spans, labels)| Reading { spans, labels })
                .collect();
            let found = units(&text, &views);
            let column = |r: usize| found.ratings.iter().map(|u| u[r]).collect::<Vec<_>>();
            black_box(cohen(&column(0), &column(1), 4));
            black_box(fleiss(&found.ratings, 4));
            black_box(alpha(&found.ratings, 4));
            black_box(pairwise(&found.ratings, 4));
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "compare {READERS} readings of 100 KB ({} sentences each): units and every figure, median {:.1} ms",
        base.len(),
        times[RUNS / 2] * 1e3
    );
}
