//! The browser's storage, through gloo-storage: the only code that touches it. localStorage
//! holds the documents (`documents`) and the reader's settings (the theme, their name); sessionStorage holds
//! what belongs to one tab (`tab`: the comparison open in it). Every failure is a value the app
//! shows; unreadable data is backed up and never overwritten.
//!
//! Records go in and out as the strings `schema` makes and reads (raw access): a record is read
//! by its own version's type and an unreadable one is backed up as it was, which a typed get
//! cannot do.

mod documents;
mod listing;
pub mod suggestions;
pub mod tab;

pub use documents::*;
pub use listing::{library, Listed, Listing};

use std::cell::RefCell;

use gloo_storage::{LocalStorage, Storage};
use gloo_utils::errors::JsError;

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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    pub(super) static PROTECTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The page's localStorage. gloo's `LocalStorage::raw` throws when the browser gives none
/// (disabled, blocked), so that is asked first.
pub(super) fn storage() -> Result<web_sys::Storage, StoreError> {
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

pub(super) fn set(key: &str, value: &str) -> Result<(), StoreError> {
    if PROTECTED.with(|p| p.borrow().iter().any(|k| k == key)) {
        return Err(StoreError::Protected(key.to_string()));
    }
    storage()?.set_item(key, value).map_err(store_error)
}

/// The theme the reader chose ("light", "dark"; none: the system's). A setting, not part of
/// the versioned schema.
const THEME_KEY: &str = "sift.theme";

pub fn theme() -> Option<String> {
    get(THEME_KEY).ok().flatten()
}

pub fn set_theme(name: &str) -> Result<(), StoreError> {
    set(THEME_KEY, name)
}

/// The reader's name ("Your name"), written into every export. A setting; checked as
/// `model::reader_name` checks it when read, since another tab or a hand may have written it.
const NAME_KEY: &str = "sift.name";

pub fn reader_name() -> Option<String> {
    let stored = get(NAME_KEY).ok().flatten()?;
    crate::model::reader_name(&stored).ok().flatten()
}

/// Keeps `name` (already checked), or forgets the name when it is `None`.
pub fn set_reader_name(name: Option<&str>) -> Result<(), StoreError> {
    match name {
        Some(name) => set(NAME_KEY, name),
        None => remove(NAME_KEY),
    }
}

pub(super) fn remove(key: &str) -> Result<(), StoreError> {
    storage()?;
    LocalStorage::delete(key);
    Ok(())
}

/// Every key, for listing documents and backups.
pub(super) fn keys() -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}
