//! The workflows on documents: open, paste, take a new version, import, compare, start a gold
//! version, close, rename, delete. Each does its storage, its reducer action and its message
//! here (bringing in other tools' annotations is in `bringing`, downloads in `downloads`).
//! Work that finishes later (a file read) carries the document it was started for and acts
//! only if that document is still open.

use std::rc::Rc;

use gloo_file::File;
use wasm_bindgen_futures::spawn_local;

use super::handle::{Pending, Workspace};
use crate::compare::{Annotator, ComparisonAction};
use crate::import::{into_library, Imported, IntoLibrary};
use crate::jobs::{not_imported, Answer, Job};
use crate::model::{Action, Document, Session};
use crate::schema::decode_session;
use crate::ui::edge::files::{read_all, Picked, JSON};
use crate::ui::edge::storage;
use crate::ui::edge::{background, clock};
use crate::versions::new_version;
use crate::workspace::{carried_message, pasted, vet_previous, Pasted, Target};

impl Workspace {
    /// The open document as of the latest render: what work that finishes later acts on.
    pub(super) fn open_now(&self) -> Option<Session> {
        self.latest.borrow().state.session.clone()
    }

    /// Makes `session` the open document: the one place that happens. A comparison stays open
    /// only over the same text (the gold version settled from it); a question about a paste
    /// is dropped.
    fn show(&self, session: Session, read_only: bool) {
        let same_text = self
            .open_now()
            .is_some_and(|open| open.doc.text_id() == session.doc.text_id());
        if !same_text {
            self.comparing.dispatch(None);
        }
        self.pending.set(None);
        self.act(match read_only {
            true => Action::OpenReadOnly(session),
            false => Action::Open(session),
        });
    }

    /// Opens a stored document, or reports why it cannot be read.
    pub fn open(&self, id: &str) {
        if let Some(session) = self.read_to_open(id) {
            self.show(session, false);
        }
    }

    /// Opens an earlier version of an article to read.
    pub fn read_version(&self, id: &str) {
        if let Some(session) = self.stored(id) {
            self.show(session, true);
        }
    }

    /// Makes a stored version its article's current one (the one changed last) and opens it.
    pub fn make_current(&self, id: &str) {
        if let Some(session) = self.read_to_open(id) {
            self.write(&session, "Sift could not make it the current version");
            self.show(session, false);
        }
    }

    /// A pasted text: the stored document it is opens with its work; one that resembles an
    /// article asks whether it is its new version; anything else is a new document.
    pub fn paste(&self, text: String) {
        let doc = Document::new(text, &clock::now());
        match pasted(&self.sketched_library(), &doc) {
            Pasted::Stored => {
                if let Some(session) = self.read_pasted(&doc) {
                    self.notify(
                        "This article is already in your library, so Sift opened it with your labels."
                            .into(),
                    );
                    self.show(session, false);
                }
            }
            Pasted::Resembles(found) => self.pending.set(Some(Rc::new(Pending { doc, found }))),
            Pasted::New => self.show(Session::new(doc), false),
        }
    }

    /// The pending paste is the resembled article's new version: its work carries over.
    pub fn take_as_version(&self) {
        let Some(pending) = self.pending() else {
            return;
        };
        let Some(old) = self.read_to_open(&pending.found.current) else {
            return;
        };
        let (session, carried) = new_version(&old, pending.doc.clone(), pending.found.number);
        self.notify(carried_message(&pending.found, &carried));
        self.show(session, false);
    }

    /// The pending paste is a document of its own.
    pub fn take_as_new(&self) {
        if let Some(pending) = self.pending() {
            self.show(Session::new(pending.doc.clone()), false);
        }
    }

    /// Reads the files picked, then hands them to `then` with the document open when they
    /// were picked: one reading for every workflow that takes files.
    pub(super) fn read_then(
        &self,
        files: Vec<File>,
        then: fn(&Workspace, Option<Target>, Vec<Picked>),
    ) {
        let target = self.session().map(Target::of);
        let workspace = self.clone();
        spawn_local(async move {
            let picked = read_all(files, &JSON, |_| {}).await;
            then(&workspace, target, picked);
        });
    }

    /// Sift's own JSON: a new document, or laid onto the stored one as one change, which Undo
    /// takes back.
    pub fn import(&self, file: File) {
        self.read_then(vec![file], Workspace::import_read);
    }

