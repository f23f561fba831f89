//! Deleting several articles at once, every version of each, with Undo: their records, and the
//! packs no document uses any more, are kept in memory until the next deletion, and Undo writes
//! them back as they were.

use std::collections::HashSet;
use std::rc::Rc;

use super::handle::Workspace;
use super::stored::StoredAction;
use crate::schema::{articles, version, LibraryEntry};
use crate::ui::edge::{clock, storage};

/// Documents deleted last, as their records (id, text record if it has its own, document
/// record), the packs removed with them (name and value), and how many articles they made.
#[derive(Debug, PartialEq)]
pub struct Removed {
    pub documents: Vec<(String, Option<String>, String)>,
    pub packs: Vec<(String, String)>,
    pub articles: usize,
}

impl Workspace {
    pub fn removed(&self) -> Option<&Removed> {
        self.removed.as_deref()
    }

    /// Deletes the articles whose current versions are `chosen`, every version of each.
    pub fn delete_articles(&self, chosen: Rc<HashSet<String>>) {
        let now = clock::now();
        let mut documents = Vec::new();
        let mut count = 0;
        for article in articles(self.library()) {
            if !chosen.contains(&article.current.id) {
                continue;
            }
            count += 1;
            for v in article.versions {
                // What cannot be read back for Undo is not deleted. A record older than
                // version 4 is kept as version 5 writes it, since its labels go with it.
                let kept = match storage::raw_records(&v.id) {
                    Some((text, record)) if version(&record).is_ok_and(|n| n >= 4) => {
                        Some((text, record))
                    }
                    _ => storage::records(&v.id, &now).map(|(text, record)| (Some(text), record)),
                };
                let Some((text, record)) = kept else { continue };
                if self.check(storage::delete(&v.id), "Sift could not delete it") {
                    documents.push((v.id.clone(), text, record));
                }
            }
        }
        let ids: HashSet<String> = documents.iter().map(|(id, _, _)| id.clone()).collect();
        let packs = self.remove_unused_packs(&ids);
        let ids = ids.into_iter().collect();
        self.stored.dispatch(StoredAction::RemoveAll(ids));
        self.notify(format!(
            "Deleted {count} {}.",
            if count == 1 { "article" } else { "articles" }
        ));
        self.removed.set(Some(Rc::new(Removed {
            documents,
            packs,
            articles: count,
        })));
    }

    /// Removes the packs that only documents in `deleted` used, and gives them back for Undo.
    fn remove_unused_packs(&self, deleted: &HashSet<String>) -> Vec<(String, String)> {
        let library = self.library();
        let in_use: HashSet<&str> = library
            .iter()
            .filter(|e| !deleted.contains(&e.id))
            .filter_map(|e| e.pack.as_deref())
            .collect();
        let unused: HashSet<&str> = library
            .iter()
            .filter(|e| deleted.contains(&e.id))
            .filter_map(|e| e.pack.as_deref())
            .filter(|p| !in_use.contains(p))
            .collect();
        let mut removed = Vec::new();
        for name in unused {
            let Some(raw) = storage::pack_value(name) else {
                continue;
            };
            if self.check(storage::remove_pack(name), "Sift could not free its room") {
                removed.push((name.to_string(), raw));
            }
        }
        removed
    }

    /// Writes the articles deleted last back into the library.
    pub fn undo_delete(&self) {
        let Some(removed) = self.removed.as_ref().map(Rc::clone) else {
            return;
        };
        self.removed.set(None);
        let mut back = Vec::new();
        for (name, raw) in &removed.packs {
            if !self.check(storage::put_pack(name, raw), "Sift could not put it back") {
                return;
            }
        }
        for (id, text, record) in &removed.documents {
            if !self.check(
                storage::put(id, text.as_deref(), record),
                "Sift could not put it back",
            ) {
                break;
            }
            back.extend(LibraryEntry::of_record(record).ok());
        }
        self.stored.dispatch(StoredAction::Add(back));
        self.notify(format!(
            "Put back {} {}.",
            removed.articles,
            if removed.articles == 1 {
                "article"
            } else {
                "articles"
            }
        ));
    }
}
