//! A session: an open document's content and what this tab knows of it (stamps, tick,
//! selection, undo).

use std::ops::Deref;
use std::rc::Rc;

use super::history::{History, Snapshot};
use super::stamps::Stamps;
use super::{Annotations, Content, Counts, Document, Label, Selection};

/// An open document: its content, and what this tab knows of it (stamps, tick, selection,
/// undo). Shared parts sit behind `Rc` so a new state costs pointer copies.
#[derive(Debug, Clone)]
pub struct Session {
    /// Read through the session (`session.doc`, `session.labels`), written as `content`.
    pub content: Content,
    /// When each part last changed, on the clock tabs share through storage.
    pub stamps: Rc<Stamps>,
    /// This session's tick: every change advances it, and a merge moves it past the other
    /// tab's. A session needs saving when its tick is past the one last saved.
    pub clock: u64,
    /// Kept in step with `labels` so no action recounts the document.
    pub counts: Counts,
    pub selection: Option<Selection>,
    pub history: Rc<History>,
}

/// A session is read as its content: the views and the core read `session.doc` and
/// `session.labels` wherever they are, and only the reducer writes `content`.
impl Deref for Session {
    type Target = Content;

    fn deref(&self) -> &Content {
        &self.content
    }
}

/// Two sessions are the same when they share their parts and selection (history aside).
impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        self.content.same_parts(&other.content)
            && self.clock == other.clock
            && self.selection == other.selection
    }
}

impl Session {
    /// A freshly pasted document: nothing labelled, nothing selected.
    pub fn new(doc: Document) -> Session {
        let n = doc.len();
        Session::with_annotations(doc, vec![None; n], vec![None; n])
    }

    /// `labels` and `notes` must have one entry per sentence of `doc`; callers check it.
    pub fn with_annotations(
        doc: Document,
        labels: Vec<Option<Label>>,
        notes: Vec<Option<Rc<str>>>,
    ) -> Session {
        debug_assert_eq!(labels.len(), doc.len());
        debug_assert_eq!(notes.len(), doc.len());
        Session {
            counts: Counts::of(&labels),
            stamps: Rc::new(Stamps::new(&doc)),
            clock: 0,
            content: Content {
                doc: Rc::new(doc),
                labels: Rc::new(labels),
                notes: Rc::new(notes),
                orphans: Rc::default(),
            },
            selection: None,
            history: Rc::default(),
        }
    }

    /// A copy of the labels and notes.
    pub fn annotations(&self) -> Annotations {
        Annotations {
            labels: self.labels.to_vec(),
            notes: self.notes.to_vec(),
        }
    }

    /// With the stamps and tick it was stored with; `stamps` must fit the document (one per
    /// sentence), which the storage schema checks.
    pub fn stamped(mut self, stamps: Stamps, clock: u64) -> Session {
        self.clock = clock.max(stamps.latest());
        self.stamps = Rc::new(stamps);
        self
    }

    /// Whether the two hold the same document, annotations and stamps (selection, history and
    /// tick aside): what decides that a merged version need not be written back.
    pub fn same_content(&self, other: &Session) -> bool {
        self.content == other.content && self.stamps == other.stamps
    }

    pub(super) fn snapshot(&self) -> Snapshot {
        Snapshot {
            content: self.content.clone(),
            selection: self.selection,
        }
    }

    pub(super) fn restore(&mut self, snapshot: Snapshot) {
        self.counts = Counts::of(&snapshot.content.labels);
        self.content = snapshot.content;
        self.selection = snapshot.selection;
    }
}
