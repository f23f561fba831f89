//! The library's texts as its search reads them: read from storage a slice at a time once the
//! reader searches, so no keystroke waits for thousands of records, and kept (a stored text
//! never changes), ASCII letters lowercased.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::handle::Workspace;
use crate::schema::{articles, text_key, text_of_record};
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
    pub fn read_texts(&self) -> usize {
        let mut texts = self.texts.0.borrow_mut();
        let mut read = 0;
        let mut unpacked: Option<&str> = None;
        for article in articles(self.library()) {
            let id = &article.current.id;
            if texts.contains_key(id) {
                continue;
            }
            let pack = article.current.pack.as_deref();
            if read == SLICE || pack.is_some() && unpacked.is_some_and(|u| Some(u) != pack) {
                break;
            }
            let text = match storage::get(&text_key(id)).ok().flatten() {
                Some(raw) => text_of_record(&raw),
                None => pack.and_then(|p| {
                    unpacked = Some(p);
                    storage::packed_text(p, id).ok()
                }),
            };
            texts.insert(id.clone(), text.unwrap_or_default().to_ascii_lowercase());
            read += 1;
        }
        read
    }
}
