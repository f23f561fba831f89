//! Records of schema versions 1 to 3, as earlier Sifts stored them: a document record with its
//! text and bounds (`sift.doc.<id>`), and its labels apart (`sift.labels.<id>`), listed in a
//! shared `sift.library` record that is no longer read. Each kind of record is read as its
//! version 3 type, whose fields added since version 1 are optional, then into a session; the
//! next save writes it as version 4.

use std::borrow::Cow;

use serde::Deserialize;

use super::{rebuild, version, LoadError, Stored};
use crate::model::{Annotations, Document, Session};
use crate::wire;

/// A document record, versions 1 to 3: the text and title, and where the reader says it came
/// from (version 3 added the source URL and language, so older records read without them).
#[derive(Deserialize)]
struct DocV3<'a> {
    id: Cow<'a, str>,
    title: Cow<'a, str>,
    created: Cow<'a, str>,
    #[serde(default)]
    url: Option<Cow<'a, str>>,
    #[serde(default)]
    language: Option<Cow<'a, str>>,
    text: Cow<'a, str>,
    /// Byte offsets, two per sentence.
    spans: Vec<usize>,
    /// Sentences per paragraph.
    paragraphs: Vec<usize>,
}

/// The annotations record, versions 1 to 3: one digit per sentence, and the notes by sentence
/// index (JSON keys are strings of digits); version 2 added the notes, so version 1 reads
/// without them.
#[derive(Deserialize)]
struct LabelsV2 {
    id: String,
    labels: String,
    #[serde(default, deserialize_with = "wire::unique_keys")]
    notes: Vec<(String, String)>,
}

pub fn decode_document(raw: &str) -> Result<Document, LoadError> {
    let record: DocV3 = match version(raw)? {
        1..=3 => wire::read_stored(raw.as_bytes())?,
        v => {
            return Err(LoadError::WrongShape(format!(
                "not a version 3 document (schema {v})"
            )))
        }
    };
    rebuild(
        Stored {
            id: record.id.into_owned(),
            title: record.title.into_owned(),
            created: record.created.into_owned(),
            url: record.url.map(Cow::into_owned),
            language: record.language.map(Cow::into_owned),
            sketch: Vec::new(),
        },
        record.text.into(),
        &record.spans,
        &record.paragraphs,
    )
}

/// The labels and notes of document `doc`, checked against its sentences.
pub fn decode_annotations(raw: &str, doc: &Document) -> Result<Annotations, LoadError> {
    let record: LabelsV2 = match version(raw)? {
        1..=3 => wire::read_stored(raw.as_bytes())?,
        v => {
            return Err(LoadError::WrongShape(format!(
                "not a version 3 labels record (schema {v})"
            )))
        }
    };
    if record.id != doc.id {
        return Err(LoadError::Inconsistent(format!(
            "the labels belong to {}, not {}",
            record.id, doc.id
        )));
    }
    Ok(Annotations {
        labels: super::labels_from_digits(&record.labels, doc.len())?,
        notes: super::notes_by_index(record.notes, doc.len())?,
    })
}

/// A document stored by an earlier Sift, as a session: its document record, and its labels
/// record when there is one (a document whose labels were never saved has none).
pub fn decode_session(doc: &str, labels: Option<&str>) -> Result<Session, LoadError> {
    let doc = decode_document(doc)?;
    let annotations = match labels {
        Some(raw) => decode_annotations(raw, &doc)?,
        None => Annotations::empty(doc.len()),
    };
    Ok(Session::with_annotations(
        doc,
        annotations.labels,
        annotations.notes,
    ))
}

/// The time a version 1 to 3 labels record was last written, for the library.
pub fn updated(labels: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Updated {
        updated: String,
    }
    wire::read_stored::<Updated>(labels.as_bytes())
        .ok()
        .map(|u| u.updated)
}
