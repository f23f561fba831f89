//! Suggestions: how well they rank claims as labels come in (the learning curve), and how fast
//! the model learns and scores. Measured on one of two data sets the bundled prior never saw:
//! - `claimbuster` (the default): the latest third of ClaimBuster's debates, held out of the
//!   prior's training; a fixed shuffle of them gives 1,000 sentences to label and the rest to
//!   rank.
//! - `checkthat` (`SUGGEST_EVAL=checkthat`, with `CHECKTHAT` naming its `data/` folder): another
//!   data set, CLEF 2019 CheckThat! Task 1; 1,000 labels from a fixed shuffle of its training
//!   debates, and its test debates to rank.
//!
//! With n labels, the model has learned the first n one at a time, as a reader would set them
//! (check-worthy as claim, the rest as context), and ranks the rest by its claim score;
//! scikit-learn's TF-IDF logistic regression gets the same n labels
//! (`benches/suggest_sklearn.py` reads them from `target/suggest/<data set>.json`).

use std::path::Path;
use std::time::Instant;

use sift::model::Label;
use sift::suggest::features::Features;
use sift::suggest::{prior, Model};

#[path = "common/checkthat.rs"]
mod checkthat;
#[path = "common/claimbuster.rs"]
mod claimbuster;
use claimbuster::{average_precision, read, shuffle, split, Sentence};

const LABELS: [usize; 6] = [0, 25, 50, 100, 200, 1000];
const POOL: usize = 1000;

fn main() {
    let folder =
        std::env::var("CLAIMBUSTER").unwrap_or_else(|_| "../shared/data/claimbuster".into());
    let all = read(Path::new(&folder));
    let (_, held_out) = split(&all);
    let data = std::env::var("SUGGEST_EVAL").unwrap_or_else(|_| "claimbuster".into());
    let (pool, test) = match data.as_str() {
        "claimbuster" => {
            let mut held_out = held_out.to_vec();
            shuffle(&mut held_out, 0x9e37_79b9_7f4a_7c15);
            let test = held_out.split_off(POOL);
            (held_out, test)
        }
        "checkthat" => {
            let folder = std::env::var("CHECKTHAT").expect("CHECKTHAT names the data/ folder");
            let (mut pool, test) = checkthat::read(Path::new(&folder), &all);
            shuffle(&mut pool, 0x9e37_79b9_7f4a_7c15);
            pool.truncate(POOL);
            (pool, test)
        }
        other => panic!("SUGGEST_EVAL is claimbuster or checkthat, not {other}"),
    };
    write_split(&data, &pool, &test);

    let prior = prior::bundled();
    let seen = |s: &Sentence| {
        let f = Features::of(&s.text);
        let p = prior.log_odds(&f);
        (f, p)
    };
    println!("DATA {data}");
    let pool: Vec<_> = pool.iter().map(|s| (seen(s), s.claim())).collect();
    let test: Vec<_> = test.iter().map(|s| (seen(s), s.claim())).collect();
    let claims = test.iter().filter(|t| t.1).count();
    println!(
        "{} held-out sentences to rank ({} claims, chance {:.3}); labels from {} more",
        test.len(),
        claims,
        claims as f64 / test.len() as f64,
        pool.len()
    );
    // With the prior, as Sift runs; and from the labels alone (the prior's score left out),
    // which shows the learner itself against scikit-learn's.
    for (name, with_prior) in [("SIFT", true), ("SIFT-LABELS-ONLY", false)] {
        for n in LABELS {
            let prior = |p: f32| if with_prior { p } else { 0.0 };
            let mut model = Model::default();
            for ((f, p), claim) in &pool[..n] {
                model.learn(
                    f,
                    prior(*p),
                    if *claim { Label::Claim } else { Label::Context },
                );
            }
            let scored: Vec<(f32, bool)> = test
                .iter()
                .map(|((f, p), c)| (model.scores(f, prior(*p)).claim(), *c))
                .collect();
            println!("{name} {n} {:.3}", average_precision(&scored));
        }
    }

    // Speed: one label learned; a 1 MB article's 8,500 sentences scored; 5,000 labels learned
    // from scratch (a reload of a large library), features included.
    let texts: Vec<&str> = all
        .iter()
        .map(|s| s.text.as_str())
        .cycle()
        .take(8_500)
        .collect();
    let started = Instant::now();
    let features: Vec<(Features, f32)> = texts
        .iter()
        .map(|t| {
            let f = Features::of(t);
            let p = prior.log_odds(&f);
            (f, p)
        })
        .collect();
    let reading = started.elapsed();
    let mut model = Model::default();
    let started = Instant::now();
    for (i, (f, p)) in features.iter().take(5_000).enumerate() {
        model.learn(f, *p, Label::ALL[i % 3]);
    }
    let rebuild = started.elapsed();
    let started = Instant::now();
    let total: f32 = features
        .iter()
        .map(|(f, p)| model.scores(f, *p).claim())
        .sum();
    let scoring = started.elapsed();
    let started = Instant::now();
    model.learn(&features[0].0, features[0].1, Label::Fact);
    let update = started.elapsed();
    assert!(total.is_finite());
    println!(
        "SPEED features of 8,500 sentences {:.1} ms; learning 5,000 labels {:.1} ms; scoring 8,500 {:.1} ms; one label {:.3} ms",
        reading.as_secs_f64() * 1e3,
        (rebuild.as_secs_f64() + reading.as_secs_f64() * 5_000.0 / 8_500.0) * 1e3,
        scoring.as_secs_f64() * 1e3,
        update.as_secs_f64() * 1e3
    );
}

/// The labels and the sentences to rank, for scikit-learn.
fn write_split(data: &str, pool: &[Sentence], test: &[Sentence]) {
    let row = |s: &Sentence| serde_json::json!({ "text": s.text, "claim": s.claim() });
    let split = serde_json::json!({
        "pool": pool.iter().map(row).collect::<Vec<_>>(),
        "test": test.iter().map(row).collect::<Vec<_>>(),
        "labels": LABELS,
    });
    std::fs::create_dir_all("target/suggest").expect("target/ can be written");
    std::fs::write(format!("target/suggest/{data}.json"), split.to_string())
        .expect("target/ can be written");
}
