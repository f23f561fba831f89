//! The browser's localStorage, through gloo-storage: the library, restoring and saving
//! documents, and how much room is left. Every failure is a value the app shows; unreadable
//! data is backed up and never overwritten.
//!
//! Records go in and out as the strings `schema` makes and reads (raw access): a record is read
//! by its own version's type and an unreadable one is backed up as it was, which a typed get
//! cannot do.

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;

use crate::model::{Annotations, Session};
use crate::schema::{
    backup_key, decode_annotations, decode_document, decode_library, doc_key, encode_annotations,
    encode_document, encode_library, labels_key, LibraryEntry, CURRENT_KEY, DOC_PREFIX,
    LIBRARY_KEY,
};

/// What Chromium and Firefox give an origin: about 5 million UTF-16 units, 10 MB.
pub const QUOTA_BYTES: usize = 10 * 1024 * 1024;

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

/// A problem to show the reader, with the key of a backup they can download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub message: String,
    pub backup: Option<String>,
}

impl Problem {
    pub fn new(message: String) -> Problem {
        Problem {
            message,
            backup: None,
        }
    }
}

thread_local! {
    /// Keys holding unreadable data whose backup failed: writing them would destroy the only copy.
    static PROTECTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The page's localStorage. gloo's `LocalStorage::raw` throws when the browser gives none
/// (disabled, blocked), so that is asked first.
fn storage() -> Result<web_sys::Storage, StoreError> {
    let available = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
    if available {
        Ok(LocalStorage::raw())
    } else {
        Err(StoreError::Unavailable)
    }
}

fn store_error(e: wasm_bindgen::JsValue) -> StoreError {
    match JsError::try_from(e) {
        Ok(e) if e.name == "QuotaExceededError" || e.name == "NS_ERROR_DOM_QUOTA_REACHED" => {
            StoreError::Quota
        }
        Ok(e) => StoreError::Other(e.name),
        Err(e) => StoreError::Other(e.to_string()),
    }
}

pub fn get(key: &str) -> Result<Option<String>, StoreError> {
    storage()?.get_item(key).map_err(store_error)
}

fn set(key: &str, value: &str) -> Result<(), StoreError> {
    if PROTECTED.with(|p| p.borrow().iter().any(|k| k == key)) {
        return Err(StoreError::Protected(key.to_string()));
    }
    storage()?.set_item(key, value).map_err(store_error)
}

/// A small setting of the reader's (the theme); not part of the versioned schema.
pub fn set_preference(key: &str, value: &str) -> Result<(), StoreError> {
    set(key, value)
}

fn remove(key: &str) -> Result<(), StoreError> {
    storage()?;
    LocalStorage::delete(key);
    Ok(())
}

fn keys() -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// What was found in storage at start.
#[derive(Debug, Default)]
pub struct Restored {
    pub session: Option<Session>,
    pub library: Vec<LibraryEntry>,
    pub problems: Vec<Problem>,
}

/// Reads the library and reopens the last open document.
pub fn restore(now: &str) -> Restored {
    let mut restored = Restored::default();
    if let Err(e) = storage() {
        restored.problems.push(Problem::new(format!(
            "Sift cannot keep your work: {e}. It works in this tab only, in memory; use Download JSON to keep a copy."
        )));
        return restored;
    }
    restored.library = load_library(now, &mut restored.problems);
    if let Ok(Some(id)) = get(CURRENT_KEY) {
        restored.session = load_session(&id, now, &mut restored.problems);
    }
    // Rebuilding the library may already have read (and reported) the same bad record.
    let mut seen: Vec<String> = Vec::new();
    restored.problems.retain(|p| {
        let new = !seen.contains(&p.message);
        seen.push(p.message.clone());
        new
    });
    restored
}

/// A stored document with its annotations; `None` (with the reason in `problems`) when it
/// cannot be read.
pub fn load_session(id: &str, now: &str, problems: &mut Vec<Problem>) -> Option<Session> {
    let doc = read_record(&doc_key(id), now, decode_document, problems)?;
    let annotations = read_record(
        &labels_key(id),
        now,
        |raw| decode_annotations(raw, &doc),
        problems,
    )
    .unwrap_or_else(|| Annotations::empty(doc.len()));
    Some(Session::with_annotations(
        doc,
        annotations.labels,
        annotations.notes,
    ))
}

/// The library list; rebuilt from the documents when it is missing (data from version 1) or
/// unreadable (after backing it up).
fn load_library(now: &str, problems: &mut Vec<Problem>) -> Vec<LibraryEntry> {
    let stored = matches!(get(LIBRARY_KEY), Ok(Some(_)));
    if stored {
        if let Some(entries) = read_record(LIBRARY_KEY, now, decode_library, problems) {
            return entries;
        }
    }
    let mut entries = Vec::new();
    for key in keys() {
        if let Some(id) = key.strip_prefix(DOC_PREFIX) {
            if let Some(session) = load_session(id, now, problems) {
                entries.push(LibraryEntry::of(&session, &session.doc.created));
            }
        }
    }
    // A missing list (data from version 1) is written now; an unreadable one stays as it is
    // until the next change is saved, by which time its backup is made.
    if !stored {
        let _ = save_library(&entries);
    }
    entries
}

/// Reads and decodes one key; on failure backs the raw value up and says what happened.
fn read_record<T, E: std::fmt::Display>(
    key: &str,
    now: &str,
    decode: impl FnOnce(&str) -> Result<T, E>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let raw = match get(key) {
        Ok(Some(raw)) => raw,
        Ok(None) => return None,
        Err(e) => {
            problems.push(Problem::new(format!("Sift could not read {key}: {e}.")));
            return None;
        }
    };
    let error = match decode(&raw) {
        Ok(value) => return Some(value),
        Err(error) => error,
    };
    let problem = match back_up(key, &raw, now) {
        Ok(backup) => Problem {
            message: format!(
                "Sift could not read your saved work in “{key}”: {error}. The data is kept, untouched, under “{backup}”."
            ),
            backup: Some(backup),
        },
        Err(e) => {
            PROTECTED.with(|p| p.borrow_mut().push(key.to_string()));
            Problem {
                message: format!(
                    "Sift could not read your saved work in “{key}”: {error}. It could not be backed up ({e}), so Sift will not write over “{key}”."
                ),
                backup: Some(key.to_string()),
            }
        }
    };
    problems.push(problem);
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

/// Saves a document's text, title and sentence bounds.
pub fn save_document(session: &Session) -> Result<(), StoreError> {
    set(&doc_key(&session.doc.id), &encode_document(&session.doc))
}

/// Remembers the document open now, to reopen it next time.
pub fn set_current(id: &str) -> Result<(), StoreError> {
    set(CURRENT_KEY, id)
}

/// Saves the labels and notes of the session's document.
pub fn save_annotations(session: &Session, now: &str) -> Result<(), StoreError> {
    let id = &session.doc.id;
    set(
        &labels_key(id),
        &encode_annotations(id, &session.labels, &session.notes, now),
    )
}

pub fn save_library(entries: &[LibraryEntry]) -> Result<(), StoreError> {
    set(LIBRARY_KEY, &encode_library(entries))
}

/// Removes a document and its annotations; its backups stay.
pub fn delete_document(id: &str) -> Result<(), StoreError> {
    remove(&doc_key(id))?;
    remove(&labels_key(id))?;
    if get(CURRENT_KEY)?.as_deref() == Some(id) {
        remove(CURRENT_KEY)?;
    }
    Ok(())
}

/// Forgets which document was open (the reader went back to the library); the documents stay.
pub fn forget_current() -> Result<(), StoreError> {
    remove(CURRENT_KEY)
}

/// Bytes Sift's keys take in storage (UTF-16: two bytes per unit).
pub fn used_bytes() -> usize {
    let Ok(storage) = storage() else { return 0 };
    keys()
        .into_iter()
        .filter(|k| k.starts_with("sift."))
        .map(|k| {
            let value = storage
                .get_item(&k)
                .ok()
                .flatten()
                .map_or(0, |v| v.encode_utf16().count());
            2 * (k.encode_utf16().count() + value)
        })
        .sum()
}
