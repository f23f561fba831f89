//! The workspace handle the pages work through: what is open, the library as shown, the
//! messages, and the plain changes; the workflows are in `flows` and `documents`.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use super::comparing::Comparing;
use super::intake::{Intaking, RunRef};
use super::listing::ListingRef;
use super::live::Latest;
use super::notices::{NoticeAction, Notices};
use super::outtake::Exporting;
use super::removal::Removed;
use super::stored::{Entries, Stored};
use super::sync::SavedRef;
use super::texts::Texts;
use crate::compare::{Comparison, ComparisonAction};
use crate::jobs::Arrived;
use crate::model::{Action, Document, Session, State};
use crate::ui::edge::background::Running;
use crate::ui::edge::route;
use crate::ui::edge::storage::{tab, Problem};
use crate::wire;
use crate::workspace::Recognised;

/// A pasted text that resembles an article in the library, waiting for the reader's answer.
#[derive(Debug, PartialEq)]
pub struct Pending {
    pub doc: Document,
    pub found: Recognised,
}

/// Another tool's annotations being anchored in the open document, in the background.
#[derive(Debug, PartialEq)]
pub struct Importing {
    /// The file's name.
    pub file: String,
    /// How many annotations are anchored, of how many (none yet while the file is read).
    pub done: usize,
    pub total: usize,
}

/// The handle the pages work through: one per render of the app, cheap to clone into
/// callbacks (one pointer).
#[derive(Clone)]
pub struct Workspace(Rc<Handles>);

/// What the workspace is made of, as of one render.
pub struct Handles {
    pub(super) state: UseReducerHandle<State>,
    pub(super) stored: UseReducerHandle<Stored>,
    pub(super) listing: ListingRef,
    pub(super) notices: UseReducerHandle<Notices>,
    pub(super) comparing: UseReducerHandle<Comparing>,
    /// A pasted text that resembles an article, waiting for the reader's answer.
    pub(super) pending: UseStateHandle<Option<Rc<Pending>>>,
    pub(super) importing: UseStateHandle<Option<Rc<Importing>>>,
    /// The import under way in the background worker; dropping it cancels it.
    pub(super) running: Rc<RefCell<Option<Running>>>,
    pub(super) saved: SavedRef,
    pub(super) latest: Latest,
    /// Articles being imported into the library, as shown; the import itself.
    pub(super) intaking: UseStateHandle<Option<Intaking>>,
    pub(super) run: RunRef,
    /// Imported texts resembling articles in the library, waiting for the reader's answer.
    pub(super) resembling: UseStateHandle<Option<Rc<Vec<Arrived>>>>,
    /// The library's texts, as far as its search has read them.
    pub(super) texts: Texts,
    /// The library being exported, and its job in the worker.
    pub(super) exporting: UseStateHandle<Option<Exporting>>,
    pub(super) export_job: Rc<RefCell<Option<Running>>>,
    /// The articles deleted last, for Undo.
    pub(super) removed: UseStateHandle<Option<Rc<Removed>>>,
}

/// The workspace's parts are read through the handle, as through any `Rc`.
impl Deref for Workspace {
    type Target = Handles;

    fn deref(&self) -> &Handles {
        &self.0
    }
}

/// The same render's handle. The app renders only when something in the workspace changed,
/// and then makes a new handle, so a page given another handle has something new to show.
impl PartialEq for Workspace {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Workspace {
    pub(super) fn new(handles: Handles) -> Workspace {
        Workspace(Rc::new(handles))
    }

    /// The open document, if any.
    pub fn session(&self) -> Option<&Session> {
        self.state.session.as_ref()
    }

    /// Whether the open document is an earlier version, open to read.
    pub fn read_only(&self) -> bool {
        self.state.read_only
    }

    /// The library as far as it is listed, shared, for a view's properties (a workflow reads
    /// `library`, which is always whole).
    pub fn entries(&self) -> Entries {
        Entries(self.stored.library.clone())
    }

    /// Changes when storage's use changed while the library did not.
    pub fn room(&self) -> u32 {
        self.stored.room
    }

    /// Whether every stored document is in the library shown.
    pub fn listed(&self) -> bool {
        self.stored.listed
    }

    pub fn backups(&self) -> &[String] {
        &self.stored.backups
    }

    pub fn notices(&self) -> &Notices {
        &self.notices
    }

    pub fn comparison(&self) -> Option<&Comparison> {
        self.comparing.0.as_ref()
    }

    pub fn pending(&self) -> Option<&Pending> {
        self.pending.as_deref()
    }

    pub fn importing(&self) -> Option<&Importing> {
        self.importing.as_deref()
    }

    /// Stops the import under way; nothing of it is laid on.
    pub fn cancel_import(&self) {
        if let (Some(importing), Some(_)) = (self.importing(), self.running.borrow_mut().take()) {
            self.notify(format!(
                "Import of “{}” cancelled. Nothing was changed.",
                importing.file
            ));
        }
        self.importing.set(None);
    }

    /// A change to the open document.
    pub fn act(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// What changes the open document: the same from every render.
    pub fn dispatcher(&self) -> UseReducerDispatcher<State> {
        self.state.dispatcher()
    }

    /// What changes the comparison; `None` closes it.
    pub fn comparison_callback(&self) -> Callback<Option<ComparisonAction>> {
        self.comparing.dispatcher().to_callback()
    }

    pub fn notify(&self, message: String) {
        self.notices.dispatch(NoticeAction::Notify(message));
    }

    pub fn report(&self, message: String) {
        self.report_all(vec![Problem::new(message)]);
    }

    pub fn report_all(&self, problems: Vec<Problem>) {
        if !problems.is_empty() {
            self.notices.dispatch(NoticeAction::Report(problems));
        }
    }

    /// Goes to another of Sift's pages in this tab, with the messages on screen.
    pub fn go(&self, url: &str) {
        tab::carry_notices(&wire::write(&*self.notices));
        route::go(url);
    }

    pub fn dismiss(&self, index: usize) {
        self.notices.dispatch(NoticeAction::Dismiss(index));
    }
}
