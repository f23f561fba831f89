//! What the workspace decides (pure): what a pasted text is to the library, whether a result
//! that arrives later is still for the open document, and what each workflow tells the reader.
//! The UI's workspace handle (`ui::workspace`) does the storage and dispatching around them.

use crate::foreign::{BroughtIn, MAX_NOTE_CHARS};
use crate::import::Imported;
use crate::model::{Document, Session, GOLD_SUFFIX, MAX_VERSION};
use crate::schema::{article_of, LibraryEntry};
use crate::sketch::{new_version_of, resemblance, NEW_VERSION};
use crate::versions::Carried;

/// A pasted text found to be a new version of an article in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recognised {
    /// The article's current version, which the new one is made from.
    pub current: String,
    pub title: String,
    /// The new version's number: one more than the article's highest.
    pub number: u32,
}

/// What a pasted text is to the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pasted {
    /// The very text of a stored document: it opens with its work.
    Stored,
    /// It resembles an article: the reader is asked whether it is that article's new version.
    Resembles(Recognised),
    /// A new article.
    New,
}

/// What `doc`, just pasted, is to `library`. Gold versions are left out of the resemblance:
/// they share their article's text. Entries stored before sketches were kept take part only
/// once their sketch is filled in (`needs_sketch`).
pub fn pasted(library: &[LibraryEntry], doc: &Document) -> Pasted {
    if library.iter().any(|e| e.id == doc.id) {
        return Pasted::Stored;
    }
    let sketches = library
        .iter()
        .filter(|e| !e.id.ends_with(GOLD_SUFFIX))
        .map(|e| (e.id.as_str(), e.sketch.as_slice()));
    match new_version_of(&doc.sketch, sketches).and_then(|(id, _)| recognised(library, id)) {
        Some(found) => Pasted::Resembles(found),
        None => Pasted::New,
    }
}

/// The article of the library's document `id`, which a new text resembles, as the new
/// version's origin; `None` when it takes no new version (it is at the highest number).
pub fn recognised(library: &[LibraryEntry], id: &str) -> Option<Recognised> {
    let article = article_of(library, id)?;
    let number = article.versions[0].version.checked_add(1)?;
    (number <= MAX_VERSION).then(|| Recognised {
        current: article.current.id.clone(),
        title: article.current.title.clone(),
        number,
    })
}

/// An imported document's `previous`, believed only when the library holds the document it
/// names and that document's text resembles this one (a file could name any id): otherwise it
/// is dropped, and the warning says so.
pub fn vet_previous(library: &[LibraryEntry], imported: &mut Imported) {
    let Some(previous) = imported.doc.previous.clone() else {
        return;
    };
    let known = library.iter().find(|e| e.id == previous);
    let resembles =
        known.is_some_and(|e| resemblance(&imported.doc.sketch, &e.sketch) >= NEW_VERSION);
    if !resembles {
        imported.doc.previous = None;
        imported.warnings.push(match known {
            Some(e) => format!("The file names “{}” as its previous version, but their texts are not alike: it was imported as an article of its own.", e.title),
            None => "The file names a previous version your library does not hold: it was imported as an article of its own.".into(),
        });
    }
}

/// Whether `entry` must be read from storage before a paste can be compared with it: it was
/// stored before sketches were kept (and is no gold version, which is never compared).
pub fn needs_sketch(entry: &LibraryEntry) -> bool {
    entry.sketch.is_empty() && !entry.id.ends_with(GOLD_SUFFIX)
}

/// The document a piece of work that finishes later (a file being read) was started for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub id: String,
    pub title: String,
    /// The id of its text: a gold version shares its article's.
    pub text: String,
}

impl Target {
    pub fn of(session: &Session) -> Target {
        let id = session.doc.id.clone();
        Target {
            text: session.doc.text_id().to_string(),
            title: session.doc.title.clone(),
            id,
        }
    }

    /// Whether a comparison started on this document still fits `open`: the same text (the
    /// gold version settled from it shares it). `Err` says why not, to the reader.
    pub fn compares<'a>(&self, open: Option<&'a Session>) -> Result<&'a Session, String> {
        match open {
            Some(s) if s.doc.text_id() == self.text => Ok(s),
            _ => Err(format!(
                "The comparison was for “{}”, which is no longer open. Nothing was changed.",
                self.title
            )),
        }
    }

    /// Whether annotations read for this document may be laid onto `open`: only onto the same
    /// document (they are anchored again on its sentences as they are now).
    pub fn annotates<'a>(
        &self,
        open: Option<&'a Session>,
        file: &str,
    ) -> Result<&'a Session, String> {
        match open {
            Some(s) if s.doc.id == self.id => Ok(s),
            _ => Err(format!(
                "The annotations in “{file}” were for “{}”, which is no longer open. Nothing was changed.",
                self.title
            )),
        }
    }
}

/// "no labels", "1 label", "3 labels".
fn count(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// What the reader is told when a new version opens with the work carried over.
pub fn carried_message(found: &Recognised, carried: &Carried) -> String {
    let labels = carried.labels.iter().filter(|l| l.is_some()).count();
    let notes = carried.notes.iter().filter(|n| n.is_some()).count();
    format!(
        "This is version {} of “{}”: {} and {} carried over; {} waiting for a sentence.",
        found.number,
        found.title,
        count(labels, "label", "labels"),
        count(notes, "note", "notes"),
        count(carried.orphans.len(), "orphan", "orphans"),
    )
}

/// What the reader is told when another tool's file was laid on: how each of its `total`
/// annotations anchored.
pub fn brought_message(file: &str, total: usize, brought: &BroughtIn) -> String {
    let none = total - brought.exact - brought.fuzzy;
    let mut message = format!(
        "“{file}”: {total} annotations, {} anchored exactly, {} fuzzily and {none} not at all. {} waiting for a sentence under Orphans.",
        brought.exact,
        brought.fuzzy,
        brought.orphans.len()
    );
    if brought.cut > 0 {
        message += &format!(
            " Notes longer than {MAX_NOTE_CHARS} characters were cut there: {}.",
            brought.cut
        );
    }
    message
}
