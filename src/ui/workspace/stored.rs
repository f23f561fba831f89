//! What storage holds, as the app shows it: the library's lines and the backups' keys, kept by
//! one reducer.

use std::rc::Rc;

use yew::Reducible;

use crate::schema::{newest_first, LibraryEntry};

/// What storage holds, as the app shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stored {
    pub library: Vec<LibraryEntry>,
    pub backups: Vec<String>,
}

pub enum StoredAction {
    /// A document's line, added or brought up to date.
    Put(LibraryEntry),
    /// Many new lines at once (an import).
    Add(Vec<LibraryEntry>),
    Remove(String),
    RemoveAll(std::collections::HashSet<String>),
    Backups(Vec<String>),
}

impl Reducible for Stored {
    type Action = StoredAction;

    fn reduce(self: Rc<Self>, action: StoredAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            StoredAction::Put(entry) => {
                next.library.retain(|e| e.id != entry.id);
                next.library.push(entry);
                newest_first(&mut next.library);
            }
            StoredAction::Add(entries) => {
                next.library.extend(entries);
                newest_first(&mut next.library);
            }
            StoredAction::Remove(id) => next.library.retain(|e| e.id != id),
            StoredAction::RemoveAll(ids) => next.library.retain(|e| !ids.contains(&e.id)),
            StoredAction::Backups(keys) => next.backups = keys,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
