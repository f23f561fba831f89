//! Documents in localStorage: the library listed and the last open document restored at start,
//! each document read, saved and deleted, packs of texts read (the last few kept unpacked),
//! unreadable records backed up, and the room used.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;

use super::{get, keys, remove, set, storage, Problem, StoreError, PROTECTED};
use crate::model::Session;
use crate::schema::{
    backed_up_key, backup_key, decode_any, doc_key, encode_session, encode_text, legacy_labels_key,
    pack_key, read_pack, summary, text_in_pack, text_key, text_of_record, LibraryEntry, LoadError,
    BACKUP_PREFIX, CURRENT_KEY, DOC_PREFIX, LEGACY_LIBRARY_KEY, PACK_PREFIX,
};

/// Packs kept unpacked: the library's search and an export read the texts of one import one
/// after another, so each pack is unpacked once.
const UNPACKED: usize = 4;

/// A pack's texts, each with its document's id.
type Texts = Rc<Vec<(String, String)>>;

thread_local! {
    static PACKS: RefCell<Vec<(String, Texts)>> = const { RefCell::new(Vec::new()) };
}

/// The texts in pack `name`, from the last few unpacked or from storage. A pack's texts never
/// change (one may only be left out), so what was unpacked stays true for every text in it.
fn pack(name: &str) -> Result<Texts, LoadError> {
    if let Some(texts) = PACKS.with(|p| {
        p.borrow()
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.clone())
    }) {
        return Ok(texts);
    }
    let raw = pack_value(name)
        .ok_or_else(|| LoadError::Inconsistent(format!("its pack {name} is missing")))?;
    let texts = Rc::new(read_pack(&raw)?);
    PACKS.with(|p| {
        let mut packs = p.borrow_mut();
        packs.insert(0, (name.to_string(), texts.clone()));
        packs.truncate(UNPACKED);
    });
    Ok(texts)
}

/// The text of document `id`, kept in pack `name`.
pub fn packed_text(name: &str, id: &str) -> Result<String, LoadError> {
    text_in_pack(&pack(name)?, id)
}

/// The text of document `id` and the pack it is in: the pack named, or, for a record that
/// names none and has no text record of its own, any pack that holds it (its text was packed
/// while another tab wrote the record).
fn find_text(name: Option<&str>, id: &str) -> Result<(String, String), LoadError> {
    if let Some(name) = name {
        return Ok((name.to_string(), packed_text(name, id)?));
    }
    keys()
        .iter()
        .filter_map(|key| key.strip_prefix(PACK_PREFIX))
        .find_map(|name| Some((name.to_string(), packed_text(name, id).ok()?)))
        .ok_or_else(|| LoadError::Inconsistent("its text record is missing".into()))
}

/// The raw value of pack `name`, as it is kept.
pub fn pack_value(name: &str) -> Option<String> {
    stored(&pack_key(name))
}

/// The text of document `id`, as the library's search reads it: its text record's, or else
/// the one in `pack`.
pub fn stored_text(id: &str, pack: Option<&str>) -> Option<String> {
    match stored(&text_key(id)) {
        Some(raw) => text_of_record(&raw),
        None => packed_text(pack?, id).ok(),
    }
}

pub fn put_pack(name: &str, raw: &str) -> Result<(), StoreError> {
    set(&pack_key(name), raw)
}

pub fn remove_pack(name: &str) -> Result<(), StoreError> {
    PACKS.with(|p| p.borrow_mut().retain(|(n, _)| n != name));
    remove(&pack_key(name))
}

/// What was found in storage at start (the library and the backups are listed after, a slice
/// at a time).
#[derive(Debug, Default)]
pub struct Restored {
    pub session: Option<Session>,
    pub problems: Vec<Problem>,
}

/// Reopens the last open document.
pub fn restore(now: &str) -> Restored {
    let mut restored = Restored::default();
    if let Err(e) = storage() {
        restored.problems.push(Problem::new(format!(
            "Sift cannot keep your work: {e}. It works in this tab only, in memory; use Download JSON to keep a copy."
        )));
        return restored;
    }
    // Versions 2 and 3 kept a list of the documents; it is derived from them now.
    let _ = remove(LEGACY_LIBRARY_KEY);
    if let Ok(Some(id)) = get(CURRENT_KEY) {
        restored.session = load(&id, now, &mut restored.problems);
    }
    restored
}

/// The library line of the document stored under `key`, if it is one and can be read.
pub fn library_line(key: &str) -> Option<LibraryEntry> {
    let id = key.strip_prefix(DOC_PREFIX)?;
    let raw = get(key).ok().flatten()?;
    summary(id, &raw, stored).ok()
}

/// Whether storage holds `key`, without copying its value into the app.
pub fn has(key: &str) -> bool {
    storage().is_ok_and(|s| js_sys::Reflect::has(&s, &key.into()).unwrap_or(false))
}

/// A record as it is stored, if there is one.
pub(super) fn stored(key: &str) -> Option<String> {
    get(key).ok().flatten()
}

/// A stored document; `None` (with the reason in `problems`) when it cannot be read.
pub fn load(id: &str, now: &str, problems: &mut Vec<Problem>) -> Option<Session> {
    read(
        &doc_key(id),
        now,
        |raw| decode_any(id, raw, stored, |name| find_text(name, id)),
        problems,
    )
}

