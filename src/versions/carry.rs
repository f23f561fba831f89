//! Carrying labels and notes to a new version: each new sentence takes those of the old sentence
//! it came from, and whatever finds no home is an orphan, listed with its old text, never
//! dropped.

use std::rc::Rc;

use super::align::{align, merged_into, Origin};
use crate::model::{Document, Label, Listed, Orphan, Session};

/// The new version's labels and notes (one each per new sentence), where each came from, and
/// the orphans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carried {
    pub origin: Vec<Origin>,
    /// Per old sentence no new one came from: the new sentence it merged into, if any.
    pub merged: Vec<Option<usize>>,
    pub labels: Vec<Option<Label>>,
    pub notes: Vec<Option<Rc<str>>>,
    pub orphans: Vec<Orphan>,
}

/// The old version's work (its sentences' texts, labels and notes) carried to the new
/// version's sentences.
pub fn carry(
    old: &[&str],
    labels: &[Option<Label>],
    notes: &[Option<Rc<str>>],
    new: &[&str],
) -> Carried {
    let origin = align(old, new);
    let merged = merged_into(old, new, &origin);
    let mut out = Carried {
        merged: merged.clone(),
        labels: origin
            .iter()
            .map(|o| o.old().and_then(|i| labels[i]))
            .collect(),
        notes: origin
            .iter()
            .map(|o| o.old().and_then(|i| notes[i].clone()))
            .collect(),
        orphans: Vec::new(),
        origin,
    };
    for (i, into) in merged.into_iter().enumerate() {
        let (label, note) = (labels[i], notes[i].clone());
        let placed = out.origin.iter().any(|o| o.old() == Some(i));
        if placed || (label.is_none() && note.is_none()) {
            continue;
        }
        // Merged into a sentence: its note joins that sentence's, its label stays unless the
        // sentence has another.
        let mut orphan = Orphan {
            old_index: Some(i),
            text: old[i].to_string(),
            label,
            note,
        };
        if let Some(j) = into {
            if out.labels[j].is_none() || out.labels[j] == orphan.label {
                out.labels[j] = out.labels[j].or(orphan.label.take());
            }
            if let Some(note) = orphan.note.take() {
                out.notes[j] = Some(match out.notes[j].take() {
                    Some(kept) if kept != note => format!("{kept}\n{note}").into(),
                    _ => note,
                });
            }
        }
        if orphan.label.is_some() || orphan.note.is_some() {
            out.orphans.push(orphan);
        }
    }
    out
}

/// `doc`, freshly pasted, as version `number` of `old`'s article: with the old one's title and
/// details and `old` as its previous version, the old version's labels and notes carried
/// across, its orphans listed, and how each sentence came.
pub fn new_version(old: &Session, mut doc: Document, number: u32) -> (Session, Carried) {
    doc.title = old.doc.title.clone();
    doc.details = old.doc.details.clone();
    doc.version = number;
    doc.previous = Some(old.doc.id.clone());
    let carried = carry(
        &sentences(&old.doc),
        &old.labels,
        &old.notes,
        &sentences(&doc),
    );
    let mut session = Session::with_annotations(doc, carried.labels.clone(), carried.notes.clone());
    let listed = carried.orphans.iter().map(|orphan| Listed {
        tick: 0,
        orphan: orphan.clone(),
    });
    session.content.orphans = Rc::new(listed.collect());
    (session, carried)
}

pub(crate) fn sentences(doc: &Document) -> Vec<&str> {
    (0..doc.len()).map(|i| doc.sentence_text(i)).collect()
}
