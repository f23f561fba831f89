//! Another tool's annotations laid onto the open document: each anchored by its quote, its
//! label and note given to the sentences it covers. One that cannot be anchored, or whose label
//! would replace another already there, is kept as an orphan: nothing is dropped unseen.
//!
//! Anchoring is the slow part (a reworded quote is compared with sentences), so it is done a
//! few annotations at a time (`Anchoring`), and what it found is laid on in one quick pass
//! (`lay_on`) onto the labels as they are when it is done.

use std::collections::HashSet;
use std::rc::Rc;

use super::anchor::{Anchored, Quote, Target};
use super::formats::Foreign;
use crate::model::{Document, Label, Orphan};
use crate::segment::Span;

/// The document's labels and notes with the annotations laid on, how each was anchored, and
/// the orphans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BroughtIn {
    pub labels: Vec<Option<Label>>,
    pub notes: Vec<Option<Rc<str>>>,
    pub exact: usize,
    pub fuzzy: usize,
    pub orphans: Vec<Orphan>,
    /// How many notes were longer than `MAX_NOTE_CHARS`, and cut.
    pub cut: usize,
}

/// Annotations being anchored in a text, in order, as many at a time as the caller allows.
pub struct Anchoring<'a> {
    target: Target<'a>,
    found: &'a [Foreign],
    places: Vec<Option<Anchored>>,
}

impl<'a> Anchoring<'a> {
    pub fn new(text: &'a str, sentences: &'a [Span], found: &'a [Foreign]) -> Anchoring<'a> {
        Anchoring {
            target: Target::new(text, sentences),
            found,
            places: Vec::with_capacity(found.len()),
        }
    }

    /// Anchors the next annotations, one at a time, for as long as `more` says to go on
    /// (asked after each). True once every annotation is anchored.
    pub fn go_on(&mut self, mut more: impl FnMut() -> bool) -> bool {
        while let Some(f) = self.found.get(self.places.len()) {
            let quote = Quote {
                exact: &f.exact,
                prefix: &f.prefix,
                suffix: &f.suffix,
            };
            self.places.push(self.target.anchor(quote, f.start));
            if !more() {
                break;
            }
        }
        self.is_done()
    }

    pub fn is_done(&self) -> bool {
        self.places.len() == self.found.len()
    }

    /// How many annotations are anchored, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.places.len(), self.found.len())
    }

    /// Where each annotation was found, in the order of the file (`None`: nowhere).
    pub fn places(self) -> Vec<Option<Anchored>> {
        self.places
    }
}

/// Every annotation anchored and laid on at once.
pub fn bring_in(
    doc: &Document,
    labels: &[Option<Label>],
    notes: &[Option<Rc<str>>],
    found: &[Foreign],
) -> BroughtIn {
    let mut anchoring = Anchoring::new(&doc.text, &doc.sentences, found);
    anchoring.go_on(|| true);
    lay_on(doc, labels, notes, found, &anchoring.places())
}

/// Lays the anchored annotations onto `doc`'s labels and notes. `places` are byte ranges of
/// `doc.text`, one for each of `found` (as `Anchoring` gives them): the sentences they cover
/// are read from `doc` as it is now, so sentences split or joined meanwhile are respected.
pub fn lay_on(
    doc: &Document,
    labels: &[Option<Label>],
    notes: &[Option<Rc<str>>],
    found: &[Foreign],
    places: &[Option<Anchored>],
) -> BroughtIn {
    let mut out = BroughtIn {
        labels: labels.to_vec(),
        notes: notes.to_vec(),
        exact: 0,
        fuzzy: 0,
        orphans: Vec::new(),
        cut: found.iter().filter(|f| f.cut).count(),
    };
    // The notes each sentence is given, joined once at the end: a note covering many sentences
    // is one value they share, not a copy each.
    let mut given: Vec<Vec<Rc<str>>> = vec![Vec::new(); doc.len()];
    for (f, place) in found.iter().zip(places) {
        let note: Option<Rc<str>> = f.note.as_deref().map(Rc::from);
        let orphan = || Orphan {
            old_index: None,
            text: f.exact.clone(),
            label: f.label,
            note: note.clone(),
        };
        let range = match place {
            Some(Anchored::Exact(range)) => {
                out.exact += 1;
                range
            }
            Some(Anchored::Fuzzy(range)) => {
                out.fuzzy += 1;
                range
            }
            None => {
                out.orphans.push(orphan());
                continue;
            }
        };
        let first = doc.sentences.partition_point(|s| s.end <= range.start);
        let covered = (first..doc.len()).take_while(|&i| doc.sentences[i].start < range.end);
        let mut clash = false;
        for i in covered {
            match (out.labels[i], f.label) {
                (_, None) => {}
                (None, label) => out.labels[i] = label,
                (kept, label) => clash |= kept != label,
            }
            if let Some(note) = &note {
                given[i].push(note.clone());
            }
        }
        if clash {
            out.orphans.push(Orphan {
                note: None,
                ..orphan()
            });
        }
    }
    for (slot, given) in out.notes.iter_mut().zip(given) {
        *slot = joined(slot.take(), given);
    }
    out
}

/// A sentence's note with the notes given to it after it, each once: one already in it (or
/// given twice) is not repeated.
fn joined(kept: Option<Rc<str>>, given: Vec<Rc<str>>) -> Option<Rc<str>> {
    let mut seen: HashSet<&str> = HashSet::new();
    let fresh: Vec<&Rc<str>> = given
        .iter()
        .filter(|n| !kept.as_deref().is_some_and(|k| k.contains(&***n)) && seen.insert(n))
        .collect();
    match (kept, fresh.as_slice()) {
        (kept, []) => kept,
        (None, [one]) => Some(Rc::clone(one)),
        (kept, fresh) => {
            let parts = kept.iter().chain(fresh.iter().copied()).map(|n| &**n);
            Some(parts.collect::<Vec<&str>>().join("\n").into())
        }
    }
}
