//! Deleting several articles at once, every version of each, with Undo: their records, and the
//! packs their texts were in, as they were, are kept in memory until the next deletion, and
//! Undo writes them back. A pack other documents still use is packed again without the deleted
//! texts, in the worker, so that deleting frees their room.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::handle::Workspace;
use super::stored::StoredAction;
use crate::jobs::{Answer, Job};
use crate::schema::{articles, doc_key, version, LibraryEntry};
use crate::ui::edge::{background, clock, storage};

/// Documents deleted last, as their records (id, text record if it has its own, document
/// record), the packs their texts were in (name and value before the deletion), and how many
/// articles they made.
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
        for article in articles(&self.library()) {
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
        let packs = self.free_packs(&ids);
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

    /// Frees the room of the deleted documents' texts: a pack no other document uses is
    /// removed, and one that others use is packed again without them, in the worker. Gives
    /// each pack's value as it was, for Undo.
    pub(super) fn free_packs(&self, deleted: &HashSet<String>) -> Vec<(String, String)> {
        let library = self.library();
        let mut keep: HashMap<&str, Vec<String>> = HashMap::new();
        for e in library.iter() {
            if let Some(pack) = e.pack.as_deref() {
                let kept = keep.entry(pack).or_default();
                if !deleted.contains(&e.id) {
                    kept.push(e.id.clone());
                }
            }
        }
        let mut was = Vec::new();
        let mut repack = Vec::new();
        for e in library.iter().filter(|e| deleted.contains(&e.id)) {
            let Some((name, kept)) = e.pack.as_deref().and_then(|p| keep.remove_entry(p)) else {
                continue;
            };
            let Some(raw) = storage::pack_value(name) else {
                continue;
            };
            if !kept.is_empty() {
                repack.push((name.to_string(), raw.clone(), kept));
            } else if !self.check(storage::remove_pack(name), "Sift could not free its room") {
                continue;
            }
            was.push((name.to_string(), raw));
        }
        if !repack.is_empty() {
            let stored = self.stored.dispatcher();
            background::once(
                Job::Repack {
                    packs: repack.clone(),
                },
                move |answer| {
                    if repacked(&repack, answer) {
                        stored.dispatch(StoredAction::Repacked);
                    }
                },
            );
        }
        was
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

/// Writes the packs the worker packed again, each only if it is still as it was sent and
/// none of the texts it leaves out came back (an Undo meanwhile); otherwise it stays as it is,
/// which loses nothing. True when one was written.
fn repacked(sent: &[(String, String, Vec<String>)], answer: Answer) -> bool {
    let Answer::Repacked(packs) = answer else {
        return false;
    };
    let mut written = false;
    for (name, raw, left) in packs {
        let Some((_, was, _)) = sent.iter().find(|(n, _, _)| *n == name) else {
            continue;
        };
        let unchanged = storage::pack_value(&name).as_ref() == Some(was);
        let gone = !left.iter().any(|id| storage::has(&doc_key(id)));
        if unchanged && gone {
            written |= storage::put_pack(&name, &raw).is_ok();
        }
    }
    written
}
