//! When each part of a session last changed, on a logical clock shared by every tab through
//! storage (a Lamport clock: each change takes the next tick past everything a tab has seen).
//! Merging two tabs keeps, piece by piece, the latest change made in either.

use std::rc::Rc;

use super::{Document, Label};

/// Ticks of the last change to each part; 0 means never changed since it was pasted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stamps {
    /// Per sentence: its label's last change.
    pub label: Vec<u64>,
    /// Per sentence: its note's last change.
    pub note: Vec<u64>,
    /// The sentence bounds (a split or merge).
    pub bounds: u64,
    pub title: u64,
    pub details: u64,
}

impl Stamps {
    pub fn new(len: usize) -> Stamps {
        Stamps {
            label: vec![0; len],
            note: vec![0; len],
            ..Stamps::default()
        }
    }

    /// The latest tick in them.
    pub fn latest(&self) -> u64 {
        let parts = [self.bounds, self.title, self.details];
        let sentences = self.label.iter().chain(&self.note).copied();
        parts.into_iter().chain(sentences).max().unwrap_or(0)
    }
}

/// The parts of a session that `restamp` compares.
pub struct Parts<'a> {
    pub doc: &'a Document,
    pub labels: &'a [Option<Label>],
    pub notes: &'a [Option<Rc<str>>],
    pub stamps: &'a Stamps,
}

/// The stamps of `after`, a change of `before` made at tick `now`: what changed takes `now`;
/// what did not keeps its tick. A sentence whose bounds changed (a half of a split, a merged
/// sentence) keeps the tick of the sentences it came from when its value is theirs unchanged.
pub fn restamp(before: &Parts, after: &Parts, now: u64) -> Stamps {
    let old = &before.doc.sentences;
    let mut stamps = Stamps {
        label: Vec::with_capacity(after.labels.len()),
        note: Vec::with_capacity(after.notes.len()),
        bounds: before.stamps.bounds,
        title: before.stamps.title,
        details: before.stamps.details,
    };
    if old != &after.doc.sentences {
        stamps.bounds = now;
    }
    if before.doc.title != after.doc.title {
        stamps.title = now;
    }
    if before.doc.details != after.doc.details {
        stamps.details = now;
    }
    // Both span lists are in text order: one walk finds the old sentences under each new one.
    let mut first = 0;
    for (i, span) in after.doc.sentences.iter().enumerate() {
        while first < old.len() && old[first].end <= span.start {
            first += 1;
        }
        let under = (first..old.len()).take_while(|&j| old[j].start < span.end);
        let (mut label, mut note) = (Some(0), Some(0));
        for j in under {
            label = label
                .filter(|_| before.labels[j] == after.labels[i])
                .map(|t| t.max(before.stamps.label[j]));
            note = note
                .filter(|_| before.notes[j] == after.notes[i])
                .map(|t| t.max(before.stamps.note[j]));
        }
        stamps.label.push(label.unwrap_or(now));
        stamps.note.push(note.unwrap_or(now));
    }
    stamps
}
