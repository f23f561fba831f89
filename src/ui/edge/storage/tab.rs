//! What belongs to one tab, in its sessionStorage: the comparison open in it, so a reload keeps
//! the annotators picked, and the messages shown as the tab goes to another of Sift's pages. A failed write loses nothing of the reader's (the files stay where
//! they were picked from).

use gloo_storage::{SessionStorage, Storage};

const COMPARISON_KEY: &str = "sift.comparison";
const NOTICES_KEY: &str = "sift.notices";

/// gloo's `SessionStorage::raw` throws when the browser gives none, so that is asked first.
fn session_storage() -> Option<web_sys::Storage> {
    let available = web_sys::window().is_some_and(|w| matches!(w.session_storage(), Ok(Some(_))));
    available.then(SessionStorage::raw)
}

/// The comparison this tab kept, as `compare::kept` wrote it.
pub fn comparison() -> Option<String> {
    session_storage()?.get_item(COMPARISON_KEY).ok().flatten()
}

pub fn keep_comparison(raw: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(COMPARISON_KEY, raw);
    }
}

pub fn forget_comparison() {
    if let Some(storage) = session_storage() {
        let _ = storage.remove_item(COMPARISON_KEY);
    }
}

/// Keeps the messages on screen for the page the tab goes to next.
pub fn carry_notices(raw: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(NOTICES_KEY, raw);
    }
}

/// The messages carried from the page before, once: they are forgotten as they are read.
pub fn carried_notices() -> Option<String> {
    let storage = session_storage()?;
    let raw = storage.get_item(NOTICES_KEY).ok().flatten()?;
    let _ = storage.remove_item(NOTICES_KEY);
    Some(raw)
}
