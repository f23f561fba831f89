//! The one owner of storage for the app: what was restored at start, the library and the
//! backups as the app shows them, and every operation on stored documents. The app and its
//! components go through a `Store`; only this module and the effects it starts call `storage`.

use std::borrow::Cow;
use std::rc::Rc;

use yew::prelude::*;

use super::clock;
use super::persist::{mark_saved, use_other_tabs, use_persistence, Saved, SavedRef};
use super::storage::{self, Problem, Restored, StoreError};
use crate::model::{apply, Action, Document, Session, State, GOLD_SUFFIX};
use crate::schema::{article_of, decode_record, doc_key, upsert, LibraryEntry};
use crate::versions::new_version_of;

/// What storage holds, as the app shows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shelf {
    pub library: Vec<LibraryEntry>,
    pub backups: Vec<String>,
}

pub enum ShelfAction {
    /// A document's line, added or brought up to date.
    Put(LibraryEntry),
    Remove(String),
    Backups(Vec<String>),
}

impl Reducible for Shelf {
    type Action = ShelfAction;

    fn reduce(self: Rc<Self>, action: ShelfAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ShelfAction::Put(entry) => next.library = upsert(&next.library, entry),
            ShelfAction::Remove(id) => next.library.retain(|e| e.id != id),
            ShelfAction::Backups(keys) => next.backups = keys,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// A pasted text found to be a new version of an article in the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Recognised {
    /// The article's current version, which the new one is made from.
    pub current: String,
    pub title: String,
    /// The new version's number: one more than the article's highest.
    pub number: u32,
}

/// Reads storage once, when the app starts.
#[hook]
pub fn use_restored() -> Rc<Restored> {
    use_memo((), |_| storage::restore(&clock::now()))
}

/// The app's handle on storage. Cheap to clone into callbacks.
#[derive(Clone)]
pub struct Store {
    shelf: UseReducerHandle<Shelf>,
    saved: SavedRef,
    report: Callback<Vec<Problem>>,
}

/// Keeps storage and the open document in step (saving, other tabs) and gives the app its
/// `Store`. Problems found are sent to `report`, notices to `notify`.
#[hook]
pub fn use_store(
    state: &UseReducerHandle<State>,
    restored: &Restored,
    report: Callback<Vec<Problem>>,
    notify: Callback<String>,
    save_error: Callback<Option<String>>,
) -> Store {
    let shelf = {
        let (library, backups) = (restored.library.clone(), restored.backups.clone());
        use_reducer(move || Shelf { library, backups })
    };
    // What was restored at start is already in storage.
    let saved = use_mut_ref(|| restored.session.as_ref().map(Saved::of).unwrap_or_default());
    use_persistence(state, saved.clone(), shelf.dispatcher(), save_error);
    use_other_tabs(state, saved.clone(), shelf.dispatcher(), notify);
    Store {
        shelf,
        saved,
        report,
    }
}

impl Store {
    pub fn library(&self) -> &[LibraryEntry] {
        &self.shelf.library
    }

    pub fn backups(&self) -> &[String] {
        &self.shelf.backups
    }

    pub fn has(&self, id: &str) -> bool {
        self.shelf.library.iter().any(|e| e.id == id)
    }

    /// A stored document, to show: opening it writes nothing and is not a change. `None` when
    /// it cannot be read, with the reason reported.
    pub fn open(&self, id: &str) -> Option<Session> {
        let session = self.stored(id)?;
        mark_saved(&self.saved, &session);
        self.check(
            storage::set_current(id),
            "Sift could not update its storage",
        );
        Some(session)
    }

    /// The reader pasted the text of a stored document again: it opens with its work. When
    /// its own text record is lost or damaged, the pasted text (the same, by its id) takes its
    /// place and is written back.
    pub fn open_pasted(&self, id: &str, text: &str) -> Option<Session> {
        let mut found = Vec::new();
        if let Some(session) = storage::load(id, &clock::now(), &mut found) {
            mark_saved(&self.saved, &session);
            self.check(
                storage::set_current(id),
                "Sift could not update its storage",
            );
            return Some(session);
        }
        let record = storage::get(&doc_key(id)).ok().flatten();
        match record.map(|raw| decode_record(&raw, text.into())) {
            Some(Ok(session)) => {
                // Storage lacks the text: the save that follows writes it.
                *self.saved.borrow_mut() = Saved::default();
                Some(session)
            }
            _ => {
                self.after_reading(found);
                None
            }
        }
    }

