//! Keeping storage and the open document in step: every change is written at once, and what
//! other tabs write is merged in (`model::merge`), whatever its order.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::prelude::*;

use super::live::Latest;
use super::stored::{Stored, StoredAction};
use crate::model::{merge, Action, Session, State};
use crate::schema::{decode_record, doc_key, text_key, LibraryEntry, DOC_PREFIX};
use crate::ui::edge::{clock, storage};

/// What storage is known to hold of the open document.
#[derive(Debug, Clone, Default)]
pub struct Saved {
    /// The version last written or read; `None` before the first save of a new document, or
    /// once another tab deleted it.
    pub stored: Option<Session>,
    /// The tick of the session last written or read: a session past it needs saving, unless it
    /// holds what storage holds already.
    pub clock: u64,
}

impl Saved {
    /// Storage holds exactly `session`.
    pub fn of(session: &Session) -> Saved {
        Saved {
            stored: Some(session.clone()),
            clock: session.clock,
        }
    }

    fn holds(&self, session: &Session) -> bool {
        self.stored
            .as_ref()
            .is_some_and(|s| s.same_content(session))
    }
}

/// Shared by the effects and the workflows that open stored documents.
pub type SavedRef = Rc<RefCell<Saved>>;

/// Records that `session` is exactly what storage holds (it was just read from there), so
/// opening it writes nothing and does not count as a change.
pub fn mark_saved(saved: &SavedRef, session: &Session) {
    *saved.borrow_mut() = Saved::of(session);
}

/// Saves the session whenever its tick moves past what storage holds, and keeps its library
/// line. A failure is shown and the work stays in memory; the next save that succeeds writes
/// everything.
#[hook]
pub fn use_persistence(
    state: &UseReducerHandle<State>,
    saved: SavedRef,
    library: UseReducerDispatcher<Stored>,
    save_error: Callback<Option<String>>,
) {
    // An earlier version open to read is never written: writing would make it the current one.
    let session = state.session.clone().filter(|_| !state.read_only);
    let deps = session.as_ref().map(|s| (s.doc.id.clone(), s.clock));
    use_effect_with(deps, move |_| {
        let Some(session) = session else { return };
        let (stored, holds) = {
            let known = saved.borrow();
            let same_doc = known.stored.as_ref().map(|s| &s.doc.id) == Some(&session.doc.id);
            (
                same_doc,
                same_doc && (known.clock == session.clock || known.holds(&session)),
            )
        };
        if holds {
            // Storage has it already (a merge that took in another tab's write, nothing more).
            saved.borrow_mut().clock = session.clock;
            return;
        }
        let now = clock::now();
        // A document storage lacks (new, or deleted in another tab) is written whole, and
        // remembered as the one open.
        let result = storage::save(&session, &now, !stored).and_then(|()| {
            if stored {
                Ok(())
            } else {
                storage::set_current(&session.doc.id)
            }
        });
        if result.is_ok() {
            mark_saved(&saved, &session);
            library.dispatch(StoredAction::Put(LibraryEntry::of(&session, &now)));
        }
        save_error.emit(result.err().map(|e| {
            format!("Your last change is not saved: {e}. It is kept in this tab; use Download JSON to keep a copy.")
        }));
    });
}

/// Listens for writes by other tabs: the open document's are merged in; a deletion of it is
/// reported and makes the next save write it back whole; the library follows every document.
/// The listener is added once and reads the open document as of the latest render.
#[hook]
pub fn use_other_tabs(
    state: &UseReducerHandle<State>,
    latest: Latest,
    saved: SavedRef,
    library: UseReducerDispatcher<Stored>,
    notify: Callback<String>,
) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<StorageEvent>() else {
                    return;
                };
                let Some(key) = event.key() else { return };
                if let Some(id) = key.strip_prefix(DOC_PREFIX) {
                    library.dispatch(match storage::library_line(&key) {
                        Some(line) => StoredAction::Put(line),
                        None => StoredAction::Remove(id.to_string()),
                    });
                }
                let Some(session) = latest.borrow().state.session.clone() else {
                    return;
                };
                let id = &session.doc.id;
                if key != doc_key(id) && key != text_key(id) {
                    return;
                }
                match event.new_value() {
                    None => {
                        // Storage no longer holds it: the next save writes it whole.
                        if saved.borrow_mut().stored.take().is_some() {
                            notify.emit("This article was deleted in another tab. It stays open here, and your next change saves it again, whole.".into());
                        }
                    }
                    Some(raw) if key == doc_key(id) => {
                        take_in(&session, &raw, &saved, &dispatcher, &notify)
                    }
                    Some(_) => {}
                }
            })
        });
        move || drop(listener)
    });
}

/// Takes another tab's write of the open document in. The merge runs in the reducer, on the
/// latest state; `session` (as of the latest render) only words the message about conflicts.
fn take_in(
    session: &Session,
    raw: &str,
    saved: &SavedRef,
    dispatcher: &UseReducerDispatcher<State>,
    notify: &Callback<String>,
) {
    // Read onto the open document's own text: the key is this document's.
    let Ok(theirs) = decode_record(raw, session.doc.text.clone()) else {
        return;
    };
    let synced = saved.borrow().clock;
    if let Some(merged) = merge(session, &theirs, synced) {
        if !merged.conflicts.is_empty() {
            notify.emit(format!(
                "Another tab changed sentence {} after you did; its version is kept here. Undo brings yours back.",
                merged.conflicts_for_people()
            ));
        }
    }
    saved.borrow_mut().stored = Some(theirs.clone());
    dispatcher.dispatch(Action::Sync {
        theirs: Box::new(theirs),
        synced,
    });
}
