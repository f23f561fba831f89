//! A comparison as kept for its tab across a reload: the annotators picked, their names, the
//! key and the filter, as JSON of its own, read back only onto the same text and only when
//! every sentence bound fits it.

use std::borrow::Cow;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{Annotator, Comparison};
use crate::model::{document_id, Label};
use crate::segment::Span;
use crate::wire;

#[derive(Serialize, Deserialize)]
struct Kept<'a> {
    /// The id of the compared text.
    text: Cow<'a, str>,
    key: Option<usize>,
    only_disagreements: bool,
    annotators: Vec<KeptAnnotator<'a>>,
}

#[derive(Serialize, Deserialize)]
struct KeptAnnotator<'a> {
    name: Cow<'a, str>,
    /// Byte offsets, two per sentence.
    spans: Vec<usize>,
    /// One digit per sentence, as in storage (0: none).
    labels: Cow<'a, str>,
}

pub fn encode(comparison: &Comparison, text: &str) -> String {
    let annotators = comparison
        .annotators
        .iter()
        .map(|a| KeptAnnotator {
            name: a.name.as_str().into(),
            spans: a.spans.iter().flat_map(|s| [s.start, s.end]).collect(),
            labels: a
                .labels
                .iter()
                .map(|l| l.map_or('0', Label::digit))
                .collect::<String>()
                .into(),
        })
        .collect();
    wire::write(&Kept {
        text: document_id(text).into(),
        key: comparison.key,
        only_disagreements: comparison.only_disagreements,
        annotators,
    })
}

/// The comparison kept in `raw`, if it is of `text` and whole.
pub fn decode(raw: &str, text: &str) -> Option<Comparison> {
    let saved: Kept = wire::read_stored(raw.as_bytes()).ok()?;
    if saved.text != document_id(text) {
        return None;
    }
    let annotators = saved
        .annotators
        .into_iter()
        .map(|a| annotator(a, text))
        .collect::<Option<Vec<_>>>()?;
    let key = saved.key.filter(|&k| k < annotators.len());
    Some(Comparison {
        annotators: Rc::new(annotators),
        key,
        only_disagreements: saved.only_disagreements,
        ..Comparison::default()
    })
}

/// An annotator whose sentences lie in order within `text`, on character boundaries, with one
/// label each.
fn annotator(saved: KeptAnnotator, text: &str) -> Option<Annotator> {
    let spans: Vec<Span> = saved
        .spans
        .chunks(2)
        .map(|pair| match *pair {
            [start, end] => Some(Span::new(start, end)),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let fits = spans
        .iter()
        .zip(std::iter::once(0).chain(spans.iter().map(|s| s.end)))
        .all(|(s, previous_end)| {
            previous_end <= s.start && s.start < s.end && text.get(s.start..s.end).is_some()
        });
    let labels = saved
        .labels
        .chars()
        .map(|c| match c {
            '0' => Some(None),
            c => Label::from_digit(c).map(Some),
        })
        .collect::<Option<Vec<_>>>()?;
    (fits && labels.len() == spans.len()).then(|| Annotator {
        name: saved.name.into_owned(),
        spans,
        labels,
    })
}
