//! The library's texts as its search reads them: read from storage a slice at a time once the
//! reader searches, so no keystroke waits for thousands of records, and kept (a stored text
//! never changes), ASCII letters lowercased.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::handle::Workspace;
use crate::schema::articles;
use crate::ui::edge::storage;

/// Texts read in one go: about 1 MB of news, a few milliseconds; or those of one pack, which is
/// unpacked whole (tens of milliseconds).
const SLICE: usize = 250;

/// The texts read so far, by document id (empty for a record that keeps none of its own).
#[derive(Clone, Default)]
pub struct Texts(pub Rc<RefCell<HashMap<String, String>>>);

impl PartialEq for Texts {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Workspace {
    pub fn texts(&self) -> Texts {
        self.texts.clone()
    }

    /// Reads the next slice of the current versions' texts; how many were read (none: all are).
    /// A slice is every unread text of one pack (unpacked once), or up to `SLICE` texts of
    /// their own.
    pub fn read_texts(&self) -> usize {
        let mut texts = self.texts.0.borrow_mut();
        let library = self.library();
        let unread: Vec<_> = articles(&library)
            .into_iter()
            .map(|a| a.current)
            .filter(|e| !texts.contains_key(&e.id))
            .collect();
        let Some(pack) = unread.first().map(|e| e.pack.as_deref()) else {
            return 0;
        };
        let slice = unread.into_iter().filter(|e| e.pack.as_deref() == pack);
        let mut read = 0;
        for entry in slice.take(if pack.is_some() { usize::MAX } else { SLICE }) {
            let text = storage::stored_text(&entry.id, pack);
            texts.insert(
                entry.id.clone(),
                text.unwrap_or_default().to_ascii_lowercase(),
            );
            read += 1;
        }
        read
    }
}