/// A stored document as its text record and its changing record, as an export and the worker
/// read them: a text in a pack comes out of it, and a record older than version 4 is written
/// anew (storage is left as it is).
pub fn records(id: &str, now: &str) -> Option<(String, String)> {
    let record = stored(&doc_key(id))?;
    if crate::schema::version(&record).is_ok_and(|v| v >= 4) {
        if let Some(text) = stored(&text_key(id)) {
            return Some((text, record));
        }
    }
    let session = load(id, now, &mut Vec::new())?;
    Some((encode_text(&session.doc), encode_session(&session, now)))
}

/// Reads and decodes one key; on failure backs the raw value up and says what happened.
pub(super) fn read<T, E: std::fmt::Display>(
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
    if !problems.contains(&problem) {
        problems.push(problem);
    }
    None
}

/// Backups kept of one key; older ones are removed.
pub const BACKUPS_PER_KEY: usize = 3;

/// Copies `raw` to a new backup key and returns it. A value already backed up is not copied
/// again, and only the newest `BACKUPS_PER_KEY` of a key are kept.
fn back_up(key: &str, raw: &str, now: &str) -> Result<String, StoreError> {
    let mut mine: Vec<(u32, String)> = backups()
        .into_iter()
        .filter_map(|b| Some((backed_up_key(&b).filter(|(k, _)| *k == key)?.1, b)))
        .collect();
    if let Some((_, same)) = mine
        .iter()
        .find(|(_, b)| get(b).ok().flatten().as_deref() == Some(raw))
    {
        return Ok(same.clone());
    }
    let next = mine.iter().map(|(n, _)| n + 1).max().unwrap_or(0);
    let backup = backup_key(key, next, now);
    set(&backup, raw)?;
    mine.push((next, backup.clone()));
    // The oldest go first (the lowest numbers).
    while mine.len() > BACKUPS_PER_KEY {
        let oldest = (0..mine.len()).min_by_key(|&i| mine[i].0).unwrap_or(0);
        let _ = remove(&mine.swap_remove(oldest).1);
    }
    Ok(backup)
}

/// Every backup's key.
pub fn backups() -> Vec<String> {
    keys()
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .collect()
}

pub fn delete_backup(key: &str) -> Result<(), StoreError> {
    if !key.starts_with(BACKUP_PREFIX) {
        return Ok(());
    }
    PROTECTED.with(|p| p.borrow_mut().retain(|k| k != key));
    remove(key)
}

/// Saves the session: its text first when storage may lack it (a new document, one deleted
/// in another tab, or one stored by Sift before version 4, whose text was in the record this
/// write replaces), then everything that changes, in one write. A document stored by an
/// earlier Sift is written anew and its separate labels record removed.
pub fn save(session: &Session, now: &str, with_text: bool) -> Result<(), StoreError> {
    let id = &session.doc.id;
    let homeless = || session.doc.pack.is_none() && !has(&text_key(id));
    if with_text || homeless() {
        set(&text_key(id), &encode_text(&session.doc))?;
    }
    set(&doc_key(id), &encode_session(session, now))?;
    if matches!(get(&legacy_labels_key(id)), Ok(Some(_))) {
        remove(&legacy_labels_key(id))?;
    }
    Ok(())
}

/// Stores a document given as its records (made by the worker, or kept for Undo): its text
/// record when it has one of its own, then its changing record. When the second cannot be
/// written, the first is taken back, so no text is left without its document.
pub fn put(id: &str, text: Option<&str>, record: &str) -> Result<(), StoreError> {
    if let Some(text) = text {
        set(&text_key(id), text)?;
    }
    set(&doc_key(id), record).inspect_err(|_| {
        if text.is_some() {
            let _ = remove(&text_key(id));
        }
    })
}

/// A stored document's records as they are kept: its text record (if it has one of its own)
/// and its changing record.
pub fn raw_records(id: &str) -> Option<(Option<String>, String)> {
    Some((stored(&text_key(id)), stored(&doc_key(id))?))
}

/// Writes `session`'s record (changed last at `updated`) now that its text is in its pack,
/// then removes its text record.
pub fn packed_into(id: &str, session: &Session, updated: &str) -> Result<(), StoreError> {
    set(&doc_key(id), &encode_session(session, updated))?;
    remove(&text_key(id))
}

/// Remembers the document open now, to reopen it next time.
pub fn set_current(id: &str) -> Result<(), StoreError> {
    set(CURRENT_KEY, id)
}

/// Removes a document's records; its backups stay.
pub fn delete(id: &str) -> Result<(), StoreError> {
    remove(&doc_key(id))?;
    remove(&text_key(id))?;
    remove(&legacy_labels_key(id))?;
    if get(CURRENT_KEY)?.as_deref() == Some(id) {
        remove(CURRENT_KEY)?;
    }
    Ok(())
}

/// Forgets which document was open (the reader went back to the library); the documents stay.
pub fn forget_current() -> Result<(), StoreError> {
    remove(CURRENT_KEY)
}

/// Bytes Sift's keys take in storage (UTF-16: two bytes per unit). Each key and value is
/// measured in JavaScript, without copying either into the app: storage may hold 10 MB under
/// 10,000 keys.
pub fn used_bytes() -> usize {
    let Ok(storage) = storage() else { return 0 };
    js_sys::Object::keys(&storage)
        .iter()
        .filter_map(|k| k.dyn_into::<js_sys::JsString>().ok())
        .filter(|k| k.starts_with("sift.", 0))
        .map(|k| {
            let length = js_sys::Reflect::get(&storage, &k)
                .ok()
                .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
                .map_or(0, |v| v.length());
            2 * (k.length() + length) as usize
        })
        .sum()
}
