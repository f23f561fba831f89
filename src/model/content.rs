//! What a session holds of an article, as one value: the document, a label and a note per
//! sentence, and the orphans. The reducer changes it, undo keeps it, a merge makes a new one
//! and the views read it; a new part is added here and nowhere else.

use std::rc::Rc;

use super::{Document, Label, Listed};

/// Each part sits behind `Rc`, so a new state costs pointer copies and an unchanged part
/// compares equal by pointer.
#[derive(Debug, Clone, PartialEq)]
pub struct Content {
    pub doc: Rc<Document>,
    /// One entry per sentence.
    pub labels: Rc<Vec<Option<Label>>>,
    /// One entry per sentence.
    pub notes: Rc<Vec<Option<Rc<str>>>>,
    /// Labels and notes waiting for a sentence (see `orphans`).
    pub orphans: Rc<Vec<Listed>>,
}

impl Content {
    /// Whether every part is the very same value (no change was made), without comparing them.
    pub fn same_parts(&self, other: &Content) -> bool {
        Rc::ptr_eq(&self.doc, &other.doc)
            && Rc::ptr_eq(&self.labels, &other.labels)
            && Rc::ptr_eq(&self.notes, &other.notes)
            && Rc::ptr_eq(&self.orphans, &other.orphans)
    }

    pub fn label(&self, index: usize) -> Option<Label> {
        self.labels.get(index).copied().flatten()
    }

    pub fn note(&self, index: usize) -> Option<&str> {
        self.notes.get(index).and_then(|n| n.as_deref())
    }
}

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
