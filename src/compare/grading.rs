//! Grading annotators against a key: accuracy, κ against the key, and precision, recall and F1
//! for each label, over the units both rated.

use super::agreement::{cohen, percent, Figure};

/// How one label fares against the key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelScore {
    /// The label's category (never 0, "unlabelled").
    pub category: usize,
    pub precision: Figure,
    pub recall: Figure,
    pub f1: Figure,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Grade {
    /// How many units both the key and the annotator rated.
    pub compared: usize,
    pub accuracy: Figure,
    pub kappa: Figure,
    /// Categories 1 to k − 1, in order.
    pub labels: Vec<LabelScore>,
}

/// `answers` graded against `key`, both one rating per unit, categories `0..k` (0: unlabelled).
pub fn grade(key: &[Option<usize>], answers: &[Option<usize>], k: usize) -> Grade {
    let both: Vec<(usize, usize)> = key
        .iter()
        .zip(answers)
        .filter_map(|(&x, &y)| Some((x?, y?)))
        .collect();
    let share = |part: usize, whole: usize, why: &'static str| {
        if whole == 0 {
            Figure::Undefined(why)
        } else {
            Figure::Value(part as f64 / whole as f64)
        }
    };
    let labels = (1..k)
        .map(|category| {
            let given = both.iter().filter(|&&(_, a)| a == category).count();
            let expected = both.iter().filter(|&&(t, _)| t == category).count();
            let right = both
                .iter()
                .filter(|&&(t, a)| t == category && a == category)
                .count();
            let precision = share(right, given, "the annotator never gave this label");
            let recall = share(right, expected, "the key never gives this label");
            let f1 = match (precision, recall) {
                (Figure::Value(p), Figure::Value(r)) if p + r > 0.0 => {
                    Figure::Value(2.0 * p * r / (p + r))
                }
                (Figure::Value(_), Figure::Value(_)) => Figure::Value(0.0),
                (Figure::Undefined(why), _) | (_, Figure::Undefined(why)) => Figure::Undefined(why),
            };
            LabelScore {
                category,
                precision,
                recall,
                f1,
            }
        })
        .collect();
    Grade {
        compared: both.len(),
        accuracy: percent(key, answers),
        kappa: cohen(key, answers, k),
        labels,
    }
}

/// The category every annotator who rated the unit gave it, when there are at least two and
/// they all agree: a gold version starts from these.
pub fn consensus(ratings: &[Option<usize>]) -> Option<usize> {
    let mut given = ratings.iter().flatten();
    let first = *given.next()?;
    let mut count = 1;
    for &c in given {
        if c != first {
            return None;
        }
        count += 1;
    }
    (count >= 2).then_some(first)
}
