//! Merging two versions of one document: this tab's and another tab's, as read from storage.
//! Every part keeps the latest change made to it in either (by the stamps of `stamps.rs`), so
//! the result does not depend on the order in which tabs hear of each other's writes. Versions
//! whose sentence bounds differ (one tab split or merged sentences) are merged piece by piece
//! over the finest segmentation of both, never by index.
//!
//! The bounds themselves are taken whole from the side that changed them last. Known limit:
//! when one tab splits or merges sentences while the other has changes it has not heard of,
//! the earlier edit of the bounds gives way, and a label or note set on one part of a sentence
//! that is merged in one version and split in the other can pass to its other part (the latest
//! wins). Keeping labels as stamped runs over the text, and merging bounds edit by edit, would
//! remove it.

use std::rc::Rc;

use super::{Counts, Label, Session, Stamps};

/// Labels and notes, one entry per sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    pub labels: Vec<Option<Label>>,
    pub notes: Vec<Option<Rc<str>>>,
}

impl Annotations {
    pub fn empty(len: usize) -> Annotations {
        Annotations {
            labels: vec![None; len],
            notes: vec![None; len],
        }
    }
}

/// The result of a merge, with the sentences where a change of ours that the other tab had
/// not seen gave way to a later one of theirs.
#[derive(Debug, Clone)]
pub struct Merged {
    pub session: Session,
    /// Sentence indices in the merged version.
    pub conflicts: Vec<usize>,
}

impl Merged {
    /// The conflicting sentences as a reader counts them ("3, 7"); empty when there is none.
    pub fn conflicts_for_people(&self) -> String {
        self.conflicts
            .iter()
            .map(|i| (i + 1).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A value with the tick it was set at; the later wins, and between equal ticks (two tabs
/// changing one thing at once) the greater value, so every tab picks the same.
fn later<T: PartialOrd>(a: (u64, T), b: (u64, T)) -> (u64, T) {
    if (b.0, &b.1) > (a.0, &a.1) {
        b
    } else {
        a
    }
}

/// `ours` and `theirs` merged: bounds, title and details each from the side that changed them
/// last; each sentence's label and note the latest set anywhere inside it. `synced` is the
/// tick this tab last wrote or read: a change of ours past it that lost is reported. `None`
/// when the two are not the same text.
pub fn merge(ours: &Session, theirs: &Session, synced: u64) -> Option<Merged> {
    if ours.doc.text != theirs.doc.text {
        return None;
    }
    let (os, ts) = (&ours.stamps, &theirs.stamps);
    let bounds = |s: &Session| (s.stamps.bounds, s.doc.sentences.clone());
    let shape = if bounds(theirs) > bounds(ours) {
        theirs
    } else {
        ours
    };
    let mut doc = (*shape.doc).clone();
    let title = later((os.title, &ours.doc.title), (ts.title, &theirs.doc.title));
    doc.title = title.1.clone();
    let details = later(
        (os.details, &ours.doc.details),
        (ts.details, &theirs.doc.details),
    );
    doc.details = details.1.clone();

    let n = doc.len();
    let mut labels: Vec<(u64, Option<Label>)> = vec![(0, None); n];
    let mut notes: Vec<(u64, Option<Rc<str>>)> = vec![(0, None); n];
    let mut ours_lost = vec![false; n];
    // Every piece between two consecutive bounds of either side that holds text.
    let mut cuts: Vec<usize> = [ours, theirs]
        .iter()
        .flat_map(|s| s.doc.sentences.iter().flat_map(|s| [s.start, s.end]))
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let (mut o, mut t, mut r) = (0, 0, 0);
    let mut ours_pieces = Vec::new();
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        if doc.text[start..end].trim().is_empty() {
            continue;
        }
        let containing = |s: &Session, at: &mut usize| {
            let sentences = &s.doc.sentences;
            while *at < sentences.len() && sentences[*at].end <= start {
                *at += 1;
            }
            sentences
                .get(*at)
                .filter(|sp| sp.start <= start && end <= sp.end)
                .map(|_| *at)
        };
        let in_ours = containing(ours, &mut o);
        let in_theirs = containing(theirs, &mut t);
        let Some(result) = containing(shape, &mut r) else {
            continue;
        };
        for (side, at) in [(ours, in_ours), (theirs, in_theirs)] {
            if let Some(i) = at {
                let label = (side.stamps.label[i], side.labels[i]);
                labels[result] = later(labels[result], label);
                let note = (side.stamps.note[i], side.notes[i].clone());
                notes[result] = later(notes[result].clone(), note);
            }
        }
        if let Some(i) = in_ours {
            ours_pieces.push((result, i));
        }
    }
    for (result, i) in ours_pieces {
        let label_lost = os.label[i] > synced && ours.labels[i] != labels[result].1;
        let note_lost = os.note[i] > synced && ours.notes[i] != notes[result].1;
        ours_lost[result] |= label_lost || note_lost;
    }

    let stamps = Stamps {
        label: labels.iter().map(|l| l.0).collect(),
        note: notes.iter().map(|n| n.0).collect(),
        bounds: os.bounds.max(ts.bounds),
        title: title.0,
        details: details.0,
    };
    let mut session = Session::with_annotations(
        doc,
        labels.into_iter().map(|l| l.1).collect(),
        notes.into_iter().map(|n| n.1).collect(),
    )
    // Past both sides: a version that differs from theirs is a new write.
    .stamped(stamps, ours.clock.max(theirs.clock) + 1);
    session.selection = ours.selection;
    session.history = ours.history.clone();
    session.counts = Counts::of(&session.labels);
    Some(Merged {
        session,
        conflicts: (0..n).filter(|&i| ours_lost[i]).collect(),
    })
}
