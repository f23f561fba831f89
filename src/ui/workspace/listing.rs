//! The library listed after the page's first render, a slice of records a task, so the page
//! answers at once with thousands of articles stored; a workflow that needs the whole library
//! sooner reads the rest at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;

use super::handle::Workspace;
use super::stored::{merged, StoredAction};
use crate::schema::LibraryEntry;
use crate::ui::edge::clock;
use crate::ui::edge::storage;

/// Records read a task: about 5 ms on this machine (5,000 took 127 ms), so a key pressed
/// meanwhile is answered.
const SLICE: usize = 200;

/// The library as far as it has been read.
pub(super) enum Listing {
    Reading(storage::Listing),
    /// Every line read, and handed to the library.
    Listed(Rc<Vec<LibraryEntry>>),
}

pub(super) type ListingRef = Rc<RefCell<Listing>>;

impl Workspace {
    /// Lists the library and the backups a slice a task; then packs the texts stored on their
    /// own.
    pub(super) fn list_library(&self) {
        let ws = self.clone();
        Timeout::new(0, move || {
            if ws.list(SLICE).is_none() {
                ws.list_library();
            }
        })
        .forget();
    }

    /// The whole library, for a workflow: while it is still being listed (the first moments
    /// after the page starts), the rest is read now.
    pub fn library(&self) -> Rc<Vec<LibraryEntry>> {
        if self.stored.listed {
            return self.stored.library.clone();
        }
        let listed = self.list(usize::MAX).unwrap_or_default();
        Rc::new(merged(&self.stored.library, &listed))
    }

    /// Reads up to `n` more of the library's lines; every line once all are read. The first
    /// time they are, they go to the library, what could not be read is reported, and the
    /// texts stored on their own are packed.
    fn list(&self, n: usize) -> Option<Rc<Vec<LibraryEntry>>> {
        let mut listing = self.listing.borrow_mut();
        let reading = match &mut *listing {
            Listing::Listed(lines) => return Some(lines.clone()),
            Listing::Reading(reading) => reading,
        };
        if !reading.read(n, &clock::now()) {
            return None;
        }
        let listed = std::mem::take(reading).finish();
        let lines = Rc::new(listed.lines);
        *listing = Listing::Listed(lines.clone());
        drop(listing);
        self.stored
            .dispatch(StoredAction::Listed(lines.clone(), listed.backups));
        self.after_reading(listed.problems);
        self.pack_texts();
        Some(lines)
    }
}
