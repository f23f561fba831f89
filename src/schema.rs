//! What Sift keeps in the browser's storage: keys, the versioned record formats and their
//! decoding (pure: strings in, values or typed errors out).
//!
//! Layout, schema version 1:
//! - `sift.current`: the id of the document that was open last (a plain string).
//! - `sift.doc.<id>`: the document, written once when it is pasted: its exact text, title,
//!   creation time, sentence spans as a flat list of byte offsets `[start0, end0, start1, …]`
//!   and the number of sentences in each paragraph.
//! - `sift.labels.<id>`: the labels, rewritten on every change: one digit per sentence
//!   (`0` none, `1` claim, `2` fact, `3` context) and the time of the last change.
//!
//! Keeping the text apart from the labels means a label change rewrites a few bytes per
//! sentence, never the article.

use serde::{Deserialize, Serialize};

use crate::model::{Document, Label, SpanError};
use crate::segment::Span;

pub const SCHEMA_VERSION: u32 = 1;
pub const CURRENT_KEY: &str = "sift.current";
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

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredDocV1 {
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

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StoredLabelsV1 {
    schema: u32,
    id: String,
    updated: String,
    labels: String,
}

pub fn encode_document(doc: &Document) -> String {
    let record = StoredDocV1 {
        schema: SCHEMA_VERSION,
        id: doc.id.clone(),
        title: doc.title.clone(),
        created: doc.created.clone(),
        text: doc.text.clone(),
        spans: doc
            .sentences
            .iter()
            .flat_map(|s| [s.start, s.end])
            .collect(),
        paragraphs: doc.paragraphs.iter().map(|p| p.sentences.len()).collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

pub fn encode_labels(id: &str, labels: &[Option<Label>], updated: &str) -> String {
    let record = StoredLabelsV1 {
        schema: SCHEMA_VERSION,
        id: id.to_string(),
        updated: updated.to_string(),
        labels: labels.iter().map(|l| l.map_or('0', Label::digit)).collect(),
    };
    serde_json::to_string(&record).unwrap_or_default()
}

/// Reads the `schema` field first, so a newer version is reported as such and not as garbage.
fn schema_of(raw: &str) -> Result<serde_json::Value, LoadError> {
    let value: serde_json::Value =
        serde_json::from_str(raw).map_err(|e| LoadError::NotJson(e.to_string()))?;
    match value.get("schema").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(SCHEMA_VERSION) => Ok(value),
        Some(v) if v > u64::from(SCHEMA_VERSION) => {
            Err(LoadError::NewerVersion(v.min(u64::from(u32::MAX)) as u32))
        }
        Some(v) => Err(LoadError::WrongShape(format!("unknown schema version {v}"))),
        None => Err(LoadError::WrongShape("no schema version".into())),
    }
}

pub fn decode_document(raw: &str) -> Result<Document, LoadError> {
    let value = schema_of(raw)?;
    let record: StoredDocV1 =
        serde_json::from_value(value).map_err(|e| LoadError::WrongShape(e.to_string()))?;
    if record.spans.len() % 2 != 0 {
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
        record.text,
        record.created,
        sentences,
        &record.paragraphs,
    )?)
}

/// The labels of document `doc`, checked against its sentences.
pub fn decode_labels(raw: &str, doc: &Document) -> Result<Vec<Option<Label>>, LoadError> {
    let value = schema_of(raw)?;
    let record: StoredLabelsV1 =
        serde_json::from_value(value).map_err(|e| LoadError::WrongShape(e.to_string()))?;
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
    Ok(labels)
}
