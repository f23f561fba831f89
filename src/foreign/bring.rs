//! Another tool's annotations laid onto the open document: each anchored by its quote, its
//! label and note given to the sentences it covers. One that cannot be anchored, or whose label
//! would replace another already there, is kept as an orphan: nothing is dropped unseen.

use std::rc::Rc;

use super::anchor::{Anchored, Quote, Target};
use super::formats::Foreign;
use crate::model::{Document, Label, Orphan};

/// The document's labels and notes with the annotations laid on, how each was anchored, and
/// the orphans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BroughtIn {
    pub labels: Vec<Option<Label>>,
    pub notes: Vec<Option<Rc<str>>>,
    pub exact: usize,
    pub fuzzy: usize,
    pub orphans: Vec<Orphan>,
}

pub fn bring_in(
    doc: &Document,
    labels: &[Option<Label>],
    notes: &[Option<Rc<str>>],
    found: &[Foreign],
) -> BroughtIn {
    let target = Target::new(&doc.text, &doc.sentences);
    let mut out = BroughtIn {
        labels: labels.to_vec(),
        notes: notes.to_vec(),
        exact: 0,
        fuzzy: 0,
        orphans: Vec::new(),
    };
    for f in found {
        let quote = Quote {
            exact: &f.exact,
            prefix: &f.prefix,
            suffix: &f.suffix,
        };
        let orphan = || Orphan {
            old_index: None,
            text: f.exact.clone(),
            label: f.label,
            note: f.note.as_deref().map(Rc::from),
        };
        let range = match target.anchor(quote, f.start) {
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
            if let Some(note) = &f.note {
                out.notes[i] = Some(match out.notes[i].take() {
                    Some(kept) if !kept.contains(note.as_str()) => format!("{kept}\n{note}").into(),
                    Some(kept) => kept,
                    None => note.as_str().into(),
                });
            }
        }
        if clash {
            out.orphans.push(Orphan {
                note: None,
                ..orphan()
            });
        }
    }
    out
}
