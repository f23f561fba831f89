//! The coverage strip: the whole document at a glance, as a fixed number of rows, each marking
//! which labels (and whether unlabelled sentences) fall in its stretch of sentences.

use std::ops::Range;

use super::Label;

/// A run of rows in one lane: the lane of a label, or of unlabelled sentences (`None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub lane: Option<Label>,
    pub rows: Range<usize>,
}

/// The lanes, left to right: the labels in the order of their keys, then unlabelled.
pub const LANES: [Option<Label>; 4] = [
    Some(Label::Claim),
    Some(Label::Fact),
    Some(Label::Context),
    None,
];

/// How many rows a strip of at most `max_rows` gives `sentences` sentences: one row each when
/// they are fewer.
pub fn rows(sentences: usize, max_rows: usize) -> usize {
    sentences.min(max_rows)
}

/// The row sentence `index` falls in.
pub fn row_of(index: usize, sentences: usize, rows: usize) -> usize {
    index * rows / sentences.max(1)
}

/// The first sentence of the stretch at `fraction` (0 at the top, 1 at the bottom) of a strip.
pub fn sentence_at(fraction: f64, sentences: usize) -> usize {
    let index = (fraction.clamp(0.0, 1.0) * sentences as f64) as usize;
    index.min(sentences.saturating_sub(1))
}

/// The marks of `labels` on a strip of `rows` rows: in each lane, one mark per run of rows in
/// which at least one sentence carries that lane's label, so a single claim in a long stretch
/// still shows, as a marker in an editor's scrollbar does.
pub fn marks(labels: &[Option<Label>], rows: usize) -> Vec<Mark> {
    let lanes = LANES.len();
    let mut present = vec![false; rows * lanes];
    for (i, label) in labels.iter().enumerate() {
        let lane = LANES.iter().position(|l| l == label).unwrap_or(0);
        present[lane * rows + row_of(i, labels.len(), rows)] = true;
    }
    let mut out = Vec::new();
    for (lane, rows_of_lane) in present.chunks(rows.max(1)).enumerate() {
        let mut start = None;
        for (row, &on) in rows_of_lane.iter().chain([&false]).enumerate() {
            match (on, start) {
                (true, None) => start = Some(row),
                (false, Some(from)) => {
                    out.push(Mark {
                        lane: LANES[lane],
                        rows: from..row,
                    });
                    start = None;
                }
                _ => {}
            }
        }
    }
    out
}
