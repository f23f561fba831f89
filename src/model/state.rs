//! The annotator's state and `apply`, the one function that changes it.

use std::ops::RangeInclusive;
use std::rc::Rc;

use super::{Counts, Document, Label};

/// A contiguous run of selected sentences: from `anchor` (where it started) to `focus` (where
/// the keyboard is), in either direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub focus: usize,
}

impl Selection {
    pub fn one(index: usize) -> Selection {
        Selection {
            anchor: index,
            focus: index,
        }
    }

    pub fn range(&self) -> RangeInclusive<usize> {
        self.anchor.min(self.focus)..=self.anchor.max(self.focus)
    }

    pub fn contains(&self, index: usize) -> bool {
        self.range().contains(&index)
    }
}

/// An open document with its labels. Shared parts sit behind `Rc` so a new state costs
/// pointer copies, and unchanged parts compare equal by pointer.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub doc: Rc<Document>,
    /// One entry per sentence.
    pub labels: Rc<Vec<Option<Label>>>,
    /// Kept in step with `labels` so no action recounts the document.
    pub counts: Counts,
    pub selection: Option<Selection>,
}

impl Session {
    /// A freshly pasted document: nothing labelled, nothing selected.
    pub fn new(doc: Document) -> Session {
        let labels = vec![None; doc.len()];
        Session::with_labels(doc, labels)
    }

    /// `labels` must have one entry per sentence of `doc`; callers check it.
    pub fn with_labels(doc: Document, labels: Vec<Option<Label>>) -> Session {
        debug_assert_eq!(labels.len(), doc.len());
        Session {
            counts: Counts::of(&labels),
            doc: Rc::new(doc),
            labels: Rc::new(labels),
            selection: None,
        }
    }

    pub fn label(&self, index: usize) -> Option<Label> {
        self.labels.get(index).copied().flatten()
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct State {
    /// `None` until an article is pasted or restored.
    pub session: Option<Session>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show this document (just pasted, or restored from storage).
    Open(Session),
    /// Leave the document to paste another one.
    Close,
    /// Select one sentence (a click).
    Select(usize),
    /// Extend the selection from its anchor to this sentence (a Shift+click).
    ExtendTo(usize),
    /// Move the focus by `by` sentences; with `extend`, keep the anchor (Shift+arrow).
    Move {
        by: isize,
        extend: bool,
    },
    ClearSelection,
    /// Set (or with `None`, clear) the label of every selected sentence.
    SetLabel(Option<Label>),
}

/// The new state after `action`, or `None` when nothing changes (so nothing re-renders).
pub fn apply(state: &State, action: Action) -> Option<State> {
    if let Action::Open(session) = action {
        return Some(State {
            session: Some(session),
        });
    }
    let session = state.session.as_ref()?;
    let last = session.doc.len().checked_sub(1)?;
    let mut next = session.clone();
    match action {
        Action::Open(_) => unreachable!("handled above"),
        Action::Close => return Some(State { session: None }),
        Action::Select(index) => next.selection = Some(Selection::one(index.min(last))),
        Action::ExtendTo(index) => {
            let anchor = session.selection.map_or(index, |s| s.anchor);
            next.selection = Some(Selection {
                anchor,
                focus: index.min(last),
            });
        }
        Action::Move { by, extend } => {
            next.selection = Some(match session.selection {
                None => Selection::one(if by < 0 { last } else { 0 }),
                Some(s) => {
                    let focus = s.focus.saturating_add_signed(by).min(last);
                    Selection {
                        anchor: if extend { s.anchor } else { focus },
                        focus,
                    }
                }
            });
        }
        Action::ClearSelection => next.selection = None,
        Action::SetLabel(label) => {
            let range = session.selection?.range();
            if session.labels[range.clone()].iter().all(|&l| l == label) {
                return None;
            }
            let labels = Rc::make_mut(&mut next.labels);
            for slot in &mut labels[range] {
                next.counts.shift(*slot, label);
                *slot = label;
            }
        }
    }
    (next != *session).then(|| State {
        session: Some(next),
    })
}
