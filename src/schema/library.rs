//! The library: one line per stored document, derived from the documents' own records, so
//! there is no shared list for two tabs to overwrite.

use std::collections::HashMap;

use super::LoadError;
use crate::model::{Label, Session};

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
    /// Which version of its article it is, and the version it was made from.
    pub version: u32,
    pub previous: Option<String>,
    /// What a new version of it is recognised by; empty in a record written before sketches
    /// were kept.
    pub sketch: Vec<u64>,
    /// The pack its text is in (`None`: a text record of its own).
    pub pack: Option<String>,
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
            version: doc.version,
            previous: doc.previous.clone(),
            sketch: doc.sketch.to_vec(),
            pack: doc.pack.clone(),
        }
    }

    /// The line of a stored document, from its version 4 or 5 record alone (not its text).
    pub fn of_record(raw: &str) -> Result<LibraryEntry, LoadError> {
        let (r, pack) = super::changing_record(raw)?;
        let digit = |d| r.labels.chars().filter(|&c| c == d).count();
        Ok(LibraryEntry {
            sentences: r.labels.chars().count(),
            claim: digit(Label::Claim.digit()),
            fact: digit(Label::Fact.digit()),
            context: digit(Label::Context.digit()),
            notes: r.notes.len(),
            id: r.id.into_owned(),
            title: r.title.into_owned(),
            created: r.created.into_owned(),
            updated: r.updated.into_owned(),
            version: r.version,
            previous: r.previous.map(|p| p.into_owned()),
            sketch: r.sketch.into_owned(),
            pack,
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

/// Most recently changed first, ties by id. The standard library's stable sort, which finds
/// runs already in order: the library almost always is, or is two such runs after an import.
pub fn newest_first(entries: &mut [LibraryEntry]) {
    entries.sort_by(|a, b| (&b.updated, &a.id).cmp(&(&a.updated, &b.id)));
}

/// An article in the library: all its versions, newest first, and the current one among them
/// (the one changed last: a new version is, until an earlier one is made current again).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article<'a> {
    pub current: &'a LibraryEntry,
    pub versions: Vec<&'a LibraryEntry>,
}

/// The library's documents gathered into articles, each version with those it was made from
/// and those made from it, in the order of their current versions (`entries` is newest first).
pub fn articles<'a>(entries: &'a [LibraryEntry]) -> Vec<Article<'a>> {
    let by_id: HashMap<&str, &LibraryEntry> = entries.iter().map(|e| (e.id.as_str(), e)).collect();
    // The first version reached through `previous`; a chain is never longer than the library,
    // so a loop (only a forged record could make one) ends too.
    let root = |mut e: &'a LibraryEntry| -> &'a str {
        for _ in 0..entries.len() {
            match e.previous.as_deref().and_then(|p| by_id.get(p)) {
                Some(&p) => e = p,
                None => break,
            }
        }
        e.id.as_str()
    };
    let mut out: Vec<Article> = Vec::new();
    let mut slot: HashMap<&str, usize> = HashMap::new();
    for entry in entries {
        match slot.get(root(entry)) {
            Some(&i) => out[i].versions.push(entry),
            None => {
                slot.insert(root(entry), out.len());
                out.push(Article {
                    current: entry,
                    versions: vec![entry],
                });
            }
        }
    }
    for article in &mut out {
        // Highest version first; an insertion sort, as in `newest_first`.
        let versions = &mut article.versions;
        for i in 1..versions.len() {
            let mut j = i;
            while j > 0 && versions[j].version > versions[j - 1].version {
                versions.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    out
}

/// The article that the document `id` is a version of.
pub fn article_of<'a>(entries: &'a [LibraryEntry], id: &str) -> Option<Article<'a>> {
    articles(entries)
        .into_iter()
        .find(|a| a.versions.iter().any(|v| v.id == id))
}
