//! When each part of a session last changed, on a logical clock shared by every tab through
//! storage (a Lamport clock: each change takes the next tick past everything a tab has seen),
//! and which text each label and note was set on. Merging two tabs keeps, piece of text by
//! piece, the latest change made to it in either.

use std::rc::Rc;

use super::{Content, Document};
use crate::segment::Span;

/// The text a value was set on: one span, or several when the same change reached one
/// sentence from several (a merge of sentences that carried it), in text order.
pub type Origins = Rc<[Span]>;

/// The union of two sets of origins, in text order. (The sets hold a span or two: a plain
/// insertion keeps the standard sort, kilobytes of code, out of the page.)
pub fn union(a: &Origins, b: &Origins) -> Origins {
    if a == b {
        return a.clone();
    }
    let mut all: Vec<Span> = a.to_vec();
    for &span in b.iter() {
        if let Err(at) = all.binary_search(&span) {
            all.insert(at, span);
        }
    }
    all.into()
}

/// Ticks of the last change to each part; 0 means never changed since it was pasted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stamps {
    /// Per sentence: its label's last change.
    pub label: Vec<u64>,
    /// Per sentence: its note's last change.
    pub note: Vec<u64>,
    /// Per sentence: the text its label was set on (the sentence it was then; the halves of a
    /// split keep the whole's). A merge of two tabs applies a label only to that text.
    pub label_on: Vec<Origins>,
    /// Per sentence: the text its note was set on.
    pub note_on: Vec<Origins>,
    /// The sentence bounds (a split or merge).
    pub bounds: u64,
    pub title: u64,
    pub details: u64,
}

impl Stamps {
    /// A freshly pasted document's: nothing changed, each sentence's values its own.
    pub fn new(doc: &Document) -> Stamps {
        Stamps {
            label: vec![0; doc.len()],
            note: vec![0; doc.len()],
            label_on: doc.sentences.iter().map(|&s| Rc::from([s])).collect(),
            note_on: doc.sentences.iter().map(|&s| Rc::from([s])).collect(),
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

/// The stamps of `after`, a change of `before` (stamped `stamps`) made at tick `now`: what changed takes `now`
/// and is set on its own sentence; what did not keeps its tick and the text it was set on. A
/// sentence whose bounds changed (a half of a split, a merged sentence) keeps the ticks of the
/// sentences it came from when its value is theirs unchanged.
pub fn restamp(before: &Content, stamps: &Stamps, after: &Content, now: u64) -> Stamps {
    let old = &before.doc.sentences;
    let n = after.labels.len();
    let mut next = Stamps {
        label: Vec::with_capacity(n),
        note: Vec::with_capacity(n),
        label_on: Vec::with_capacity(n),
        note_on: Vec::with_capacity(n),
        bounds: stamps.bounds,
        title: stamps.title,
        details: stamps.details,
    };
    if old != &after.doc.sentences {
        next.bounds = now;
    }
    if before.doc.title != after.doc.title {
        next.title = now;
    }
    if before.doc.details != after.doc.details {
        next.details = now;
    }
    // Both span lists are in text order: one walk finds the old sentences under each new one.
    let mut first = 0;
    for (i, &span) in after.doc.sentences.iter().enumerate() {
        while first < old.len() && old[first].end <= span.start {
            first += 1;
        }
        let under = (first..old.len()).take_while(|&j| old[j].start < span.end);
        // Unchanged, a value keeps its tick and the text it was set on (all of it, when it
        // comes from several sentences); changed, it is set now on this sentence.
        let kept = |t: u64, on: Option<Origins>, t2: u64, on2: &Origins| {
            (
                t.max(t2),
                Some(on.map_or_else(|| on2.clone(), |on| union(&on, on2))),
            )
        };
        let (mut label, mut note) = (Some((0, None)), Some((0, None)));
        for j in under {
            let st = stamps;
            label = label
                .filter(|_| before.labels[j] == after.labels[i])
                .map(|(t, on)| kept(t, on, st.label[j], &st.label_on[j]));
            note = note
                .filter(|_| before.notes[j] == after.notes[i])
                .map(|(t, on)| kept(t, on, st.note[j], &st.note_on[j]));
        }
        let settle = |value: Option<(u64, Option<Origins>)>| match value {
            Some((t, Some(on))) => (t, on),
            Some((t, None)) => (t, Rc::from([span])),
            None => (now, Rc::from([span])),
        };
        let (label, label_on) = settle(label);
        let (note, note_on) = settle(note);
        next.label.push(label);
        next.label_on.push(label_on);
        next.note.push(note);
        next.note_on.push(note_on);
    }
    next
}
