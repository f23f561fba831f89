//! Undo and redo: snapshots of the parts of a session that edits change. The parts sit behind
//! `Rc`, so a snapshot costs a few pointers.

use std::rc::Rc;

use super::{Document, Label, Selection};

/// The state of the annotations at one point in time.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub doc: Rc<Document>,
    pub labels: Rc<Vec<Option<Label>>>,
    pub notes: Rc<Vec<Option<Rc<str>>>>,
    pub selection: Option<Selection>,
}

/// Snapshots before each change (`past`) and of each undone change (`future`).
#[derive(Debug, Clone, Default)]
pub struct History {
    past: Vec<Snapshot>,
    future: Vec<Snapshot>,
}

/// Changes kept for undo; older ones are forgotten.
pub const UNDO_LIMIT: usize = 500;

impl History {
    /// Records the state before a change; a new change forgets what was undone.
    pub fn record(&mut self, before: Snapshot) {
        if self.past.len() == UNDO_LIMIT {
            self.past.remove(0);
        }
        self.past.push(before);
        self.future.clear();
    }

    /// The state to go back to, given the current one.
    pub fn undo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let previous = self.past.pop()?;
        self.future.push(current);
        Some(previous)
    }

    /// The state to go forward to, given the current one.
    pub fn redo(&mut self, current: Snapshot) -> Option<Snapshot> {
        let next = self.future.pop()?;
        self.past.push(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
