//! The browser's localStorage: restoring the last document at start and saving every change.
//! Every failure is a value the app shows; unreadable data is backed up and never overwritten.

use std::cell::RefCell;
use std::collections::HashSet;

use web_sys::Storage;

use crate::model::{Annotations, Document, Session};
use crate::schema::{
    backup_key, decode_annotations, decode_document, doc_key, encode_annotations, encode_document,
    labels_key, CURRENT_KEY,
};

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser gives no localStorage (disabled, blocked, private mode).
    Unavailable,
    /// localStorage is full.
    Quota,
    /// The key holds unreadable data that could not be backed up, so it is left alone.
    Protected(String),
    Other(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Unavailable => write!(f, "this browser does not let Sift use its storage"),
            StoreError::Quota => write!(f, "the browser's storage for Sift is full"),
            StoreError::Protected(key) => {
                write!(f, "the saved data under {key} could not be read or backed up, so Sift leaves it untouched")
            }
            StoreError::Other(e) => write!(f, "the browser refused to save ({e})"),
        }
    }
}

thread_local! {
    /// Keys holding unreadable data whose backup failed: writing them would destroy the only copy.
    static PROTECTED: RefCell<HashSet<String>> = RefCell::new(HashSet::new());
}

fn storage() -> Result<Storage, StoreError> {
    let window = web_sys::window().ok_or(StoreError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(StoreError::Unavailable),
    }
}

fn get(key: &str) -> Result<Option<String>, StoreError> {
    storage()?
        .get_item(key)
        .map_err(|e| StoreError::Other(format!("{e:?}")))
}

fn set(key: &str, value: &str) -> Result<(), StoreError> {
    if PROTECTED.with(|p| p.borrow().contains(key)) {
        return Err(StoreError::Protected(key.to_string()));
    }
    storage()?.set_item(key, value).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string());
        match name.as_deref() {
            Some("QuotaExceededError") | Some("NS_ERROR_DOM_QUOTA_REACHED") => StoreError::Quota,
            _ => StoreError::Other(name.unwrap_or_else(|| format!("{e:?}"))),
        }
    })
}

/// What was found in storage at start.
#[derive(Debug, Default)]
pub struct Restored {
    pub session: Option<Session>,
    /// Problems to show the reader, each a full sentence.
    pub problems: Vec<String>,
}

/// Reopens the last open document. Unreadable data is copied, untouched, to a backup key.
pub fn restore(now: &str) -> Restored {
    let mut restored = Restored::default();
    let id = match get(CURRENT_KEY) {
        Ok(Some(id)) if !id.is_empty() => id,
        Ok(_) => return restored,
        Err(e) => {
            restored.problems.push(format!(
                "Sift cannot keep your work: {e}. It works in this tab only; use Download JSON to keep a copy."
            ));
            return restored;
        }
    };
    let doc = match read_record(&doc_key(&id), now, decode_document, &mut restored.problems) {
        Some(doc) => doc,
        None => return restored,
    };
    let annotations = read_record(
        &labels_key(&id),
        now,
        |raw| decode_annotations(raw, &doc),
        &mut restored.problems,
    )
    .unwrap_or_else(|| Annotations::empty(doc.len()));
    restored.session = Some(Session::with_annotations(
        doc,
        annotations.labels,
        annotations.notes,
    ));
    restored
}

/// Reads and decodes one key; on failure backs the raw value up and says what happened.
fn read_record<T, E: std::fmt::Display>(
    key: &str,
    now: &str,
    decode: impl FnOnce(&str) -> Result<T, E>,
    problems: &mut Vec<String>,
) -> Option<T> {
    let raw = match get(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return None,
        Err(e) => {
            problems.push(format!("Sift could not read {key}: {e}."));
            return None;
        }
    };
    let error = match decode(&raw) {
        Ok(value) => return Some(value),
        Err(error) => error,
    };
    let kept = match back_up(key, &raw, now) {
        Ok(backup) => format!("The data is kept, untouched, under “{backup}”."),
        Err(e) => {
            PROTECTED.with(|p| p.borrow_mut().insert(key.to_string()));
            format!("It could not be backed up ({e}), so Sift will not write over “{key}”.")
        }
    };
    problems.push(format!(
        "Sift could not read your saved work in “{key}”: {error}. {kept}"
    ));
    None
}

/// Copies `raw` to a backup key and returns that key. Reloading with the same bad data reuses
/// its backup instead of filling the storage with copies.
fn back_up(key: &str, raw: &str, now: &str) -> Result<String, StoreError> {
    let first = backup_key(key, None);
    let backup = match get(&first)? {
        Some(existing) if existing == raw => return Ok(first),
        Some(_) => backup_key(key, Some(now)),
        None => first,
    };
    set(&backup, raw)?;
    Ok(backup)
}

/// Saves a document's text and spans and marks it as the one open.
pub fn save_document(doc: &Document) -> Result<(), StoreError> {
    set(&doc_key(&doc.id), &encode_document(doc))?;
    set(CURRENT_KEY, &doc.id)
}

/// Saves the labels and notes of the session's document.
pub fn save_annotations(session: &Session, now: &str) -> Result<(), StoreError> {
    let id = &session.doc.id;
    set(
        &labels_key(id),
        &encode_annotations(id, &session.labels, &session.notes, now),
    )
}

/// Forgets which document was open (the reader started a new one); the documents stay.
pub fn forget_current() -> Result<(), StoreError> {
    storage()?
        .remove_item(CURRENT_KEY)
        .map_err(|e| StoreError::Other(format!("{e:?}")))
}
