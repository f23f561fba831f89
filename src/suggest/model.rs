//! The reader's model: a multinomial logistic regression over the hashed features of a
//! sentence and the prior's claim score, learning from each label as it is set (AdaGrad: each
//! weight's step shrinks with the updates it has had, so that rare features learn fast and
//! common ones settle). Until it has learned anything, its claim scores follow the prior.

use super::features::Features;
use crate::model::Label;

/// Weights per label: enough that collisions between the hashes of a reader's vocabulary
/// are rare (a library of 5,000 articles has about 200,000 distinct features).
pub const DIM: usize = 1 << 18;

/// The step of AdaGrad's first update of a weight. Small, so that a few labels refine the
/// prior's ranking rather than overturn it: on held-out debates (`benches/suggest.rs`) 0.05
/// keeps average precision at 0.70 through the first 200 labels, where 0.5 drops it to 0.53.
const RATE: f32 = 0.05;

/// A sentence's probabilities of claim, fact and context, in that order; they sum to 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores([f32; 3]);

impl Scores {
    pub fn new(p: [f32; 3]) -> Scores {
        Scores(p)
    }

    pub fn of(&self, label: Label) -> f32 {
        self.0[index(label)]
    }

    pub fn claim(&self) -> f32 {
        self.0[0]
    }

    /// The most likely label and its probability.
    pub fn best(&self) -> (Label, f32) {
        Label::ALL
            .into_iter()
            .map(|l| (l, self.of(l)))
            .fold(
                (Label::Claim, f32::MIN),
                |a, b| if b.1 > a.1 { b } else { a },
            )
    }

    /// How far the most likely label is ahead of the next: small when the model is unsure.
    pub fn margin(&self) -> f32 {
        let mut p = self.0;
        p.sort_by(|a, b| b.total_cmp(a));
        p[0] - p[1]
    }

    /// The probabilities in thousandths, summing to exactly 1,000 (the largest remainders
    /// rounded up), as `data-scores` shows them.
    pub fn thousandths(&self) -> [u16; 3] {
        let scaled = self.0.map(|p| p.clamp(0.0, 1.0) * 1000.0);
        let mut whole = scaled.map(|p| p.floor() as u16);
        let mut order = [0, 1, 2];
        order.sort_by(|&a, &b| {
            (scaled[b] - scaled[b].floor()).total_cmp(&(scaled[a] - scaled[a].floor()))
        });
        let short = 1000u16.saturating_sub(whole.iter().sum());
        for &i in order.iter().take(short as usize) {
            whole[i] += 1;
        }
        whole
    }
}

/// The likeliest label of scores in thousandths (the first of a tie) and its probability in
/// whole per cent: the label Sift suggests, as shown and as `a` accepts it.
pub fn likeliest(thousandths: &[u16; 3]) -> (Label, u16) {
    let best = (0..3).fold(0, |b, k| {
        if thousandths[k] > thousandths[b] {
            k
        } else {
            b
        }
    });
    (Label::ALL[best], (thousandths[best] + 5) / 10)
}

fn index(label: Label) -> usize {
    match label {
        Label::Claim => 0,
        Label::Fact => 1,
        Label::Context => 2,
    }
}

/// The model: weights and AdaGrad's sums of squared steps, per feature and label.
pub struct Model {
    weights: Vec<[f32; 3]>,
    squares: Vec<[f32; 3]>,
    /// The bias per label and the weight of the prior's claim score (its log-odds) per label,
    /// with their sums of squares.
    bias: [f32; 3],
    bias_squares: [f32; 3],
    prior: [f32; 3],
    prior_squares: [f32; 3],
    /// How many labels of each kind it has learned from.
    counts: [usize; 3],
}

impl Default for Model {
    fn default() -> Model {
        Model {
            weights: vec![[0.0; 3]; DIM],
            squares: vec![[0.0; 3]; DIM],
            bias: [0.0; 3],
            bias_squares: [0.0; 3],
            // Claim scores follow the prior until the reader's labels say otherwise.
            prior: [1.0, 0.0, 0.0],
            prior_squares: [0.0; 3],
            counts: [0; 3],
        }
    }
}

impl Model {
    /// How many labels it has learned from.
    pub fn learned(&self) -> usize {
        self.counts.iter().sum()
    }

