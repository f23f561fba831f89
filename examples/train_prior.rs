//! Trains the claim prior bundled with Sift (`src/suggest/prior.rs`) from ClaimBuster's
//! check-worthy sentences (CC BY 4.0; see the README) and writes `assets/claim-prior.bin`.
//! The sentences of the latest debates (the highest sentence ids, a third of them) are left
//! out of training: `benches/suggest.rs` measures on them. Deterministic: the same data gives
//! the same file.
//!
//! cargo run --release --example train_prior -- ../shared/data/claimbuster assets/claim-prior.bin

use std::path::Path;

use sift::suggest::features::Features;
use sift::suggest::prior::{Prior, DIM};

#[path = "../benches/common/claimbuster.rs"]
mod claimbuster;
use claimbuster::{average_precision, read, shuffle, split};

/// Passes over the training sentences.
const EPOCHS: usize = 12;
const RATE: f32 = 0.5;
/// Weight decay per pass, which also zeroes the weights of features seen once or twice.
const DECAY: f32 = 2e-4;
/// Weights kept (see `keep_largest`): 24,000 of 65,536 rank the held-out debates with average
/// precision 0.70 against 0.72 for all of them, in 32 KB gzipped instead of 51 KB.
const KEPT: usize = 24_000;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, out] = args.as_slice() else {
        eprintln!("usage: train_prior <claimbuster folder> <output file>");
        std::process::exit(2);
    };
    let all = read(Path::new(data));
    let (train, held_out) = split(&all);
    let examples: Vec<(Features, bool)> = train
        .iter()
        .map(|s| (Features::of(&s.text), s.claim()))
        .collect();

    let mut weights = vec![0.0f32; DIM];
    let mut squares = vec![0.0f32; DIM];
    let (mut bias, mut bias_square) = (0.0f32, 0.0f32);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for epoch in 0..EPOCHS {
        shuffle(&mut order, 0x2545_f491_4f6c_dd1d + epoch as u64);
        for &i in &order {
            let (features, claim) = &examples[i];
            let z = bias + features.weight * features.indices(DIM).map(|j| weights[j]).sum::<f32>();
            let error = sigmoid(z) - if *claim { 1.0 } else { 0.0 };
            if error == 0.0 {
                continue;
            }
            bias_square += error * error;
            bias -= RATE * error / bias_square.sqrt();
            for j in features.indices(DIM) {
                let g = error * features.weight;
                squares[j] += g * g;
                weights[j] -= RATE * g / squares[j].sqrt();
            }
        }
        for w in &mut weights {
            *w *= 1.0 - DECAY * examples.len() as f32 / 100.0;
        }
    }
    keep_largest(&mut weights, KEPT);
    let prior = Prior::quantized(&weights, bias);
    let bytes = prior.write();
    std::fs::write(out, &bytes).expect("the output file can be written");

    let prior = Prior::read(&bytes).expect("what was written reads back");
    let scored: Vec<(f32, bool)> = held_out
        .iter()
        .map(|s| (prior.log_odds(&Features::of(&s.text)), s.claim()))
        .collect();
    let claims = held_out.iter().filter(|s| s.claim()).count();
    println!(
        "trained on {} sentences ({} claims); {} bytes; held out {} ({} claims): average precision {:.3} (chance {:.3})",
        train.len(),
        train.iter().filter(|s| s.claim()).count(),
        bytes.len(),
        held_out.len(),
        claims,
        average_precision(&scored),
        claims as f64 / held_out.len() as f64,
    );
}

/// Zeroes all but the `kept` largest weights: the rest add little to the ranking and much to
/// the file, which ships with the app.
fn keep_largest(weights: &mut [f32], kept: usize) {
    let mut sizes: Vec<f32> = weights.iter().map(|w| w.abs()).collect();
    sizes.sort_by(|a, b| b.total_cmp(a));
    let Some(&least) = sizes.get(kept) else {
        return;
    };
    for w in weights.iter_mut().filter(|w| w.abs() <= least) {
        *w = 0.0;
    }
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}
