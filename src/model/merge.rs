//! Merging two versions of one document: this tab's and another tab's, as read from storage.
//! Every part keeps the latest change made to it in either (by the stamps of `stamps.rs`), so
//! the result does not depend on the order in which tabs hear of each other's writes. Versions
//! whose sentence bounds differ (one tab split or merged sentences) are merged piece by piece
//! over the finest segmentation of both, never by index.
//!
//! The bounds themselves are taken whole from the side that changed them last. Each label and
//! note counts only on the text it was set on (`Stamps::label_on`), so when one version had
//! merged two sentences that the other keeps apart, a value set on one part never passes to
//! the other.

use std::rc::Rc;

use super::orphans::merge_orphans;
use super::stamps::{union, Origins};
use super::{Counts, Label, Session, Stamps};
use crate::segment::Span;

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

/// A label or note offered for a sentence: its tick, its value, the text it was set on.
type Offer<T> = (u64, T, Origins);

/// Keeps the later of what `slot` holds and `offered` (see `later`); the same change offered
/// twice was set on the text of both.
fn offer<T: PartialOrd>(slot: &mut Option<Offer<T>>, offered: Offer<T>) {
    match slot {
        Some(held) if (held.0, &held.1) == (offered.0, &offered.1) => {
            held.2 = union(&held.2, &offered.2);
        }
        Some(held) if (held.0, &held.1) > (offered.0, &offered.1) => {}
        _ => *slot = Some(offered),
    }
}

fn covered(origins: &Origins, piece: Span) -> bool {
    origins.iter().any(|&on| covers(on, piece))
}

fn covers(on: Span, piece: Span) -> bool {
    on.start <= piece.start && piece.end <= on.end
}

/// The sentence of `session` holding `piece`, walking forward from `at` (pieces come in text
/// order).
fn containing(session: &Session, piece: Span, at: &mut usize) -> Option<usize> {
    let sentences = &session.doc.sentences;
    while *at < sentences.len() && sentences[*at].end <= piece.start {
        *at += 1;
    }
    sentences
        .get(*at)
        .filter(|s| covers(**s, piece))
        .map(|_| *at)
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
    // Sentences and paragraphs go together; between equal ticks, the same choice in every tab.
    let bounds = |s: &Session| {
        let paragraphs: Vec<usize> = s.doc.paragraphs.iter().map(|p| p.sentences.len()).collect();
        (s.stamps.bounds, s.doc.sentences.clone(), paragraphs)
    };
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
    // Per result sentence, the latest label and note offered by a piece of its text: tick,
    // value, and the text it was set on.
    let mut labels: Vec<Option<Offer<Option<Label>>>> = vec![None; n];
    let mut notes: Vec<Option<Offer<Option<Rc<str>>>>> = vec![None; n];
    let mut ours_pieces = Vec::new();
    // Every piece between two consecutive bounds that holds text: the bounds of either side's
    // sentences, and of the text each value was set on. (Marked per byte and read in order:
    // linear, and no sort in the page.)
    let mut is_cut = vec![false; doc.text.len() + 1];
    for side in [ours, theirs] {
        let st = &side.stamps;
        let origins = st.label_on.iter().chain(&st.note_on).flat_map(|o| o.iter());
        for span in side.doc.sentences.iter().chain(origins) {
            for at in [span.start, span.end] {
                if let Some(cut) = is_cut.get_mut(at) {
                    *cut = true;
                }
            }
        }
    }
    let cuts: Vec<usize> = (0..is_cut.len()).filter(|&at| is_cut[at]).collect();
    let (mut o, mut t, mut r) = (0, 0, 0);
    for piece in cuts.windows(2) {
        let piece = Span::new(piece[0], piece[1]);
        if piece.of(&doc.text).trim().is_empty() {
            continue;
        }
        let in_ours = containing(ours, piece, &mut o);
        let in_theirs = containing(theirs, piece, &mut t);
        let Some(result) = containing(shape, piece, &mut r) else {
            continue;
        };
        for (side, at) in [(ours, in_ours), (theirs, in_theirs)] {
            let Some(i) = at else { continue };
            let st = &side.stamps;
            // A value counts only on the text it was set on: a label that met another part of
            // a sentence only because one version had merged them does not spread to it.
            if covered(&st.label_on[i], piece) {
                offer(
                    &mut labels[result],
                    (st.label[i], side.labels[i], st.label_on[i].clone()),
                );
            }
            if covered(&st.note_on[i], piece) {
                offer(
                    &mut notes[result],
                    (st.note[i], side.notes[i].clone(), st.note_on[i].clone()),
                );
            }
        }
        if let Some(i) = in_ours {
            ours_pieces.push((result, i));
        }
    }
    let spans = &doc.sentences;
    let labels: Vec<Offer<Option<Label>>> = labels
        .into_iter()
        .zip(spans)
        .map(|(l, &span)| l.unwrap_or_else(|| (0, None, Rc::from([span]))))
        .collect();
    let notes: Vec<Offer<Option<Rc<str>>>> = notes
        .into_iter()
        .zip(spans)
        .map(|(l, &span)| l.unwrap_or_else(|| (0, None, Rc::from([span]))))
        .collect();
    let mut ours_lost = vec![false; n];
    for (result, i) in ours_pieces {
        let label_lost = os.label[i] > synced && ours.labels[i] != labels[result].1;
        let note_lost = os.note[i] > synced && ours.notes[i] != notes[result].1;
        ours_lost[result] |= label_lost || note_lost;
    }

    let stamps = Stamps {
        label: labels.iter().map(|l| l.0).collect(),
        note: notes.iter().map(|n| n.0).collect(),
        label_on: labels.iter().map(|l| l.2.clone()).collect(),
        note_on: notes.iter().map(|n| n.2.clone()).collect(),
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
    session.content.orphans = Rc::new(merge_orphans(&ours.orphans, &theirs.orphans, synced));
    session.selection = ours.selection;
    session.history = ours.history.clone();
    session.counts = Counts::of(&session.labels);
    Some(Merged {
        session,
        conflicts: (0..n).filter(|&i| ours_lost[i]).collect(),
    })
}
