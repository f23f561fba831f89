//! The library: one line per stored document, derived from the documents' own records, so
//! there is no shared list for two tabs to overwrite.

use serde::de::IgnoredAny;
use serde::Deserialize;

use super::LoadError;
use crate::model::{Label, Session};
use crate::wire;

/// What the library reads of a version 4 document record.
#[derive(Deserialize)]
struct Summary {
    id: String,
    title: String,
    created: String,
    updated: String,
    labels: String,
    #[serde(deserialize_with = "wire::unique_keys")]
    notes: Vec<(String, IgnoredAny)>,
}

/// One document in the library list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryEntry {
    pub id: String,
    pub title: String,
    pub created: String,
    pub updated: String,
    pub sentences: usize,
    pub claim: usize,
    pub fact: usize,
    pub context: usize,
    pub notes: usize,
}

impl LibraryEntry {
    pub fn of(session: &Session, updated: &str) -> LibraryEntry {
        let doc = &session.doc;
        LibraryEntry {
            id: doc.id.clone(),
            title: doc.title.clone(),
            created: doc.created.clone(),
            updated: updated.to_string(),
            sentences: doc.len(),
            claim: session.counts.claim,
            fact: session.counts.fact,
            context: session.counts.context,
            notes: session.notes.iter().filter(|n| n.is_some()).count(),
        }
    }

    /// The line of a stored document, from its version 4 record alone (not its text).
    pub fn of_record(raw: &str) -> Result<LibraryEntry, LoadError> {
        let r: Summary = wire::read(raw.as_bytes())?;
        let digit = |d| r.labels.chars().filter(|&c| c == d).count();
        Ok(LibraryEntry {
            sentences: r.labels.chars().count(),
            claim: digit(Label::Claim.digit()),
            fact: digit(Label::Fact.digit()),
            context: digit(Label::Context.digit()),
            notes: r.notes.len(),
            id: r.id,
            title: r.title,
            created: r.created,
            updated: r.updated,
        })
    }

    pub fn labelled(&self) -> usize {
        self.claim + self.fact + self.context
    }
}

/// `entries` with `entry` added or replaced (matched by id).
pub fn upsert(entries: &[LibraryEntry], entry: LibraryEntry) -> Vec<LibraryEntry> {
    let mut out: Vec<LibraryEntry> = entries
        .iter()
        .filter(|e| e.id != entry.id)
        .cloned()
        .collect();
    out.push(entry);
    newest_first(&mut out);
    out
}

/// Most recently changed first, ties by id. An insertion sort: the library is short and
/// almost always in order already, and the standard sort adds kilobytes to the page.
fn newest_first(entries: &mut [LibraryEntry]) {
    let before = |a: &LibraryEntry, b: &LibraryEntry| (&b.updated, &a.id) < (&a.updated, &b.id);
    for i in 1..entries.len() {
        let mut j = i;
        while j > 0 && before(&entries[j], &entries[j - 1]) {
            entries.swap(j, j - 1);
            j -= 1;
        }
    }
}
