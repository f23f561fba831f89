//! The suggestions for the open document, as the background worker keeps them: the model
//! built from every label in the library, the document's sentences ready to score, and the
//! tally; each label the reader sets is recorded (what was suggested, before learning) and
//! then learned.

use serde::{Deserialize, Serialize};

use super::features::Features;
use super::prior::Prior;
use super::tally::{Outcome, Tally};
use super::Model;
use crate::model::{Document, Label};

/// A labelled sentence: what the model learns from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Labelled {
    pub text: String,
    pub label: Label,
}

impl Labelled {
    /// The labelled sentences of `doc` among `indices`, in order.
    pub fn of(
        doc: &Document,
        labels: &[Option<Label>],
        indices: impl Iterator<Item = usize>,
    ) -> Vec<Labelled> {
        indices
            .filter_map(|i| {
                Some(Labelled {
                    text: doc.sentence_text(i).to_string(),
                    label: labels.get(i).copied().flatten()?,
                })
            })
            .collect()
    }
}

/// What the page shows: every sentence's scores in thousandths (claim, fact, context), the
/// tally and how many labels the model has learned from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suggestions {
    pub scores: Vec<[u16; 3]>,
    pub tally: Tally,
    pub learned: usize,
}

pub struct Suggester {
    prior: Prior,
    /// The other documents' labels, learned first whenever the model is built.
    library: Vec<Labelled>,
    model: Model,
    tally: Tally,
    /// The open document's sentences: features and the prior's log-odds.
    sentences: Vec<(Features, f32)>,
}

impl Suggester {
    /// Learns every label of the other documents (`library`) and of this one (`labelled`), in
    /// order, and readies the document's sentences.
    pub fn new(
        prior: Prior,
        library: Vec<Labelled>,
        labelled: &[Labelled],
        tally: Tally,
        sentences: &[String],
    ) -> Suggester {
        let mut suggester = Suggester {
            prior,
            library,
            model: Model::default(),
            tally,
            sentences: Vec::new(),
        };
        suggester.relearn(labelled);
        suggester.sentences = sentences.iter().map(|s| suggester.read(s)).collect();
        suggester
    }

    /// Builds the model anew from the library and this document's labels as they now are
    /// (after a label was taken back or changed: an online model cannot unlearn one).
    pub fn relearn(&mut self, labelled: &[Labelled]) {
        let mut model = Model::default();
        for l in self.library.iter().chain(labelled) {
            let (features, prior) = self.read(&l.text);
            model.learn(&features, prior, l.label);
        }
        self.model = model;
    }

    fn read(&self, text: &str) -> (Features, f32) {
        let features = Features::of(text);
        let prior = self.prior.log_odds(&features);
        (features, prior)
    }

    /// The reader set these labels: each is first scored against what the model would have
    /// suggested (and what the most common label would have been), then learned.
    pub fn learn(&mut self, labelled: &[Labelled]) {
        for l in labelled {
            let (features, prior) = self.read(&l.text);
            let suggested = self.model.scores(&features, prior).best().0;
            self.tally.record(Outcome {
                suggested,
                common: self.model.most_common(),
                set: l.label,
            });
            self.model.learn(&features, prior, l.label);
        }
    }

    pub fn suggestions(&self) -> Suggestions {
        Suggestions {
            scores: self
                .sentences
                .iter()
                .map(|(f, p)| self.model.scores(f, *p).thousandths())
                .collect(),
            tally: self.tally.clone(),
            learned: self.model.learned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::prior::bundled;

    fn labelled(text: &str, label: Label) -> Labelled {
        Labelled {
            text: text.into(),
            label,
        }
    }

    #[test]
    fn the_library_is_learned_and_each_new_label_is_tallied_before_it_is_learned() {
        let library = vec![labelled(
            "Taxes rose by 5 per cent last year.",
            Label::Claim,
        )];
        let sentences = [
            "The ferry runs at night.".to_string(),
            "Fares will double, he said.".to_string(),
        ];
        let mut suggester = Suggester::new(bundled(), library, &[], Tally::default(), &sentences);
        let before = suggester.suggestions();
        assert_eq!(before.learned, 1);
        assert_eq!(before.scores.len(), 2);
        assert!(before.scores.iter().all(|s| s.iter().sum::<u16>() == 1000));
        assert_eq!(before.tally.matched(), (0, 0));

        suggester.learn(&[labelled("The ferry runs at night.", Label::Fact)]);
        let after = suggester.suggestions();
        assert_eq!(after.learned, 2);
        assert_eq!(after.tally.matched().1, 1);
        assert!(
            after.scores[0][1] > before.scores[0][1],
            "fact is likelier once learned"
        );

        // The label taken back: the model is the library's alone again; the tally stays.
        suggester.relearn(&[]);
        let relearned = suggester.suggestions();
        assert_eq!(relearned.learned, 1);
        assert_eq!(relearned.scores, before.scores);
        assert_eq!(relearned.tally.matched().1, 1);
    }
}