    fn import_read(&self, _: Option<Target>, picked: Vec<Picked>) {
        let Some((_, text)) = picked.into_iter().next() else {
            return;
        };
        let file = match text {
            Ok(file) => file,
            Err(message) => return self.report(message),
        };
        let ws = self.clone();
        background::once(Job::Import { file }, move |answer| ws.imported(answer));
    }

    fn imported(&self, answer: Answer) {
        let (text, record, exported_at, warnings) = match answer {
            Answer::Sift {
                text,
                record,
                exported_at,
                warnings,
            } => (text, record, exported_at, warnings),
            Answer::Failed(message) => return self.report(message),
            _ => return,
        };
        let session = match decode_session(&text, &record) {
            Ok(session) => session,
            Err(e) => return self.report(not_imported(&e)),
        };
        // An imported file's labels become the reader's own: the library keeps no annotator.
        let mut imported = Imported {
            annotations: session.annotations(),
            doc: (*session.doc).clone(),
            exported_at,
            annotator: None,
            warnings,
        };
        vet_previous(&self.library(), &mut imported);
        let id = imported.doc.id.clone();
        let stored = self.has(&id).then(|| self.read_to_open(&id));
        let IntoLibrary {
            session,
            change,
            message,
        } = into_library(imported, stored.flatten());
        self.notify(message);
        self.show(session, false);
        if let Some(annotations) = change {
            self.act(Action::Adopt(annotations, Vec::new()));
        }
    }

    /// Other annotators' exports of the open text, compared with the open document (its first
    /// annotator, unless it is the gold version being settled).
    pub fn compare(&self, files: Vec<File>) {
        self.read_then(files, Workspace::compare_read);
    }

    fn compare_read(&self, target: Option<Target>, picked: Vec<Picked>) {
        let Some(target) = target else { return };
        let session = match target.compares(self.open_now().as_ref()) {
            Ok(session) => session.clone(),
            Err(message) => return self.report(message),
        };
        let mut files = Vec::new();
        for (name, text) in picked {
            match text {
                Ok(file) => files.push((name, file)),
                Err(message) => self.report(message),
            }
        }
        let job = Job::Compare {
            files,
            text: session.doc.text.to_string(),
            title: session.doc.title.clone(),
        };
        let ws = self.clone();
        background::once(job, move |answer| ws.compared(&target, answer));
    }

    /// The files read for a comparison started on `target`, added to it if it is still open.
    fn compared(&self, target: &Target, answer: Answer) {
        let open = self.open_now();
        let session = match target.compares(open.as_ref()) {
            Ok(session) => session,
            Err(message) => return self.report(message),
        };
        let Answer::Annotators(read) = answer else {
            return;
        };
        let mut found = Vec::new();
        if !self.latest.borrow().comparing && !session.doc.is_gold() {
            let you = storage::reader_name().unwrap_or_else(|| "You".into());
            found.push(Annotator::of(&you, &session.doc, &session.labels));
        }
        let own = found.len();
        for read in read {
            match read {
                Ok(a) => found.push(a),
                Err(message) => self.report(message),
            }
        }
        if found.len() > own {
            self.comparing.dispatch(Some(ComparisonAction::Add(found)));
        }
    }

    /// Settles the comparison into this new gold version, or the one already in the library.
    pub fn start_gold(&self, gold: Session) {
        let id = gold.doc.id.clone();
        if self.has(&id) {
            self.notify("This article's gold version is already in your library, so Sift opened it to go on settling.".into());
            self.open(&id);
        } else {
            self.show(gold, false);
        }
    }

    /// Back to the start page: only the pointer to the open document is dropped; the document
    /// stays stored.
    pub fn close(&self) {
        self.comparing.dispatch(None);
        self.forget_open();
        self.act(Action::Close);
    }

    /// Renames a document that is not open.
    pub fn rename(&self, id: &str, title: String) {
        if let Some(renamed) = self.stored(id).and_then(|s| s.renamed(title)) {
            self.write(&renamed, "Sift could not rename it");
        }
    }

    pub fn delete(&self, id: &str) {
        let title = self.entry(id).map(|e| e.title.clone()).unwrap_or_default();
        if self.remove(id) {
            self.notify(format!("Deleted “{title}”."));
        }
    }
}
