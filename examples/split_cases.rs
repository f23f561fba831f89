//! Scores the splitter on a file of cases: how many of each category split exactly as
//! expected, and which did not. `cargo run --example split_cases FILE [--failures]`.
//!
//! FILE is a JSON list of `{"category", "text", "sentences", "source"?}`, as
//! `tests/segment-cases.json` is; any other suite in that shape can be scored the same way.
//! Sentences are compared with each run of whitespace read as one space: a sentence is a span
//! of the text, so a line break inside it stays, where some suites expect a space.

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    category: String,
    text: String,
    sentences: Vec<String>,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: split_cases FILE [--failures]");
        std::process::exit(2);
    };
    let failures = args.any(|a| a == "--failures");
    let cases: Vec<Case> = match std::fs::read(&path)
        .map_err(|e| e.to_string())
        .and_then(|bytes| serde_json::from_slice(&bytes).map_err(|e| e.to_string()))
    {
        Ok(cases) => cases,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let mut by_category: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for case in &cases {
        let got: Vec<String> = sift::segment::sentence_texts(&case.text)
            .into_iter()
            .map(spaced)
            .collect();
        let expected: Vec<String> = case.sentences.iter().map(|s| spaced(s)).collect();
        let passed = got == expected;
        let tally = by_category.entry(&case.category).or_default();
        tally.0 += usize::from(passed);
        tally.1 += 1;
        if failures && !passed {
            println!(
                "FAIL [{}] {:?}\n  expected {:?}\n  got      {:?}",
                case.category, case.text, case.sentences, got
            );
        }
    }
    let (passed, total) = by_category
        .values()
        .fold((0, 0), |(p, t), (cp, ct)| (p + cp, t + ct));
    for (category, (p, t)) in &by_category {
        println!(
            "{category:<28} {p:>4} / {t:<4} {:>5.1}%",
            100.0 * *p as f64 / *t as f64
        );
    }
    println!(
        "{:<28} {passed:>4} / {total:<4} {:>5.1}%",
        "all",
        100.0 * passed as f64 / total.max(1) as f64
    );
}

/// `text` with each run of whitespace as one space.
fn spaced(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
