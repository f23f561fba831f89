//! What storage holds, as the app shows it: the library's lines and the backups' keys, kept by
//! one reducer.

use std::collections::HashSet;
use std::rc::Rc;

use yew::Reducible;

use crate::schema::{newest_first, LibraryEntry};

/// What storage holds, as the app shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stored {
    /// Shared, so that a view is handed the library without a copy.
    pub library: Rc<Vec<LibraryEntry>>,
    pub backups: Vec<String>,
    /// Whether every stored document is in `library`; until then it holds only the lines
    /// written since the page started.
    pub listed: bool,
    /// Bumped when storage's use changes while the library does not (a pack written again):
    /// the library's storage line measures again.
    pub room: u32,
}

/// The library as a view's property: the workspace's own list, compared by identity (each
/// change makes a new list), so thousands of lines are neither copied nor compared on every
/// render.
#[derive(Clone, Default)]
pub struct Entries(pub Rc<Vec<LibraryEntry>>);

impl PartialEq for Entries {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Entries {
    type Target = [LibraryEntry];

    fn deref(&self) -> &[LibraryEntry] {
        &self.0
    }
}

pub enum StoredAction {
    /// Every stored document's line and the backups' keys, read after the page started.
    Listed(Rc<Vec<LibraryEntry>>, Vec<String>),
    /// A document's line, added or brought up to date.
    Put(LibraryEntry),
    /// Many new lines at once (an import).
    Add(Vec<LibraryEntry>),
    Remove(String),
    RemoveAll(HashSet<String>),
    Backups(Vec<String>),
    /// A pack was written again, smaller.
    Repacked,
}

impl Reducible for Stored {
    type Action = StoredAction;

    /// Each action that changes nothing gives back the same state, which renders nothing.
    fn reduce(self: Rc<Self>, action: StoredAction) -> Rc<Self> {
        let has = |id: &str| self.library.iter().any(|e| e.id == id);
        let unchanged = match &action {
            StoredAction::Listed(..) => self.listed,
            StoredAction::Put(entry) => self.library.contains(entry),
            StoredAction::Add(entries) => entries.is_empty(),
            StoredAction::Remove(id) => !has(id),
            StoredAction::RemoveAll(ids) => !ids.iter().any(|id| has(id)),
            StoredAction::Backups(keys) => *keys == self.backups,
            StoredAction::Repacked => false,
        };
        if unchanged {
            return self;
        }
        let mut next = (*self).clone();
        match action {
            StoredAction::Listed(lines, backups) => {
                next.library = Rc::new(merged(&self.library, &lines));
                next.backups = backups;
                next.listed = true;
            }
            StoredAction::Put(entry) => {
                let library = lines(&mut next);
                library.retain(|e| e.id != entry.id);
                library.push(entry);
                newest_first(library);
            }
            StoredAction::Add(entries) => {
                let library = lines(&mut next);
                library.extend(entries);
                newest_first(library);
            }
            StoredAction::Remove(id) => lines(&mut next).retain(|e| e.id != id),
            StoredAction::RemoveAll(ids) => lines(&mut next).retain(|e| !ids.contains(&e.id)),
            StoredAction::Backups(keys) => next.backups = keys,
            StoredAction::Repacked => next.room = next.room.wrapping_add(1),
        }
        Rc::new(next)
    }
}

/// The library's lines to change, copied first if a view still holds them.
fn lines(stored: &mut Stored) -> &mut Vec<LibraryEntry> {
    Rc::make_mut(&mut stored.library)
}

/// The lines written since the page started with those listed: a line written is newer.
pub(super) fn merged(written: &[LibraryEntry], listed: &[LibraryEntry]) -> Vec<LibraryEntry> {
    let ids: HashSet<&str> = written.iter().map(|e| e.id.as_str()).collect();
    let mut lines: Vec<LibraryEntry> = listed
        .iter()
        .filter(|e| !ids.contains(e.id.as_str()))
        .chain(written)
        .cloned()
        .collect();
    newest_first(&mut lines);
    lines
}