    /// The label it has learned most often (claim if none yet): what a model that always
    /// answers the same would answer.
    pub fn most_common(&self) -> Label {
        Label::ALL.into_iter().fold(Label::Claim, |a, b| {
            if self.counts[index(b)] > self.counts[index(a)] {
                b
            } else {
                a
            }
        })
    }

    /// The sentence's probabilities, given its features and the prior's log-odds of a claim.
    pub fn scores(&self, features: &Features, prior: f32) -> Scores {
        let mut z: [f32; 3] = std::array::from_fn(|k| self.bias[k] + self.prior[k] * prior);
        for i in features.indices(DIM) {
            for (z, w) in z.iter_mut().zip(self.weights[i]) {
                *z += w * features.weight;
            }
        }
        softmax(z)
    }

    /// Learns that the sentence is a `label`: one step of AdaGrad on the log-loss.
    pub fn learn(&mut self, features: &Features, prior: f32, label: Label) {
        let p = self.scores(features, prior).0;
        let target = index(label);
        let step = |w: &mut f32, square: &mut f32, gradient: f32| {
            if gradient != 0.0 {
                *square += gradient * gradient;
                *w -= RATE * gradient / square.sqrt();
            }
        };
        for (k, p) in p.into_iter().enumerate() {
            let error = p - if k == target { 1.0 } else { 0.0 };
            step(&mut self.bias[k], &mut self.bias_squares[k], error);
            step(
                &mut self.prior[k],
                &mut self.prior_squares[k],
                error * prior,
            );
            if features.weight != 0.0 {
                for i in features.indices(DIM) {
                    step(
                        &mut self.weights[i][k],
                        &mut self.squares[i][k],
                        error * features.weight,
                    );
                }
            }
        }
        self.counts[target] += 1;
    }
}

fn softmax(z: [f32; 3]) -> Scores {
    let top = z.iter().copied().fold(f32::MIN, f32::max);
    let e = z.map(|v| (v - top).exp());
    let sum: f32 = e.iter().sum();
    Scores(e.map(|v| v / sum))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn before_any_label_claim_scores_follow_the_prior() {
        let model = Model::default();
        let f = Features::of("Unemployment fell to 4.1 per cent last year.");
        let likely = model.scores(&f, 2.0);
        let unlikely = model.scores(&f, -2.0);
        assert!(likely.claim() > unlikely.claim());
        assert_eq!(likely.of(Label::Fact), likely.of(Label::Context));
        assert_eq!(model.learned(), 0);
    }

    #[test]
    fn it_learns_each_label_as_it_comes() {
        let mut model = Model::default();
        let examples = [
            (
                "The mayor said taxes will fall by half next year.",
                Label::Claim,
            ),
            (
                "The council meets on Tuesdays at the town hall.",
                Label::Fact,
            ),
            (
                "It was a cold, grey morning by the harbour.",
                Label::Context,
            ),
        ];
        for _ in 0..3 {
            for (text, label) in examples {
                model.learn(&Features::of(text), 0.0, label);
            }
        }
        for (text, label) in examples {
            assert_eq!(
                model.scores(&Features::of(text), 0.0).best().0,
                label,
                "{text}"
            );
        }
        assert_eq!(model.learned(), 9);
        assert_eq!(model.most_common(), Label::Claim);
        model.learn(&Features::of("Another fact."), 0.0, Label::Fact);
        assert_eq!(model.most_common(), Label::Fact);
        // A sentence like the claim, never seen, leans to claim.
        let like = model.scores(
            &Features::of("The mayor said rents will fall next year."),
            0.0,
        );
        assert_eq!(like.best().0, Label::Claim);
    }

    #[test]
    fn thousandths_always_sum_to_a_thousand() {
        for p in [
            [1.0 / 3.0; 3],
            [0.8124, 0.1027, 0.0849],
            [1.0, 0.0, 0.0],
            [0.4995, 0.4995, 0.001],
        ] {
            let t = Scores::new(p).thousandths();
            assert_eq!(t.iter().sum::<u16>(), 1000, "{p:?} → {t:?}");
        }
        assert_eq!(
            Scores::new([0.8124, 0.1027, 0.0849]).thousandths(),
            [812, 103, 85]
        );
    }
}
