//! What Sift keeps in the browser's storage: keys, the versioned record formats, and the
//! migrations from every older version (pure: strings in, values or typed errors out).
//!
//! Layout, schema version 3:
//! - `sift.current`: the id of the document that was open last (a plain string).
//! - `sift.doc.<id>`: the document, written when it is pasted and when its sentence bounds
//!   change: its exact text, title, creation time, sentence spans as a flat list of byte
//!   offsets `[start0, end0, start1, …]`, the number of sentences in each paragraph, and the
//!   source URL and language when the reader gave them.
//! - `sift.library`: one line per document (title, times, counts) so the library lists them
//!   without reading any article.
//! - `sift.labels.<id>`: the annotations, rewritten on every change: one digit per sentence
//!   (`0` none, `1` claim, `2` fact, `3` context), the notes by sentence index, and the time of
//!   the last change.
//!
//! Keeping the text apart from the annotations means a label change rewrites a few bytes per
//! sentence, never the article.
//!
//! Every record is a serde type. Versions: 1 had no notes and no library list (it is rebuilt
//! from the documents); 2 had no source URL or language. A record's version is read first, then
//! the record is read as the type of its own version and upgraded one pure function at a time.
//! Fields Sift does not know are ignored; a key written twice is refused.

use std::borrow::Cow;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::model::{Annotations, Details, Document, Label, Session, SpanError};
use crate::segment::Span;
use crate::wire::{self, ReadError};

pub const SCHEMA_VERSION: u32 = 3;
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

impl From<ReadError> for LoadError {
    fn from(e: ReadError) -> Self {
        match e {
            ReadError::Syntax(e) => LoadError::NotJson(e),
            field => LoadError::WrongShape(field.to_string()),
        }
    }
}

impl From<SpanError> for LoadError {
    fn from(e: SpanError) -> Self {
        LoadError::Inconsistent(e.to_string())
    }
}

/// The first thing read of any record: which version's type reads the rest.
#[derive(Deserialize)]
struct Header {
    schema: u32,
}

/// The version of a stored record, after checking that the whole of it is JSON, so a damaged
/// record is told apart from one of another shape.
fn version(raw: &str) -> Result<u32, LoadError> {
    match wire::read::<Header>(raw.as_bytes())? {
        Header { schema: 0 } => Err(LoadError::WrongShape("unknown schema version 0".into())),
        Header { schema } if schema > SCHEMA_VERSION => Err(LoadError::NewerVersion(schema)),
        Header { schema } => Ok(schema),
    }
}

/// A document record, versions 1 and 2 (2 changed nothing in it).
#[derive(Deserialize)]
struct DocV2 {
    id: String,
    title: String,
    created: String,
    text: String,
    spans: Vec<usize>,
    paragraphs: Vec<usize>,
}

/// A document record, version 3: the text and title, and where the reader says it came from.
#[derive(Serialize, Deserialize)]
struct DocV3<'a> {
    schema: u32,
    id: Cow<'a, str>,
    title: Cow<'a, str>,
    created: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<Cow<'a, str>>,
    text: Cow<'a, str>,
    /// Byte offsets, two per sentence.
    spans: Vec<usize>,
    /// Sentences per paragraph.
    paragraphs: Vec<usize>,
}

/// Version 3 added the source URL and language; older documents have neither.
fn doc_v2_to_v3(old: DocV2) -> DocV3<'static> {
    DocV3 {
        schema: 3,
        id: old.id.into(),
        title: old.title.into(),
        created: old.created.into(),
        url: None,
        language: None,
        text: old.text.into(),
        spans: old.spans,
        paragraphs: old.paragraphs,
    }
}

/// The annotations record, version 1: labels only.
#[derive(Deserialize)]
struct LabelsV1 {
    id: String,
    updated: String,
    labels: String,
}

