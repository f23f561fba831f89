//! Suggestions: a score for every sentence of how likely it is a claim, from a prior bundled
//! with Sift (trained on ClaimBuster's check-worthy sentences, `prior`), and a model of the
//! reader's own three labels that learns from each label as it is set (`model`); the record of
//! how often the suggestions matched (`tally`); and the two orders to work through them in.
//! Everything here is plain data and arithmetic: it runs in the background worker.

pub mod features;
pub mod model;
pub mod prior;
pub mod session;
pub mod tally;

pub use model::{likeliest, Model, Scores};
pub use prior::Prior;
pub use session::{Labelled, Suggester, Suggestions};
pub use tally::Tally;

/// The orders in which "next suggestion" goes through the unlabelled sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Order {
    /// The most likely claims first: a fact-checker's triage.
    #[default]
    LikelyClaims,
    /// The sentences the model is least sure of first (smallest margin between its two most
    /// likely labels): the labels that teach it most.
    LeastSure,
}

impl Order {
    pub const ALL: [Order; 2] = [Order::LikelyClaims, Order::LeastSure];

    pub fn title(self) -> &'static str {
        match self {
            Order::LikelyClaims => "Likely claims first",
            Order::LeastSure => "Least sure first",
        }
    }

    /// The stored name of the order.
    pub fn as_str(self) -> &'static str {
        match self {
            Order::LikelyClaims => "likely-claims",
            Order::LeastSure => "least-sure",
        }
    }

    pub fn from_name(name: &str) -> Option<Order> {
        Order::ALL.into_iter().find(|o| o.as_str() == name)
    }

    /// How far up the order a sentence with these scores goes: smaller comes first.
    fn key(self, scores: &Scores) -> f32 {
        match self {
            Order::LikelyClaims => -scores.claim(),
            Order::LeastSure => scores.margin(),
        }
    }
}

/// The sentences in `candidates` in `order`, ties by position in the text.
pub fn ranked(
    order: Order,
    scores: &[Scores],
    candidates: impl Iterator<Item = usize>,
) -> Vec<usize> {
    let mut ranked: Vec<usize> = candidates.filter(|&i| i < scores.len()).collect();
    ranked.sort_unstable_by(|&a, &b| {
        order
            .key(&scores[a])
            .total_cmp(&order.key(&scores[b]))
            .then(a.cmp(&b))
    });
    ranked
}

/// The sentence after `from` in `ranking` (the first when `from` is not in it, or is last:
/// the order wraps around, as "next unlabelled" does).
pub fn next_in(ranking: &[usize], from: Option<usize>) -> Option<usize> {
    let after = from
        .and_then(|from| ranking.iter().position(|&i| i == from))
        .map_or(0, |at| at + 1);
    ranking.get(after).or(ranking.first()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores(claim: f32, fact: f32) -> Scores {
        Scores::new([claim, fact, 1.0 - claim - fact])
    }

    #[test]
    fn likely_claims_come_first_and_least_sure_by_margin() {
        let all = [
            scores(0.2, 0.7),
            scores(0.9, 0.05),
            scores(0.4, 0.35),
            scores(0.5, 0.1),
        ];
        assert_eq!(ranked(Order::LikelyClaims, &all, 0..4), vec![1, 3, 2, 0]);
        // Margins: 0.5, 0.85, 0.05, 0.1.
        assert_eq!(ranked(Order::LeastSure, &all, 0..4), vec![2, 3, 0, 1]);
        assert_eq!(
            ranked(Order::LikelyClaims, &all, [0, 2].into_iter()),
            vec![2, 0]
        );
    }

    #[test]
    fn next_goes_down_the_ranking_and_wraps() {
        let ranking = [4, 1, 7];
        assert_eq!(next_in(&ranking, None), Some(4));
        assert_eq!(next_in(&ranking, Some(4)), Some(1));
        assert_eq!(next_in(&ranking, Some(7)), Some(4));
        assert_eq!(next_in(&ranking, Some(3)), Some(4));
        assert_eq!(next_in(&[], Some(3)), None);
    }
}