    /// A stored document, read to be changed (an import lays a file onto it).
    pub fn stored(&self, id: &str) -> Option<Session> {
        let mut found = Vec::new();
        let session = storage::load(id, &clock::now(), &mut found);
        if session.is_none() && found.is_empty() {
            found.push(Problem::new(
                "That article is no longer in this browser's storage.".into(),
            ));
        }
        self.after_reading(found);
        session
    }

    /// Renames a document that is not open.
    pub fn rename(&self, id: &str, title: String) {
        let Some(session) = self.stored(id) else {
            return;
        };
        let renamed = apply(
            &State {
                session: Some(session),
                read_only: false,
            },
            Action::Rename(title),
        );
        if let Some(session) = renamed.and_then(|s| s.session) {
            self.write(&session, "Sift could not rename it");
        }
    }

    /// Writes a document that is not open, changed now, and brings its library line up to date.
    fn write(&self, session: &Session, what: &str) {
        let now = clock::now();
        if self.check(storage::save(session, &now, false), what) {
            self.shelf
                .dispatch(ShelfAction::Put(LibraryEntry::of(session, &now)));
        }
    }

    /// The article in the library that a text with this sketch is a new version of, if any:
    /// the one whose text it resembles most, if enough (`versions::sketch`). Gold versions are
    /// left out: they share their article's text. A document stored before sketches were kept
    /// is read whole, once: its line keeps the sketch for the next paste.
    pub fn version_of(&self, pasted: &[u64]) -> Option<Recognised> {
        let library = self.library();
        let sketches: Vec<(&str, Cow<[u64]>)> = library
            .iter()
            .filter(|e| !e.id.ends_with(GOLD_SUFFIX))
            .map(|e| {
                let stored = if e.sketch.is_empty() {
                    let read = storage::load(&e.id, &clock::now(), &mut Vec::new());
                    let sketch = read.map_or_else(Vec::new, |s| s.doc.sketch.to_vec());
                    self.shelf.dispatch(ShelfAction::Put(LibraryEntry {
                        sketch: sketch.clone(),
                        ..e.clone()
                    }));
                    Cow::Owned(sketch)
                } else {
                    Cow::Borrowed(e.sketch.as_slice())
                };
                (e.id.as_str(), stored)
            })
            .collect();
        let (id, _) = new_version_of(pasted, sketches.iter().map(|(id, s)| (*id, s.as_ref())))?;
        let article = article_of(library, id)?;
        Some(Recognised {
            current: article.current.id.clone(),
            title: article.current.title.clone(),
            number: article.versions[0].version + 1,
        })
    }

    /// The document of a stored version, to compare the open one with; `None` when it is no
    /// longer stored.
    pub fn version(&self, id: &str) -> Option<Rc<Document>> {
        if !self.has(id) {
            return None;
        }
        self.stored(id).map(|s| s.doc)
    }

    /// Makes a stored version its article's current one (the one changed last) and opens it.
    pub fn make_current(&self, id: &str) -> Option<Session> {
        let session = self.open(id)?;
        self.write(&session, "Sift could not make it the current version");
        Some(session)
    }

    /// Deletes a document; true when it is gone.
    pub fn delete(&self, id: &str) -> bool {
        let deleted = self.check(storage::delete(id), "Sift could not delete it");
        if deleted {
            self.shelf.dispatch(ShelfAction::Remove(id.to_string()));
        }
        deleted
    }

    /// The reader went back to the library: the document stays stored.
    pub fn leave(&self) {
        self.check(
            storage::forget_current(),
            "Sift could not update its storage",
        );
        *self.saved.borrow_mut() = Saved::default();
    }

    /// The raw value kept under a backup (or a protected) key.
    pub fn backup(&self, key: &str) -> Option<String> {
        storage::get(key).ok().flatten()
    }

    pub fn delete_backup(&self, key: &str) {
        self.check(
            storage::delete_backup(key),
            "Sift could not delete the backup",
        );
        self.shelf
            .dispatch(ShelfAction::Backups(storage::backups()));
    }

    /// Bytes Sift uses in storage (it reads every stored value: only for the library page).
    pub fn used_bytes(&self) -> usize {
        storage::used_bytes()
    }

    /// Reports what reading found, and shows any backup it made.
    fn after_reading(&self, found: Vec<Problem>) {
        if !found.is_empty() {
            self.shelf
                .dispatch(ShelfAction::Backups(storage::backups()));
            self.report.emit(found);
        }
    }

    /// Reports a failed write; true when it succeeded.
    fn check(&self, result: Result<(), StoreError>, what: &str) -> bool {
        match result {
            Ok(()) => true,
            Err(e) => {
                self.report
                    .emit(vec![Problem::new(format!("{what}: {e}."))]);
                false
            }
        }
    }
}
