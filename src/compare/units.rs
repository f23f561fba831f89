//! The units annotators are compared on: the finest common segmentation of their readings, each
//! piece labelled as the sentence holding it in each reading.

use std::ops::Range;

use crate::model::Label;
use crate::segment::Span;

/// The categories an annotator can give a unit, as indices: unlabelled, then each label in the
/// order of its key.
pub const CATEGORIES: [Option<Label>; 4] = [
    None,
    Some(Label::Claim),
    Some(Label::Fact),
    Some(Label::Context),
];

/// The index of `label` among [`CATEGORIES`].
pub fn category(label: Option<Label>) -> usize {
    CATEGORIES.iter().position(|&c| c == label).unwrap_or(0)
}

/// One annotator's reading of the text: sentence spans (byte ranges of the same text, in
/// order, not overlapping) and the label of each.
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    pub spans: &'a [Span],
    pub labels: &'a [Option<Label>],
}

/// The compared units: byte ranges of the text, and for each the category each reading gives
/// it (`None` where a reading has no sentence there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Units {
    pub spans: Vec<Range<usize>>,
    pub ratings: Vec<Vec<Option<usize>>>,
}

/// Cuts the text at every sentence boundary of every reading and keeps each piece that holds
/// more than white space and lies in some reading's sentence. Each piece lies wholly inside at
/// most one sentence of each reading, so its label there is exact. Linear in the spans.
pub fn units(text: &str, readings: &[Reading]) -> Units {
    // Marked per byte, as the merge of two tabs marks its cuts: linear in the text, and no
    // sort linked into the page.
    let mut marked = vec![false; text.len() + 1];
    for span in readings.iter().flat_map(|r| r.spans) {
        for cut in [span.start, span.end] {
            if let Some(mark) = marked.get_mut(cut) {
                *mark = true;
            }
        }
    }
    let cuts: Vec<usize> = (0..marked.len()).filter(|&i| marked[i]).collect();
    let mut next = vec![0usize; readings.len()];
    let mut out = Units {
        spans: Vec::new(),
        ratings: Vec::new(),
    };
    for piece in cuts.windows(2).map(|w| w[0]..w[1]) {
        if text[piece.clone()].trim().is_empty() {
            continue;
        }
        let ratings: Vec<Option<usize>> = readings
            .iter()
            .zip(next.iter_mut())
            .map(|(reading, at)| {
                while *at < reading.spans.len() && reading.spans[*at].end <= piece.start {
                    *at += 1;
                }
                let span = reading.spans.get(*at)?;
                (span.start <= piece.start && piece.end <= span.end)
                    .then(|| category(reading.labels.get(*at).copied().flatten()))
            })
            .collect();
        if ratings.iter().any(Option::is_some) {
            out.spans.push(piece);
            out.ratings.push(ratings);
        }
    }
    out
}
