//! Keeping storage and the open document in step: every change is written at once, and
//! changes another tab writes are merged in per sentence.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::prelude::*;

use super::{clock, storage};
use crate::model::{merge_three, Action, Annotations, Session, State};
use crate::schema::{decode_annotations, doc_key, labels_key, upsert, LibraryEntry, LIBRARY_KEY};

/// What was last written to storage, by pointer: a state whose parts are the same `Rc`s needs
/// no write. The addresses of (document, labels, notes); also the effects' dependencies.
type Saved = (usize, usize, usize);

fn pointers(session: &Session) -> Saved {
    (
        Rc::as_ptr(&session.doc) as usize,
        Rc::as_ptr(&session.labels) as usize,
        Rc::as_ptr(&session.notes) as usize,
    )
}

/// What is known to be in storage already, shared with the code that opens stored documents.
pub type SavedRef = Rc<RefCell<Option<Saved>>>;

/// Records that `session` is exactly what storage holds (it was just read from there), so
/// opening it writes nothing and does not count as a change.
pub fn mark_saved(saved: &SavedRef, session: &Session) {
    *saved.borrow_mut() = Some(pointers(session));
}

/// The annotations as another tab last stored them: the common ground for a three-way merge.
pub type Shared = Rc<RefCell<Option<(String, Annotations)>>>;

/// Saves the document when it is opened or its bounds or title change, the annotations whenever
/// they change, and the library line. A failure is shown and the work stays in memory; the next
/// save that succeeds writes everything again.
#[hook]
pub fn use_persistence(
    state: &UseReducerHandle<State>,
    library: UseStateHandle<Vec<LibraryEntry>>,
    save_error: Callback<Option<String>>,
) -> SavedRef {
    // What was restored at start is already in storage.
    let saved = use_mut_ref(|| state.session.as_ref().map(pointers));
    let handle = saved.clone();
    let session = state.session.clone();
    let deps = session.as_ref().map(pointers);
    use_effect_with(deps, move |_| {
        let Some(session) = session else { return };
        let now_ptrs = pointers(&session);
        if *saved.borrow() == Some(now_ptrs) {
            return;
        }
        let now = clock::now();
        let result = (|| {
            let mut saved = saved.borrow_mut();
            if saved.map(|s| s.0) != Some(now_ptrs.0) {
                storage::save_document(&session)?;
                storage::set_current(&session.doc.id)?;
                *saved = None;
            }
            if saved.map(|s| (s.1, s.2)) != Some((now_ptrs.1, now_ptrs.2)) {
                storage::save_annotations(&session, &now)?;
            }
            *saved = Some(now_ptrs);
            let entries = upsert(&library, LibraryEntry::of(&session, &now));
            storage::save_library(&entries)?;
            library.set(entries);
            Ok::<(), storage::StoreError>(())
        })();
        save_error.emit(result.err().map(|e| {
            format!("Your last change is not saved: {e}. It is kept in this tab; use Download JSON to keep a copy.")
        }));
    });
    handle
}

/// Listens for writes by other tabs: the open document's annotations are merged per sentence
/// (against `shared`, what both tabs last agreed on); a change of its sentence bounds reloads
/// it; the library list follows. Conflicts and reloads are reported through `notify`.
#[hook]
pub fn use_other_tabs(
    state: &UseReducerHandle<State>,
    shared: Shared,
    library: UseStateSetter<Vec<LibraryEntry>>,
    notify: Callback<String>,
) {
    let session = state.session.clone();
    let dispatcher = state.dispatcher();
    let deps = session.as_ref().map(pointers);
    use_effect_with(deps, move |_| {
        // A document just opened: what is stored now is what both tabs share.
        if let Some(session) = &session {
            let known = shared
                .borrow()
                .as_ref()
                .is_some_and(|(id, _)| *id == session.doc.id);
            if !known {
                *shared.borrow_mut() = Some((session.doc.id.clone(), session.annotations()));
            }
        }
        let window = web_sys::window();
        let listener = window.map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<StorageEvent>() else {
                    return;
                };
                let Some(key) = event.key() else { return };
                let value = event.new_value();
                if key == LIBRARY_KEY {
                    if let Some(entries) = value
                        .as_deref()
                        .and_then(|raw| crate::schema::decode_library(raw).ok())
                    {
                        library.set(entries);
                    }
                    return;
                }
                let Some(session) = &session else { return };
                let id = &session.doc.id;
                if key == doc_key(id) || key == labels_key(id) {
                    on_change(session, &key, value, &shared, &dispatcher, &notify);
                }
            })
        });
        move || drop(listener)
    });
}

fn on_change(
    session: &Session,
    key: &str,
    value: Option<String>,
    shared: &Shared,
    dispatcher: &UseReducerDispatcher<State>,
    notify: &Callback<String>,
) {
    let id = &session.doc.id;
    let Some(raw) = value else {
        notify.emit("This article was deleted in another tab. It stays open here; any change you make saves it again.".into());
        return;
    };
    let theirs = if key == labels_key(id) {
        decode_annotations(&raw, &session.doc).ok()
    } else {
        None
    };
    match theirs {
        Some(theirs) => {
            let base = shared
                .borrow()
                .as_ref()
                .filter(|(shared_id, _)| shared_id == id)
                .map(|(_, a)| a.clone())
                .unwrap_or_else(|| session.annotations());
            let merged = merge_three(&base, &session.annotations(), &theirs);
            *shared.borrow_mut() = Some((id.clone(), theirs));
            if !merged.conflicts.is_empty() {
                notify.emit(format!(
                    "Another tab changed sentence {} too; its version is kept here. Undo brings yours back.",
                    merged.conflicts_for_people()
                ));
            }
            dispatcher.dispatch(Action::Adopt {
                annotations: merged.annotations,
                undoable: !merged.conflicts.is_empty(),
            });
        }
        None => {
            // The bounds, title or details changed in another tab: take that version whole.
            let mut problems = Vec::new();
            if let Some(latest) = storage::load_session(id, &clock::now(), &mut problems) {
                if latest.doc.sentences != session.doc.sentences
                    || latest.doc.title != session.doc.title
                    || latest.doc.details != session.doc.details
                {
                    *shared.borrow_mut() = Some((id.clone(), latest.annotations()));
                    notify.emit("This article was edited in another tab (its sentences, title or source); Sift shows that version.".into());
                    dispatcher.dispatch(Action::Open(latest));
                }
            }
        }
    }
}
