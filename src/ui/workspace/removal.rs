//! Deleting several articles at once, every version of each, with Undo: their records are kept
//! in memory until the next deletion, and Undo writes them back as they were.

use std::collections::HashSet;
use std::rc::Rc;

use super::handle::Workspace;
use super::stored::StoredAction;
use crate::schema::{articles, LibraryEntry};
use crate::ui::edge::{clock, storage};

/// Documents deleted last, as their records (id, text record, document record), and how many
/// articles they made.
#[derive(Debug, PartialEq)]
pub struct Removed {
    pub documents: Vec<(String, String, String)>,
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
            for version in article.versions {
                // What cannot be read back for Undo is not deleted.
                let Some((text, record)) = storage::records(&version.id, &now) else {
                    continue;
                };
                if self.check(storage::delete(&version.id), "Sift could not delete it") {
                    documents.push((version.id.clone(), text, record));
                }
            }
        }
        let ids = documents.iter().map(|(id, _, _)| id.clone()).collect();
        self.stored.dispatch(StoredAction::RemoveAll(ids));
        self.notify(format!(
            "Deleted {count} {}.",
            if count == 1 { "article" } else { "articles" }
        ));
        self.removed.set(Some(Rc::new(Removed {
            documents,
            articles: count,
        })));
    }

    /// Writes the articles deleted last back into the library.
    pub fn undo_delete(&self) {
        let Some(removed) = self.removed.as_ref().map(Rc::clone) else {
            return;
        };
        self.removed.set(None);
        let mut back = Vec::new();
        for (id, text, record) in &removed.documents {
            if !self.check(storage::put(id, text, record), "Sift could not put it back") {
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
