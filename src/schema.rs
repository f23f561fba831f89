//! What Sift keeps in the browser's storage: keys, the versioned record formats, and the
//! migrations from every older version (pure: strings in, values or typed errors out).
//!
//! Layout, schema version 2:
//! - `sift.current`: the id of the document that was open last (a plain string).
//! - `sift.doc.<id>`: the document, written when it is pasted and when its sentence bounds
//!   change: its exact text, title, creation time, sentence spans as a flat list of byte
//!   offsets `[start0, end0, start1, …]` and the number of sentences in each paragraph.
//! - `sift.library`: one line per document (title, times, counts) so the library lists them
//!   without reading any article.
//! - `sift.labels.<id>`: the annotations, rewritten on every change: one digit per sentence
//!   (`0` none, `1` claim, `2` fact, `3` context), the notes by sentence index, and the time of
//!   the last change.
//!
//! Keeping the text apart from the annotations means a label change rewrites a few bytes per
//! sentence, never the article.
//!
//! Versions: 1 had no notes and no library list (it is rebuilt from the documents). Each step from version N to N+1 is one pure function over the
//! JSON value; a record is read by upgrading it step by step to the current version.

use std::collections::BTreeMap;
use std::rc::Rc;

use miniserde::json::{self, Number, Object, Value};
use miniserde::{Deserialize, Serialize};

use crate::model::{Annotations, Document, Label, Session, SpanError};
use crate::segment::Span;

pub const SCHEMA_VERSION: u32 = 2;
pub const CURRENT_KEY: &str = "sift.current";
pub const LIBRARY_KEY: &str = "sift.library";
pub const BACKUP_PREFIX: &str = "sift.backup.";

pub fn doc_key(id: &str) -> String {
    format!("sift.doc.{id}")
}

pub fn labels_key(id: &str) -> String {
    format!("sift.labels.{id}")
}

/// Where an unreadable value is kept, untouched, so nothing the reader had is lost. The first
/// backup of a key has no time in its name; later, different ones carry the time they were made.
pub fn backup_key(key: &str, at: Option<&str>) -> String {
    match at {
        None => format!("{BACKUP_PREFIX}{key}"),
        Some(at) => format!("{BACKUP_PREFIX}{key}.{at}"),
    }
}

/// Why a stored value could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all (truncated, or written by something else).
    NotJson(String),
    /// JSON, but not the shape this version writes.
    WrongShape(String),
    /// Written by a newer Sift than this one.
    NewerVersion(u32),
    /// Well formed, but it contradicts itself (spans outside the text, a label count that
    /// does not match the sentences…).
    Inconsistent(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            LoadError::WrongShape(e) => write!(f, "it is not in a format Sift knows ({e})"),
            LoadError::NewerVersion(v) => {
                write!(f, "it was saved by a newer version of Sift (schema {v}; this one reads up to {SCHEMA_VERSION})")
            }
            LoadError::Inconsistent(e) => write!(f, "it contradicts itself: {e}"),
        }
    }
}

impl From<SpanError> for LoadError {
    fn from(e: SpanError) -> Self {
        LoadError::Inconsistent(e.to_string())
    }
}

#[derive(Serialize, Deserialize)]
struct StoredDoc {
    schema: u32,
    id: String,
    title: String,
    created: String,
    text: String,
    /// Byte offsets, two per sentence.
    spans: Vec<usize>,
    /// Sentences per paragraph.
    paragraphs: Vec<usize>,
}

#[derive(Serialize, Deserialize)]
struct StoredAnnotations {
    schema: u32,
    id: String,
    updated: String,
    labels: String,
    /// Notes by sentence index (JSON keys are strings of digits).
    notes: BTreeMap<usize, String>,
}

/// A step from one schema version to the next, over the record as a JSON object.
type Migration = fn(Object) -> Result<Object, LoadError>;

/// `DOC_MIGRATIONS[n]` takes a document record from version n + 1 to n + 2.
const DOC_MIGRATIONS: [Migration; 1] = [doc_v1_to_v2];
const ANNOTATION_MIGRATIONS: [Migration; 1] = [annotations_v1_to_v2];

/// Version 2 changed nothing in the document record.
fn doc_v1_to_v2(record: Object) -> Result<Object, LoadError> {
    Ok(record)
}

/// Version 2 added notes.
fn annotations_v1_to_v2(mut record: Object) -> Result<Object, LoadError> {
    record.insert("notes".into(), Value::Object(Object::new()));
    Ok(record)
}

