//! How often the suggestions matched: for each label the reader set on a sentence the model
//! had scored, what the model would have said (before learning from it) and what always
//! answering the most common label would have. Suggested labels are shown only once the model
//! beats that; until then Sift shows the ranking alone.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use crate::model::Label;

/// How many of the latest labels the record keeps.
pub const RECENT: usize = 50;

/// Fewer labels than this say nothing yet about whether the model beats the most common label.
pub const ENOUGH: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// The model's most likely label.
    pub suggested: Label,
    /// The most common label so far.
    pub common: Label,
    /// The label the reader set.
    pub set: Label,
}

/// The record, kept with the library's settings (a small JSON value).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// The latest outcomes, oldest first; at most `RECENT`.
    recent: VecDeque<Outcome>,
}

impl Tally {
    pub fn record(&mut self, outcome: Outcome) {
        self.recent.push_back(outcome);
        self.keep_recent();
    }

    /// The record as read from storage, with anything over `RECENT` dropped (oldest first).
    pub fn checked(mut self) -> Tally {
        self.keep_recent();
        self
    }

    fn keep_recent(&mut self) {
        let over = self.recent.len().saturating_sub(RECENT);
        self.recent.drain(..over);
    }

    /// How many of the latest labels the suggestion matched, of how many.
    pub fn matched(&self) -> (usize, usize) {
        let hits = self.recent.iter().filter(|o| o.suggested == o.set).count();
        (hits, self.recent.len())
    }

    /// Per label: of the latest times it was suggested, how many the reader agreed with.
    pub fn per_label(&self) -> [(Label, usize, usize); 3] {
        Label::ALL.map(|label| {
            let suggested = self.recent.iter().filter(|o| o.suggested == label);
            let total = suggested.clone().count();
            (label, suggested.filter(|o| o.set == label).count(), total)
        })
    }

    /// Whether the model's labels are worth showing: over at least `ENOUGH` of the latest
    /// labels it matched more often than the most common label did.
    pub fn beats_most_common(&self) -> bool {
        let (hits, total) = self.matched();
        let common = self.recent.iter().filter(|o| o.common == o.set).count();
        total >= ENOUGH && hits > common
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Label::*;

    fn outcome(suggested: Label, common: Label, set: Label) -> Outcome {
        Outcome {
            suggested,
            common,
            set,
        }
    }

    #[test]
    fn labels_show_only_once_the_model_beats_the_most_common_label() {
        let mut tally = Tally::default();
        for _ in 0..9 {
            tally.record(outcome(Claim, Context, Claim));
        }
        assert!(
            !tally.beats_most_common(),
            "nine labels are too few to tell"
        );
        tally.record(outcome(Claim, Context, Claim));
        assert!(tally.beats_most_common());

        let mut even = Tally::default();
        for _ in 0..20 {
            even.record(outcome(Fact, Fact, Fact));
        }
        assert!(!even.beats_most_common(), "a tie is not better");
    }

    #[test]
    fn it_keeps_the_latest_fifty_and_counts_per_label() {
        let mut tally = Tally::default();
        for _ in 0..60 {
            tally.record(outcome(Context, Context, Fact));
        }
        tally.record(outcome(Claim, Context, Claim));
        tally.record(outcome(Claim, Context, Fact));
        assert_eq!(tally.matched(), (1, 50));
        assert_eq!(
            tally.per_label(),
            [(Claim, 1, 2), (Fact, 0, 0), (Context, 0, 48)]
        );

        let stored = serde_json::to_string(&tally).unwrap();
        let mut long: Tally = serde_json::from_str(&stored).unwrap();
        long.recent.extend(tally.recent.clone());
        assert_eq!(long.checked().matched().1, 50);
    }
}
