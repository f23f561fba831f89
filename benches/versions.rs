//! Carrying work to a new version, native: a labelled 100 KB article and an edited version of
//! it (one sentence in 20 reworded, one in 30 removed, one in 25 inserted, two paragraphs
//! swapped), aligned and carried across. The budget is 100 ms for this in the page.
//! Then recognising that version among 500 stored articles by their sketches, and sketching a
//! 1 MB article (which every open of it does).
//! Run with `cargo bench --bench versions`.

mod news;

use std::hint::black_box;
use std::time::Instant;

use sift::model::Label;
use sift::segment::segment;
use sift::sketch::{new_version_of, sketch};
use sift::versions::carry;

const RUNS: usize = 9;

fn main() {
    let text = news::article(100 * 1024, 7);
    let old: Vec<&str> = segment(&text)
        .sentences
        .iter()
        .map(|s| s.of(&text))
        .collect();
    let labels: Vec<Option<Label>> = (0..old.len())
        .map(|i| {
            [
                None,
                Some(Label::Claim),
                Some(Label::Fact),
                Some(Label::Context),
            ][i % 4]
        })
        .collect();
    let notes = vec![None; old.len()];
    let mut edited: Vec<String> = Vec::new();
    for (i, s) in old.iter().enumerate() {
        if i % 25 == 0 {
            edited.push(format!("An update added sentence number {i} here."));
        }
        match i % 30 {
            0 => continue,
            _ if i % 20 == 0 => edited.push(s.replacen(' ', " newly ", 1)),
            _ => edited.push(s.to_string()),
        }
    }
    let third = edited.len() / 3;
    edited[third..2 * third].rotate_left(third / 2);
    let new: Vec<&str> = edited.iter().map(String::as_str).collect();

    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(carry(&old, &labels, &notes, &new));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let out = carry(&old, &labels, &notes, &new);
    let orphans = out.orphans.len();
    println!(
        "carry 100 KB ({} → {} sentences, {orphans} orphans): median {:.1} ms",
        old.len(),
        new.len(),
        median(&mut times)
    );

    // 499 other articles of the same kind and this one's first version, sketched as stored.
    let mut library: Vec<(String, Vec<u64>)> = (0..499)
        .map(|seed| {
            (
                format!("other-{seed}"),
                sketch(&news::article(10 * 1024, 100 + seed)),
            )
        })
        .collect();
    library.push(("first".into(), sketch(&text)));
    let pasted = edited.join(" ");
    let recognise = || {
        let stored = library.iter().map(|(id, s)| (id.as_str(), s.as_slice()));
        new_version_of(&sketch(&pasted), stored).map(|(id, r)| (id.to_string(), r))
    };
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(recognise());
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    let (found, resemblance) = recognise().expect("the first version is recognised");
    assert_eq!(found, "first");
    println!(
        "recognise a 100 KB new version among 500 articles (found with resemblance {resemblance:.2}): median {:.1} ms",
        median(&mut times)
    );

    let big = news::article(1024 * 1024, 9);
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(sketch(&big));
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    println!("sketch a 1 MB article: median {:.1} ms", median(&mut times));
}

fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}
