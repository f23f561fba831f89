//! Stored documents as the workspace handles them: each operation on a stored document (read,
//! write, delete), with what it finds reported. Only the workspace calls `storage` for
//! documents.

use std::rc::Rc;

use super::handle::Workspace;
use super::stored::StoredAction;
use super::sync::{mark_saved, Saved};
use crate::model::{Document, Session};
use crate::schema::{articles, decode_record, doc_key, LibraryEntry};
use crate::suggest::Labelled;
use crate::ui::edge::clock;
use crate::ui::edge::storage::{self, Problem, StoreError};
use crate::workspace::needs_sketch;

impl Workspace {
    /// The library's line of document `id`.
    pub(super) fn entry(&self, id: &str) -> Option<LibraryEntry> {
        self.library().iter().find(|e| e.id == id).cloned()
    }

    pub fn has(&self, id: &str) -> bool {
        self.library().iter().any(|e| e.id == id)
    }

    /// A stored document, read to be changed or shown; `None` when it cannot be read, with the
    /// reason reported.
    pub(super) fn stored(&self, id: &str) -> Option<Session> {
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

    /// Every labelled sentence of the library's articles (their current versions), except the
    /// article of document `open`: what the suggestions learn from first. Unreadable records
    /// are left out here; opening one says why.
    pub fn labelled_library(&self, open: &str) -> Vec<Labelled> {
        let mut labelled = Vec::new();
        for article in articles(&self.library()) {
            let entry = article.current;
            let unlabelled = entry.claim + entry.fact + entry.context == 0;
            if unlabelled || article.versions.iter().any(|v| v.id == open) {
                continue;
            }
            let Some(session) = storage::load(&entry.id, &clock::now(), &mut Vec::new()) else {
                continue;
            };
            labelled.extend(Labelled::of(
                &session.doc,
                &session.labels,
                0..session.labels.len(),
            ));
        }
        labelled
    }

    /// A stored document read to be open: what storage holds of it is known, so opening it
    /// writes nothing, and it is remembered as the one open.
    pub(super) fn read_to_open(&self, id: &str) -> Option<Session> {
        let session = self.stored(id)?;
        self.remember_open(&session);
        Some(session)
    }

    fn remember_open(&self, session: &Session) {
        mark_saved(&self.saved, session);
        self.check(
            storage::set_current(&session.doc.id),
            "Sift could not update its storage",
        );
    }

    /// The reader pasted the text of a stored document again. When its own text record is lost
    /// or damaged, the pasted text (the same, by its id) takes its place and is written back.
    pub(super) fn read_pasted(&self, doc: &Document) -> Option<Session> {
        let mut found = Vec::new();
        if let Some(session) = storage::load(&doc.id, &clock::now(), &mut found) {
            self.remember_open(&session);
            return Some(session);
        }
        let record = storage::get(&doc_key(&doc.id)).ok().flatten();
        match record.map(|raw| decode_record(&raw, doc.text.clone())) {
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

    /// Writes a document that is not open, changed now, and brings its library line up to date.
    pub(super) fn write(&self, session: &Session, what: &str) {
        let now = clock::now();
        if self.check(storage::save(session, &now, false), what) {
            self.stored
                .dispatch(StoredAction::Put(LibraryEntry::of(session, &now)));
        }
    }

    /// The library with every line a paste is compared by holding its sketch: a document
    /// stored before sketches were kept is read whole, once, and its line keeps the sketch.
    pub(super) fn sketched_library(&self) -> Rc<Vec<LibraryEntry>> {
        let library = self.library();
        // Copied only when a line needs its sketch: the library may hold thousands.
        if !library.iter().any(needs_sketch) {
            return library;
        }
        let mut library = library.to_vec();
        for entry in library.iter_mut().filter(|e| needs_sketch(e)) {
            let read = storage::load(&entry.id, &clock::now(), &mut Vec::new());
            entry.sketch = read.map_or_else(Vec::new, |s| s.doc.sketch.to_vec());
            self.stored.dispatch(StoredAction::Put(entry.clone()));
        }
        Rc::new(library)
    }

    /// The document of a stored version, to compare the open one with; `None` when it is no
    /// longer stored.
    pub fn version(&self, id: &str) -> Option<Rc<Document>> {
        if !self.has(id) {
            return None;
        }
        self.stored(id).map(|s| s.doc.clone())
    }

    /// Deletes a document; true when it is gone.
    pub(super) fn remove(&self, id: &str) -> bool {
        let deleted = self.check(storage::delete(id), "Sift could not delete it");
        if deleted {
            self.free_packs(&[id.to_string()].into());
            self.stored.dispatch(StoredAction::Remove(id.to_string()));
        }
        deleted
    }

    /// The reader went back to the library: the document stays stored.
    pub(super) fn forget_open(&self) {
        self.check(
            storage::forget_current(),
            "Sift could not update its storage",
        );
        *self.saved.borrow_mut() = Saved::default();
    }

    /// The raw value kept under a backup (or a protected) key.
    pub(super) fn backup(&self, key: &str) -> Option<String> {
        storage::get(key).ok().flatten()
    }

    pub fn delete_backup(&self, key: &str) {
        self.check(
            storage::delete_backup(key),
            "Sift could not delete the backup",
        );
        self.stored
            .dispatch(StoredAction::Backups(storage::backups()));
    }

    /// Bytes Sift uses in storage (it reads every stored value: only for the library page).
    pub fn used_bytes(&self) -> usize {
        storage::used_bytes()
    }

    /// Reports what reading found, and shows any backup it made.
    pub(super) fn after_reading(&self, found: Vec<Problem>) {
        if !found.is_empty() {
            self.stored
                .dispatch(StoredAction::Backups(storage::backups()));
            self.report_all(found);
        }
    }

    /// Reports a failed write; true when it succeeded.
    pub(super) fn check(&self, result: Result<(), StoreError>, what: &str) -> bool {
        result
            .map_err(|e| self.report(format!("{what}: {e}.")))
            .is_ok()
    }
}
