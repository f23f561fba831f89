//! The gold version: a new document of the same text, cut at every compared unit, that starts
//! with the label every annotator agrees on and is settled unit by unit.

use super::comparison::{gold_id, Summary};
use super::grading::consensus;
use super::units::CATEGORIES;
use crate::model::{Document, Session};
use crate::segment::Span;

/// A gold version of `doc` over the units of `summary` (compared over `annotators` readings):
/// an ordinary document, titled "… (gold)", kept beside the original.
pub fn gold_version(
    doc: &Document,
    summary: &Summary,
    annotators: usize,
    created: &str,
) -> Option<Session> {
    let mut spans = Vec::new();
    let mut labels = Vec::new();
    let mut paragraph_sizes: Vec<usize> = Vec::new();
    let mut last_paragraph = None;
    for (range, ratings) in summary.units.spans.iter().zip(&summary.units.ratings) {
        let piece = &doc.text[range.clone()];
        let start = range.start + (piece.len() - piece.trim_start().len());
        let end = range.end - (piece.len() - piece.trim_end().len());
        // Each unit stays in the paragraph of the original it starts in.
        let paragraph = doc.paragraphs.partition_point(|p| p.span.end <= start);
        if last_paragraph == Some(paragraph) {
            if let Some(size) = paragraph_sizes.last_mut() {
                *size += 1;
            }
        } else {
            paragraph_sizes.push(1);
            last_paragraph = Some(paragraph);
        }
        spans.push(Span::new(start, end));
        labels.push(consensus(&ratings[..annotators]).and_then(|c| CATEGORIES[c]));
    }
    // Units are ordered, disjoint pieces holding more than white space, so this fails only
    // when there are none.
    let mut gold = Document::from_parts(
        gold_id(doc),
        format!("{} (gold)", doc.title.trim_end_matches(" (gold)")),
        doc.text.clone(),
        created.to_string(),
        spans,
        &paragraph_sizes,
        Some(doc.sketch.to_vec()),
    )
    .ok()
    .filter(|gold| !gold.is_empty())?;
    gold.details = doc.details.clone();
    let notes = vec![None; labels.len()];
    Some(Session::with_annotations(gold, labels, notes))
}
