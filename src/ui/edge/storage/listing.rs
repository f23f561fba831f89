//! The library read from storage a slice of records at a time, so the page can answer between
//! slices however many articles are stored.

use super::documents::{read, stored};
use super::{has, keys, Problem};
use crate::schema::{doc_key, newest_first, summary, LibraryEntry, BACKUP_PREFIX, DOC_PREFIX};

/// The library being read: the documents' keys and the backups' (listed with the first
/// slice), the lines read so far, and what could not be read.
#[derive(Debug, Default)]
pub struct Listing {
    keys: Option<Vec<String>>,
    backups: Vec<String>,
    next: usize,
    lines: Vec<LibraryEntry>,
    problems: Vec<Problem>,
    /// Problems already reported (the document reopened at start is read again here).
    reported: Vec<Problem>,
}

/// The library read whole.
#[derive(Debug)]
pub struct Listed {
    /// Every line, newest first.
    pub lines: Vec<LibraryEntry>,
    /// The keys of the backups of unreadable data.
    pub backups: Vec<String>,
    pub problems: Vec<Problem>,
}

impl Listing {
    /// A listing that leaves out of what it finds the problems already reported.
    pub fn after(reported: Vec<Problem>) -> Listing {
        Listing {
            reported,
            ..Listing::default()
        }
    }

    /// Reads the lines of up to `n` more documents; true once every document is read.
    pub fn read(&mut self, n: usize, now: &str) -> bool {
        let backups = &mut self.backups;
        let keys = self.keys.get_or_insert_with(|| {
            let (docs, others): (Vec<_>, Vec<_>) =
                keys().into_iter().partition(|k| k.starts_with(DOC_PREFIX));
            backups.extend(others.into_iter().filter(|k| k.starts_with(BACKUP_PREFIX)));
            docs
        });
        let end = keys.len().min(self.next.saturating_add(n));
        for key in &keys[self.next..end] {
            let id = &key[DOC_PREFIX.len()..];
            let line = read(key, now, |raw| summary(id, raw, stored), &mut self.problems);
            self.lines.extend(line);
        }
        self.next = end;
        end == keys.len()
    }

    /// The library read, once every document is. A document deleted (here or in another
    /// tab) after its line was read, while the rest were, is left out.
    pub fn finish(self) -> Listed {
        let mut lines = self.lines;
        lines.retain(|e| has(&doc_key(&e.id)));
        newest_first(&mut lines);
        let mut problems = self.problems;
        problems.retain(|p| !self.reported.contains(p));
        Listed {
            lines,
            backups: self.backups,
            problems,
        }
    }
}

/// The whole library at once: a line for every stored document, read from its own record.
pub fn library(now: &str, problems: &mut Vec<Problem>) -> Vec<LibraryEntry> {
    let mut listing = Listing::default();
    listing.read(usize::MAX, now);
    let listed = listing.finish();
    problems.extend(listed.problems);
    listed.lines
}