/// The annotations record, versions 2 and 3 (3 changed nothing in it): one digit per sentence,
/// and the notes by sentence index (JSON keys are strings of digits).
#[derive(Serialize, Deserialize)]
struct LabelsV2 {
    schema: u32,
    id: String,
    updated: String,
    labels: String,
    #[serde(
        deserialize_with = "wire::unique_keys",
        serialize_with = "wire::as_object"
    )]
    notes: Vec<(String, String)>,
}

/// Version 2 added notes.
fn labels_v1_to_v2(old: LabelsV1) -> LabelsV2 {
    LabelsV2 {
        schema: 2,
        id: old.id,
        updated: old.updated,
        labels: old.labels,
        notes: Vec::new(),
    }
}

pub fn encode_document(doc: &Document) -> String {
    wire::write(&DocV3 {
        schema: SCHEMA_VERSION,
        id: Cow::Borrowed(&doc.id),
        title: Cow::Borrowed(&doc.title),
        created: Cow::Borrowed(&doc.created),
        url: doc.details.url.as_deref().map(Cow::Borrowed),
        language: doc.details.language.as_deref().map(Cow::Borrowed),
        text: Cow::Borrowed(&doc.text),
        spans: doc
            .sentences
            .iter()
            .flat_map(|s| [s.start, s.end])
            .collect(),
        paragraphs: doc.paragraphs.iter().map(|p| p.sentences.len()).collect(),
    })
}

pub fn encode_annotations(
    id: &str,
    labels: &[Option<Label>],
    notes: &[Option<Rc<str>>],
    updated: &str,
) -> String {
    let notes = notes
        .iter()
        .enumerate()
        .filter_map(|(i, n)| Some((i.to_string(), n.as_deref()?.to_string())));
    wire::write(&LabelsV2 {
        schema: SCHEMA_VERSION,
        id: id.to_string(),
        updated: updated.to_string(),
        labels: labels.iter().map(|l| l.map_or('0', Label::digit)).collect(),
        notes: notes.collect(),
    })
}

pub fn decode_document(raw: &str) -> Result<Document, LoadError> {
    let record = match version(raw)? {
        1 | 2 => doc_v2_to_v3(wire::read(raw.as_bytes())?),
        _ => wire::read(raw.as_bytes())?,
    };
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
    let mut doc = Document::from_parts(
        record.id.into_owned(),
        record.title.into_owned(),
        record.text.into(),
        record.created.into_owned(),
        sentences,
        &record.paragraphs,
    )?;
    doc.details = Details {
        url: record.url.map(Cow::into_owned),
        language: record.language.map(Cow::into_owned),
    };
    Ok(doc)
}

/// The labels and notes of document `doc`, checked against its sentences.
pub fn decode_annotations(raw: &str, doc: &Document) -> Result<Annotations, LoadError> {
    let record: LabelsV2 = match version(raw)? {
        1 => labels_v1_to_v2(wire::read(raw.as_bytes())?),
        _ => wire::read(raw.as_bytes())?,
    };
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
    for (key, note) in record.notes {
        let slot = key.parse().ok().and_then(|i: usize| notes.get_mut(i));
        let slot = slot.ok_or_else(|| {
            LoadError::Inconsistent(format!("a note for sentence {key}, which does not exist"))
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

/// The library list, versions 2 and 3 (3 changed nothing in it; version 1 had none).
#[derive(Serialize, Deserialize)]
struct LibraryV2 {
    schema: u32,
    docs: Vec<LibraryEntry>,
}

/// Most recently changed first.
pub fn encode_library(entries: &[LibraryEntry]) -> String {
    let mut docs = entries.to_vec();
    newest_first(&mut docs);
    wire::write(&LibraryV2 {
        schema: SCHEMA_VERSION,
        docs,
    })
}

pub fn decode_library(raw: &str) -> Result<Vec<LibraryEntry>, LoadError> {
    match version(raw)? {
        1 => Err(LoadError::WrongShape("no library list in version 1".into())),
        _ => Ok(wire::read::<LibraryV2>(raw.as_bytes())?.docs),
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
