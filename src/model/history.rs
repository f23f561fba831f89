//! Undo and redo: each step is the state before and after one change of this tab's. Taking a
//! step back restores only what that step changed and nothing has changed since, so undoing in
//! one tab never takes back what another tab did in the meantime. The parts sit behind `Rc`,
//! so a step costs a few pointers.

use std::rc::Rc;

use super::orphans::retarget_orphans;
use super::{Content, Selection};

/// The state of the annotations at one point in time.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub content: Content,
    pub selection: Option<Selection>,
}

/// One change: the state before it and after it.
#[derive(Debug, Clone)]
pub struct Step {
    pub before: Snapshot,
    pub after: Snapshot,
}

/// Steps done (`past`) and undone (`future`).
#[derive(Debug, Clone, Default)]
pub struct History {
    past: Vec<Step>,
    future: Vec<Step>,
}

/// Changes kept for undo; older ones are forgotten.
pub const UNDO_LIMIT: usize = 500;

impl History {
    /// Records a change; a new change forgets what was undone.
    pub fn record(&mut self, step: Step) {
        if self.past.len() == UNDO_LIMIT {
            self.past.remove(0);
        }
        self.past.push(step);
        self.future.clear();
    }

    /// `current` with the last change taken back.
    pub fn undo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let step = self.past.pop()?;
        let undone = retarget(&current, &step.after, &step.before);
        self.future.push(Step {
            before: undone.clone(),
            after: current,
        });
        Some(undone)
    }

    /// `current` with the last undone change made again.
    pub fn redo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let step = self.future.pop()?;
        let redone = retarget(&current, &step.before, &step.after);
        self.past.push(Step {
            before: current,
            after: redone.clone(),
        });
        Some(redone)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

/// `current`, with each part that is still as `from` left it set as in `to`. The bounds follow
/// `to` only while they are still `from`'s; a sentence is matched across versions by its span.
fn retarget(current: &Snapshot, from: &Snapshot, to: &Snapshot) -> Snapshot {
    let selection = to.selection;
    let (current, from, to) = (&current.content, &from.content, &to.content);
    let bounds_kept = current.doc.sentences == from.doc.sentences;
    let base = if bounds_kept { &to.doc } else { &current.doc };
    let title = pick(&current.doc.title, &from.doc.title, &to.doc.title);
    let details = pick(&current.doc.details, &from.doc.details, &to.doc.details);
    // The same document, not a copy, when only labels or notes change: the view then
    // re-renders the sentences whose labels changed, not all of them.
    let doc = if base.title == *title && base.details == *details {
        base.clone()
    } else {
        let mut doc = (**base).clone();
        doc.title = title.clone();
        doc.details = details.clone();
        Rc::new(doc)
    };
    let at = |content: &Content, span| content.doc.sentences.binary_search(span).ok();
    let mut labels = Vec::with_capacity(doc.len());
    let mut notes = Vec::with_capacity(doc.len());
    for span in &doc.sentences {
        let (c, f, t) = (at(current, span), at(from, span), at(to, span));
        let (label, note) = match (c, f, t) {
            (Some(c), Some(f), Some(t)) => (
                *pick(&current.labels[c], &from.labels[f], &to.labels[t]),
                pick(&current.notes[c], &from.notes[f], &to.notes[t]).clone(),
            ),
            (Some(c), _, _) => (current.labels[c], current.notes[c].clone()),
            // A sentence only `to` has (the halves of a merge being undone): as `to` had it.
            (None, _, Some(t)) => (to.labels[t], to.notes[t].clone()),
            (None, _, None) => (None, None),
        };
        labels.push(label);
        notes.push(note);
    }
    let last = doc.len().saturating_sub(1);
    let selection = selection.map(|s| Selection {
        anchor: s.anchor.min(last),
        focus: s.focus.min(last),
    });
    let orphans = if Rc::ptr_eq(&from.orphans, &to.orphans) {
        current.orphans.clone()
    } else {
        Rc::new(retarget_orphans(
            &current.orphans,
            &from.orphans,
            &to.orphans,
        ))
    };
    Snapshot {
        content: Content {
            doc,
            labels: Rc::new(labels),
            notes: Rc::new(notes),
            orphans,
        },
        selection,
    }
}

/// `to` where `current` is still what `from` was, else `current` (changed since, by someone).
fn pick<'a, T: PartialEq>(current: &'a T, from: &T, to: &'a T) -> &'a T {
    if current == from {
        to
    } else {
        current
    }
}
