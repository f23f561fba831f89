//! ClaimBuster's check-worthy sentences (`../shared/data/claimbuster`, CC BY 4.0), as the
//! prior's training (`examples/train_prior.rs`) and the suggestions' benchmark
//! (`benches/suggest.rs`) both read them: every sentence once, in the order of its id (ids
//! rise with the debate's date), split into the earlier debates the prior learns from and the
//! latest third it never sees.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize, Clone)]
pub struct Sentence {
    pub sentence_id: u64,
    /// 1: a check-worthy factual claim; 0: not.
    pub label: u8,
    pub text: String,
}

impl Sentence {
    pub fn claim(&self) -> bool {
        self.label == 1
    }
}

/// Every sentence of the three files, once each (they share their check-worthy sentences).
pub fn read(folder: &Path) -> Vec<Sentence> {
    let mut all = BTreeMap::new();
    for name in ["kfold_20ncs.json", "kfold_25ncs.json", "kfold_30ncs.json"] {
        let text = std::fs::read(folder.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let sentences: Vec<Sentence> =
            serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        for s in sentences {
            all.insert(s.sentence_id, s);
        }
    }
    all.into_values().collect()
}

/// The earlier debates (two thirds) and the latest third.
pub fn split(all: &[Sentence]) -> (&[Sentence], &[Sentence]) {
    all.split_at(all.len() * 2 / 3)
}

/// A fixed shuffle (xorshift), so that every run and every tool sees the same order.
pub fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        items.swap(i, (seed % (i as u64 + 1)) as usize);
    }
}

/// Average precision of ranking by score, highest first: the mean, over the claims, of the
/// share of claims among the sentences ranked down to each one.
pub fn average_precision(scored: &[(f32, bool)]) -> f64 {
    let mut ranked = scored.to_vec();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut hits, mut sum) = (0usize, 0.0f64);
    for (rank, (_, claim)) in ranked.iter().enumerate() {
        if *claim {
            hits += 1;
            sum += hits as f64 / (rank + 1) as f64;
        }
    }
    sum / hits.max(1) as f64
}