/// Reads a record of type `T`. Its syntax is checked first, so a damaged record is told apart
/// from one of another shape; an older version is upgraded one migration at a time.
fn decode<T: Deserialize>(raw: &str, migrations: &[Migration]) -> Result<T, LoadError> {
    let value: Value = json::from_str(raw).map_err(|_| {
        LoadError::NotJson("it may have been cut short or written by something else".into())
    })?;
    let Value::Object(mut record) = value else {
        return Err(LoadError::WrongShape("not a JSON object".into()));
    };
    let version = match record.get("schema") {
        Some(Value::Number(Number::U64(v))) => *v,
        _ => return Err(LoadError::WrongShape("no schema version".into())),
    };
    let wrong_fields = |_| LoadError::WrongShape("its fields are not the ones Sift writes".into());
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::NewerVersion(
            version.min(u64::from(u32::MAX)) as u32
        ));
    }
    if version == u64::from(SCHEMA_VERSION) {
        return json::from_str(raw).map_err(wrong_fields);
    }
    if version == 0 {
        return Err(LoadError::WrongShape("unknown schema version 0".into()));
    }
    for step in &migrations[version as usize - 1..] {
        record = step(record)?;
    }
    record.insert(
        "schema".into(),
        Value::Number(Number::U64(u64::from(SCHEMA_VERSION))),
    );
    json::from_str(&json::to_string(&Value::Object(record))).map_err(wrong_fields)
}

pub fn encode_document(doc: &Document) -> String {
    let record = StoredDoc {
        schema: SCHEMA_VERSION,
        id: doc.id.clone(),
        title: doc.title.clone(),
        created: doc.created.clone(),
        text: doc.text.to_string(),
        spans: doc
            .sentences
            .iter()
            .flat_map(|s| [s.start, s.end])
            .collect(),
        paragraphs: doc.paragraphs.iter().map(|p| p.sentences.len()).collect(),
    };
    json::to_string(&record)
}

pub fn encode_annotations(
    id: &str,
    labels: &[Option<Label>],
    notes: &[Option<Rc<str>>],
    updated: &str,
) -> String {
    let record = StoredAnnotations {
        schema: SCHEMA_VERSION,
        id: id.to_string(),
        updated: updated.to_string(),
        labels: labels.iter().map(|l| l.map_or('0', Label::digit)).collect(),
        notes: notes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| Some((i, n.as_deref()?.to_string())))
            .collect(),
    };
    json::to_string(&record)
}

pub fn decode_document(raw: &str) -> Result<Document, LoadError> {
    let record: StoredDoc = decode(raw, &DOC_MIGRATIONS)?;
    if !record.spans.len().is_multiple_of(2) {
        return Err(LoadError::Inconsistent(
            "an odd number of span offsets".into(),
        ));
    }
    let sentences = record
        .spans
        .chunks_exact(2)
        .map(|p| Span::new(p[0], p[1]))
        .collect();
    Ok(Document::from_parts(
        record.id,
        record.title,
        record.text.into(),
        record.created,
        sentences,
        &record.paragraphs,
    )?)
}

/// The labels and notes of document `doc`, checked against its sentences.
pub fn decode_annotations(raw: &str, doc: &Document) -> Result<Annotations, LoadError> {
    let record: StoredAnnotations = decode(raw, &ANNOTATION_MIGRATIONS)?;
    if record.id != doc.id {
        return Err(LoadError::Inconsistent(format!(
            "the labels belong to {}, not {}",
            record.id, doc.id
        )));
    }
    let labels = record
        .labels
        .chars()
        .map(|c| match c {
            '0' => Ok(None),
            c => Label::from_digit(c)
                .map(Some)
                .ok_or_else(|| LoadError::Inconsistent(format!("unknown label code {c:?}"))),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if labels.len() != doc.len() {
        return Err(LoadError::Inconsistent(format!(
            "{} labels for {} sentences",
            labels.len(),
            doc.len()
        )));
    }
    let mut notes = vec![None; doc.len()];
    for (index, note) in record.notes {
        let slot = notes.get_mut(index).ok_or_else(|| {
            LoadError::Inconsistent(format!("a note for sentence {index}, which does not exist"))
        })?;
        *slot = Some(note.into());
    }
    Ok(Annotations { labels, notes })
}

/// One document in the library list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

    pub fn labelled(&self) -> usize {
        self.claim + self.fact + self.context
    }
}

#[derive(Serialize, Deserialize)]
struct StoredLibrary {
    schema: u32,
    docs: Vec<LibraryEntry>,
}

/// The library list appeared in version 2; there is nothing to migrate from.
const LIBRARY_MIGRATIONS: [Migration; 1] =
    [|_| Err(LoadError::WrongShape("no library list in version 1".into()))];

/// Most recently changed first.
pub fn encode_library(entries: &[LibraryEntry]) -> String {
    let mut docs = entries.to_vec();
    docs.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    json::to_string(&StoredLibrary {
        schema: SCHEMA_VERSION,
        docs,
    })
}

pub fn decode_library(raw: &str) -> Result<Vec<LibraryEntry>, LoadError> {
    let record: StoredLibrary = decode(raw, &LIBRARY_MIGRATIONS)?;
    Ok(record.docs)
}

/// `entries` with `entry` added or replaced (matched by id).
pub fn upsert(entries: &[LibraryEntry], entry: LibraryEntry) -> Vec<LibraryEntry> {
    let mut out: Vec<LibraryEntry> = entries
        .iter()
        .filter(|e| e.id != entry.id)
        .cloned()
        .collect();
    out.push(entry);
    out.sort_by(|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
    out
}
