//! The prior bundled with Sift: a logistic regression of "is this a check-worthy claim?" over
//! the same hashed features, trained at build time on ClaimBuster's sentences from US
//! presidential debates (`examples/train_prior.rs`, CC BY 4.0: see the README) and shipped as
//! `assets/claim-prior.bin`, one signed byte per weight. It scores a sentence before the reader
//! has set a single label.

use serde::{Deserialize, Serialize};

use super::features::Features;

/// Weights in the prior: a smaller table than the reader's model, since it ships with the app
/// (one byte each, most of them zero after training, so it compresses well).
pub const DIM: usize = 1 << 16;

const FORMAT: &str = "sift-claim-prior";
const VERSION: u32 = 1;

/// The file as postcard writes it (serde's compact binary format).
#[derive(Serialize, Deserialize)]
struct File {
    format: String,
    version: u32,
    /// A weight is `scale × byte`.
    scale: f32,
    bias: f32,
    weights: Vec<i8>,
}

pub struct Prior {
    scale: f32,
    bias: f32,
    weights: Vec<i8>,
}

impl Prior {
    /// Rounds trained weights to one signed byte each (the largest to ±127).
    pub fn quantized(weights: &[f32], bias: f32) -> Prior {
        let largest = weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
        Prior {
            scale,
            bias,
            weights: weights.iter().map(|w| (w / scale).round() as i8).collect(),
        }
    }

    pub fn write(&self) -> Vec<u8> {
        postcard::to_allocvec(&File {
            format: FORMAT.into(),
            version: VERSION,
            scale: self.scale,
            bias: self.bias,
            weights: self.weights.clone(),
        })
        .expect("a prior is plain data")
    }

    /// Reads a prior written by `write`, checking that it is one and that its numbers are
    /// usable.
    pub fn read(bytes: &[u8]) -> Result<Prior, String> {
        let file: File = postcard::from_bytes(bytes).map_err(|e| format!("not a prior: {e}"))?;
        if file.format != FORMAT || file.version != VERSION {
            return Err(format!(
                "a prior of another format ({} {})",
                file.format, file.version
            ));
        }
        if file.weights.len() != DIM {
            return Err(format!(
                "a prior of {} weights, not {DIM}",
                file.weights.len()
            ));
        }
        if !(file.scale.is_finite() && file.scale > 0.0 && file.bias.is_finite()) {
            return Err("a prior whose scale or bias is not a number".into());
        }
        Ok(Prior {
            scale: file.scale,
            bias: file.bias,
            weights: file.weights,
        })
    }

    /// The log-odds that the sentence is a check-worthy claim.
    pub fn log_odds(&self, features: &Features) -> f32 {
        let sum: i32 = features
            .indices(DIM)
            .map(|i| i32::from(self.weights[i]))
            .sum();
        self.bias + self.scale * features.weight * sum as f32
    }
}

/// The prior shipped with this build.
pub fn bundled() -> Prior {
    Prior::read(include_bytes!("../../assets/claim-prior.bin"))
        .expect("the bundled prior is checked by its test")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_prior_reads_and_ranks_a_claim_above_small_talk() {
        let prior = bundled();
        let claim = prior.log_odds(&Features::of(
            "We have lost 700,000 jobs in America since last year.",
        ));
        let talk = prior.log_odds(&Features::of(
            "Thank you very much, it is good to be here tonight.",
        ));
        assert!(claim > talk, "{claim} ≤ {talk}");
    }

    #[test]
    fn a_written_prior_reads_back_and_bad_files_are_refused() {
        let mut weights = vec![0.0; DIM];
        weights[3] = 2.5;
        weights[9] = -1.25;
        let prior = Prior::quantized(&weights, -0.5);
        let back = Prior::read(&prior.write()).unwrap();
        assert_eq!(back.weights[3], 127);
        assert_eq!(back.weights[9], -64);
        assert_eq!(back.bias, -0.5);

        assert!(Prior::read(b"").is_err());
        assert!(Prior::read(&prior.write()[..100]).is_err());
        let short = Prior {
            weights: vec![0; 10],
            ..prior
        };
        assert!(Prior::read(&short.write())
            .err()
            .unwrap()
            .contains("10 weights"));
    }
}
