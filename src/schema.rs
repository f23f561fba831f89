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

use std::rc::Rc;

use crate::json::{self, BadField, Object, Value};
use crate::model::{Annotations, Document, Label, Session, SpanError};
use crate::segment::Span;

pub const SCHEMA_VERSION: usize = 2;
pub const CURRENT_KEY: &str = "sift.current";
pub const LIBRARY_KEY: &str = "sift.library";
pub const BACKUP_PREFIX: &str = "sift.backup.";

/// Every document's key starts with this, followed by its id.
pub const DOC_PREFIX: &str = "sift.doc.";

pub fn doc_key(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
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
    NewerVersion(usize),
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

impl From<BadField> for LoadError {
    fn from(e: BadField) -> Self {
        LoadError::WrongShape(e.to_string())
    }
}

impl From<SpanError> for LoadError {
    fn from(e: SpanError) -> Self {
        LoadError::Inconsistent(e.to_string())
    }
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
    record.insert("notes", Value::Object(Object::default()));
    Ok(record)
}

/// Reads a record at the current version: its syntax is checked first, so a damaged record is
/// told apart from one of another shape; an older version is upgraded one migration at a time.
fn read_record(raw: &str, migrations: &[Migration]) -> Result<Object, LoadError> {
    let Value::Object(mut record) = json::parse(raw).map_err(|_| {
        LoadError::NotJson("it may have been cut short or written by something else".into())
    })?
    else {
        return Err(LoadError::WrongShape("not a JSON object".into()));
    };
    let version = record
        .get("schema")
        .and_then(Value::as_usize)
        .ok_or_else(|| LoadError::WrongShape("no schema version".into()))?;
    if version > SCHEMA_VERSION {
        return Err(LoadError::NewerVersion(version));
    }
    if version == 0 {
        return Err(LoadError::WrongShape("unknown schema version 0".into()));
    }
    for step in &migrations[version - 1..] {
        record = step(record)?;
    }
    Ok(record)
}

fn numbers(value: &Value) -> Option<Vec<usize>> {
    value.as_array()?.iter().map(Value::as_usize).collect()
}

pub fn encode_document(doc: &Document) -> String {
    let spans = doc.sentences.iter().flat_map(|s| [s.start, s.end]);
    let paragraphs = doc.paragraphs.iter().map(|p| p.sentences.len());
    json::to_string(&Value::object([
        ("schema", SCHEMA_VERSION.into()),
        ("id", doc.id.as_str().into()),
        ("title", doc.title.as_str().into()),
        ("created", doc.created.as_str().into()),
        ("text", Value::from(&*doc.text)),
        // Byte offsets, two per sentence.
        ("spans", Value::array(spans.map(Value::from))),
        // Sentences per paragraph.
        ("paragraphs", Value::array(paragraphs.map(Value::from))),
    ]))
}

pub fn encode_annotations(
    id: &str,
    labels: &[Option<Label>],
    notes: &[Option<Rc<str>>],
    updated: &str,
) -> String {
    let labels: String = labels.iter().map(|l| l.map_or('0', Label::digit)).collect();
    // Notes by sentence index (JSON keys are strings of digits).
    let notes = notes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| Some((i.to_string(), Value::from(n.as_deref()?))));
    json::to_string(&Value::object([
        ("schema", SCHEMA_VERSION.into()),
        ("id", id.into()),
        ("updated", updated.into()),
        ("labels", labels.into()),
        ("notes", Value::Object(notes.collect())),
    ]))
}

pub fn decode_document(raw: &str) -> Result<Document, LoadError> {
    let record = read_record(raw, &DOC_MIGRATIONS)?;
    let spans = record.field("spans", numbers)?;
    if !spans.len().is_multiple_of(2) {
        return Err(LoadError::Inconsistent(
            "an odd number of span offsets".into(),
        ));
    }
    let sentences = spans
        .chunks_exact(2)
        .map(|p| Span::new(p[0], p[1]))
        .collect();
    Ok(Document::from_parts(
        record.text("id")?,
        record.text("title")?,
        record.field("text", Value::as_str)?.into(),
        record.text("created")?,
        sentences,
        &record.field("paragraphs", numbers)?,
    )?)
}

/// The labels and notes of document `doc`, checked against its sentences.
pub fn decode_annotations(raw: &str, doc: &Document) -> Result<Annotations, LoadError> {
    let record = read_record(raw, &ANNOTATION_MIGRATIONS)?;
    let id = record.field("id", Value::as_str)?;
    if id != doc.id {
        return Err(LoadError::Inconsistent(format!(
            "the labels belong to {id}, not {}",
            doc.id
        )));
    }
    let labels = record
        .field("labels", Value::as_str)?
        .chars()
        .map(|c| match c {
            '0' => Ok(None),
            c => Label::from_digit(c)
                .map(Some)
                .ok_or_else(|| LoadError::Inconsistent(format!("unknown label code “{c}”"))),
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
    for (key, note) in record.field("notes", Value::as_object)?.iter() {
        let note = note
            .as_str()
            .ok_or_else(|| LoadError::WrongShape(format!("the note for {key} is not text")))?;
        let slot = key.parse().ok().and_then(|i: usize| notes.get_mut(i));
        let slot = slot.ok_or_else(|| {
            LoadError::Inconsistent(format!("a note for sentence {key}, which does not exist"))
        })?;
        *slot = Some(note.into());
    }
    Ok(Annotations { labels, notes })
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

    pub fn labelled(&self) -> usize {
        self.claim + self.fact + self.context
    }

    fn to_json(&self) -> Value {
        Value::object([
            ("id", self.id.as_str().into()),
            ("title", self.title.as_str().into()),
            ("created", self.created.as_str().into()),
            ("updated", self.updated.as_str().into()),
            ("sentences", self.sentences.into()),
            ("claim", self.claim.into()),
            ("fact", self.fact.into()),
            ("context", self.context.into()),
            ("notes", self.notes.into()),
        ])
    }

    fn from_json(value: &Value) -> Result<LibraryEntry, LoadError> {
        let entry = value
            .as_object()
            .ok_or_else(|| LoadError::WrongShape("a library line is not an object".into()))?;
        Ok(LibraryEntry {
            id: entry.text("id")?,
            title: entry.text("title")?,
            created: entry.text("created")?,
            updated: entry.text("updated")?,
            sentences: entry.field("sentences", Value::as_usize)?,
            claim: entry.field("claim", Value::as_usize)?,
            fact: entry.field("fact", Value::as_usize)?,
            context: entry.field("context", Value::as_usize)?,
            notes: entry.field("notes", Value::as_usize)?,
        })
    }
}

/// The library list appeared in version 2; there is nothing to migrate from.
const LIBRARY_MIGRATIONS: [Migration; 1] =
    [|_| Err(LoadError::WrongShape("no library list in version 1".into()))];

/// Most recently changed first.
pub fn encode_library(entries: &[LibraryEntry]) -> String {
    let mut docs = entries.to_vec();
    newest_first(&mut docs);
    json::to_string(&Value::object([
        ("schema", SCHEMA_VERSION.into()),
        ("docs", Value::array(docs.iter().map(LibraryEntry::to_json))),
    ]))
}

pub fn decode_library(raw: &str) -> Result<Vec<LibraryEntry>, LoadError> {
    let record = read_record(raw, &LIBRARY_MIGRATIONS)?;
    let docs = record.field("docs", Value::as_array)?;
    docs.iter().map(LibraryEntry::from_json).collect()
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
