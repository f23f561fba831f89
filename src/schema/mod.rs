//! What Sift keeps in the browser's storage: keys, the versioned records, and reading every
//! older version (pure: strings in, values or typed errors out).
//!
//! Layout, schema version 5. Each document is a changing record and a text, and texts imported
//! together share a pack:
//! - `sift.doc.<id>`: everything that changes, in one record, rewritten on every change: title,
//!   source, sentence bounds (bytes, as gaps and lengths, and sentences per paragraph), labels
//!   (one digit per sentence: `0` none, `1` claim, `2` fact, `3` context), notes by sentence
//!   index, and the stamps of `model::Stamps` with the tick of the write; for a later version of
//!   an article, its number and the previous version's id; the text's sketch (what a new
//!   version is recognised by); the orphans waiting for a sentence; and the pack that holds the
//!   text, if one does. Bounds and the labels on them are one write, so they can never be paired
//!   wrongly; the library's line for the document is read from this record too. It is binary
//!   (`v5`): the version 4 record, in JSON, took three times the room.
//! - `sift.pack.<name>`: the texts of up to 64 documents imported together, compressed as one
//!   (`v5`), written once; texts never change, so two tabs never write one pack differently.
//! - `sift.text.<id>`: a text of its own, in JSON (as version 4 wrote it), written when a text is
//!   pasted (and again if another tab deleted the document while it was open here). It is read
//!   before the pack, so the text saved last is the one read.
//! - `sift.current`: the id of the document open last (a plain string).
//! - `sift.backup.<key>.<n>-<time>`: a value Sift could not read, kept untouched.
//!
//! Every record carries its schema version: JSON records as `schema`, binary ones as their
//! first characters (`5|`). A record's version is read first, then the record is read as the
//! type of its own version (`legacy` reads 1 to 3; version 4 records are read as they are and
//! written anew as version 5 on their next change). Fields Sift does not know are ignored in
//! JSON; a field it reads, written twice, is refused.

mod legacy;
mod library;
pub mod units;
mod v5;

use std::borrow::Cow;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

pub use legacy::{decode_annotations, decode_document};
pub use library::{article_of, articles, newest_first, upsert, Article, LibraryEntry};
pub use v5::{pack_key, read_pack, write_pack, MAX_UNPACKED, PACK_BYTES, PACK_PREFIX, PACK_TEXTS};

use crate::model::{
    Details, Document, Label, Listed, Origins, Orphan, Session, SpanError, Stamps, MAX_VERSION,
};
use crate::segment::Span;
use crate::wire::{self, ReadError};

pub const SCHEMA_VERSION: u32 = 5;
/// Texts of their own are still written as version 4 wrote them.
const TEXT_SCHEMA: u32 = 4;
pub const CURRENT_KEY: &str = "sift.current";
pub const BACKUP_PREFIX: &str = "sift.backup.";
/// Where versions 2 and 3 listed the documents; derived data, removed when found.
pub const LEGACY_LIBRARY_KEY: &str = "sift.library";

/// Every document's changing record starts with this, followed by its id.
pub const DOC_PREFIX: &str = "sift.doc.";
pub const TEXT_PREFIX: &str = "sift.text.";

pub fn doc_key(id: &str) -> String {
    format!("{DOC_PREFIX}{id}")
}

pub fn text_key(id: &str) -> String {
    format!("{TEXT_PREFIX}{id}")
}

/// Versions 1 to 3 kept the labels apart from the document.
pub fn legacy_labels_key(id: &str) -> String {
    format!("sift.labels.{id}")
}

/// Where the `n`th backup of `key`, made at `at` (an ISO 8601 time), is kept. Each backup of a
/// key takes the next number, so names never collide and sort oldest first.
pub fn backup_key(key: &str, n: u32, at: &str) -> String {
    format!("{BACKUP_PREFIX}{key}.{n:06}-{at}")
}

/// The stored key a backup was made of, and the backup's number.
pub fn backed_up_key(backup: &str) -> Option<(&str, u32)> {
    let (key, tail) = backup.strip_prefix(BACKUP_PREFIX)?.rsplit_once('.')?;
    Some((key, tail.split('-').next()?.parse().ok()?))
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
    /// Well formed, but it contradicts itself or its text (spans outside the text, a label
    /// count that does not match the sentences, a text that is not the document's…).
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
pub fn version(raw: &str) -> Result<u32, LoadError> {
    if raw.starts_with(v5::MARK) {
        return Ok(5);
    }
    match wire::read_stored::<Header>(raw.as_bytes())? {
        Header { schema: 0 } => Err(LoadError::WrongShape("unknown schema version 0".into())),
        Header { schema } if schema > SCHEMA_VERSION => Err(LoadError::NewerVersion(schema)),
        Header { schema } => Ok(schema),
    }
}

/// A text of its own, as version 4 wrote it.
#[derive(Serialize, Deserialize)]
struct TextV4<'a> {
    schema: u32,
    id: Cow<'a, str>,
    text: Cow<'a, str>,
}

/// A document's changing record, version 4; a version 5 record is read into this type too.
#[derive(Serialize, Deserialize)]
struct DocV4<'a> {
    schema: u32,
    id: Cow<'a, str>,
    /// The writing tab's tick (see `model::Stamps`).
    clock: u64,
    updated: Cow<'a, str>,
    created: Cow<'a, str>,
    title: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    url: Option<Cow<'a, str>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<Cow<'a, str>>,
    /// Byte offsets, two per sentence.
    spans: Vec<usize>,
    /// Sentences per paragraph.
    paragraphs: Vec<usize>,
    /// One digit per sentence.
    labels: Cow<'a, str>,
    /// By sentence index (JSON keys are strings of digits).
    #[serde(
        deserialize_with = "wire::unique_keys",
        serialize_with = "wire::as_object"
    )]
    notes: Vec<(String, Cow<'a, str>)>,
    stamps: StampsV4,
    #[serde(default = "first", skip_serializing_if = "is_first")]
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    previous: Option<Cow<'a, str>>,
    #[serde(default)]
    sketch: Cow<'a, [u64]>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    orphans: Vec<OrphanV4<'a>>,
}

fn first() -> u32 {
    1
}

fn is_first(version: &u32) -> bool {
    *version == 1
}

/// A `model::Orphan` with the tick it was listed at; `old` is its sentence in the previous
/// version.
#[derive(Serialize, Deserialize)]
struct OrphanV4<'a> {
    tick: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    old: Option<usize>,
    text: Cow<'a, str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    label: Option<Label>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<Cow<'a, str>>,
}

/// `model::Stamps`, with only the sentences ever changed listed, as `[index, tick]`, and only
/// the values set on other text than their sentence, as `[index, [[start, end], …]]` (byte
/// offsets).
#[derive(Serialize, Deserialize)]
struct StampsV4 {
    bounds: u64,
    title: u64,
    details: u64,
    label: Vec<(usize, u64)>,
    note: Vec<(usize, u64)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    label_on: Vec<(usize, Vec<(usize, usize)>)>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    note_on: Vec<(usize, Vec<(usize, usize)>)>,
}

/// The text record of `doc`.
pub fn encode_text(doc: &Document) -> String {
    wire::write(&TextV4 {
        schema: TEXT_SCHEMA,
        id: Cow::Borrowed(&doc.id),
        text: Cow::Borrowed(&doc.text),
    })
}

/// The text of a text record (`None` when it is not one).
pub fn text_of_record(raw: &str) -> Option<String> {
    let record: TextV4 = wire::read_stored(raw.as_bytes()).ok()?;
    (record.schema == TEXT_SCHEMA).then(|| record.text.into_owned())
}

/// The changing record of `session`, written at `updated`.
pub fn encode_session(session: &Session, updated: &str) -> String {
    v5::write_doc(&as_v4(session, updated), session.doc.pack.as_deref())
}

/// `session` as a version 4 record (which version 5 writes in its own form).
fn as_v4<'a>(session: &'a Session, updated: &'a str) -> DocV4<'a> {
    let doc = &session.doc;
    let stamps = &session.stamps;
    let changed = |ticks: &[u64]| {
        ticks
            .iter()
            .enumerate()
            .filter(|(_, &t)| t > 0)
            .map(|(i, &t)| (i, t))
            .collect()
    };
    let elsewhere = |on: &[Origins]| {
        on.iter()
            .zip(&doc.sentences)
            .enumerate()
            .filter(|(_, (on, span))| ***on != [**span])
            .map(|(i, (on, _))| (i, on.iter().map(|s| (s.start, s.end)).collect()))
            .collect()
    };
    let notes = session.notes.iter().enumerate();
    DocV4 {
        schema: SCHEMA_VERSION,
        id: Cow::Borrowed(&doc.id),
        clock: session.clock,
        updated: Cow::Borrowed(updated),
        created: Cow::Borrowed(&doc.created),
        title: Cow::Borrowed(&doc.title),
        url: doc.details.url.as_deref().map(Cow::Borrowed),
        language: doc.details.language.as_deref().map(Cow::Borrowed),
        spans: doc
            .sentences
            .iter()
            .flat_map(|s| [s.start, s.end])
            .collect(),
        paragraphs: doc.paragraphs.iter().map(|p| p.sentences.len()).collect(),
        labels: session
            .labels
            .iter()
            .map(|l| l.map_or('0', Label::digit))
            .collect(),
        notes: notes
            .filter_map(|(i, n)| Some((i.to_string(), Cow::Borrowed(n.as_deref()?))))
            .collect(),
        stamps: StampsV4 {
            bounds: stamps.bounds,
            title: stamps.title,
            details: stamps.details,
            label: changed(&stamps.label),
            note: changed(&stamps.note),
            label_on: elsewhere(&stamps.label_on),
            note_on: elsewhere(&stamps.note_on),
        },
        version: doc.version,
        previous: doc.previous.as_deref().map(Cow::Borrowed),
        sketch: Cow::Borrowed(&doc.sketch),
        orphans: session
            .orphans
            .iter()
            .map(|l| OrphanV4 {
                tick: l.tick,
                old: l.orphan.old_index,
                text: Cow::Borrowed(&l.orphan.text),
                label: l.orphan.label,
                note: l.orphan.note.as_deref().map(Cow::Borrowed),
            })
            .collect(),
    }
}

/// A stored document from its text record and its changing record (version 4 or 5), each
/// checked against the other: both name the same document, and every bound, label and stamp
/// fits the text.
pub fn decode_session(text: &str, record: &str) -> Result<Session, LoadError> {
    let text: TextV4 = match version(text)? {
        TEXT_SCHEMA => wire::read_stored(text.as_bytes())?,
        v => return Err(LoadError::WrongShape(format!("a version {v} text record"))),
    };
    let session = decode_record(record, text.text.into())?;
    if session.doc.id != text.id {
        return Err(LoadError::Inconsistent(format!(
            "the text stored with {} is another document's",
            session.doc.id
        )));
    }
    Ok(session)
}

/// A document's changing record, read onto `text`, which the caller knows to be its text (a
/// tab that has the document open reads another tab's writes this way); every bound must fit it.
pub fn decode_record(record: &str, text: Rc<str>) -> Result<Session, LoadError> {
    let (record, pack) = changing_record(record)?;
    session_of(record, pack, text)
}

/// The session a changing record, already read, stands for on `text`, its text kept in
/// `pack`.
fn session_of(record: DocV4, pack: Option<String>, text: Rc<str>) -> Result<Session, LoadError> {
    if record.version == 0 || record.version > MAX_VERSION {
        return Err(LoadError::Inconsistent(format!(
            "version {} of an article (versions count from 1 to {MAX_VERSION})",
            record.version
        )));
    }
    let mut doc = rebuild(
        Stored {
            id: record.id.into_owned(),
            title: record.title.into_owned(),
            created: record.created.into_owned(),
            url: record.url.map(Cow::into_owned),
            language: record.language.map(Cow::into_owned),
            sketch: record.sketch.into_owned(),
        },
        text,
        &record.spans,
        &record.paragraphs,
    )?;
    doc.pack = pack;
    doc.version = record.version;
    doc.previous = record.previous.map(Cow::into_owned);
    let n = doc.len();
    let labels = labels_from_digits(&record.labels, n)?;
    let notes = notes_by_index(record.notes, n)?;
    let missing = |i: usize| {
        LoadError::Inconsistent(format!("a stamp for sentence {i}, which does not exist"))
    };
    let ticks = |changed: Vec<(usize, u64)>| {
        let mut ticks = vec![0; n];
        for (i, t) in changed {
            *ticks.get_mut(i).ok_or_else(|| missing(i))? = t;
        }
        Ok::<_, LoadError>(ticks)
    };
    let set_on = |elsewhere: Vec<(usize, Vec<(usize, usize)>)>| {
        let mut on: Vec<Origins> = doc.sentences.iter().map(|&s| Rc::from([s])).collect();
        for (i, spans) in elsewhere {
            let outside = |&(s, e): &(usize, usize)| {
                s > e || !doc.text.is_char_boundary(s) || !doc.text.is_char_boundary(e)
            };
            if spans.is_empty() || spans.iter().any(outside) {
                return Err(LoadError::Inconsistent(format!(
                    "sentence {i}'s values were set outside the text or inside a character"
                )));
            }
            let spans: Vec<Span> = spans.into_iter().map(|(s, e)| Span::new(s, e)).collect();
            *on.get_mut(i).ok_or_else(|| missing(i))? = spans.into();
        }
        Ok(on)
    };
    let stamps = Stamps {
        label: ticks(record.stamps.label)?,
        note: ticks(record.stamps.note)?,
        label_on: set_on(record.stamps.label_on)?,
        note_on: set_on(record.stamps.note_on)?,
        bounds: record.stamps.bounds,
        title: record.stamps.title,
        details: record.stamps.details,
    };
    let orphans = record.orphans.into_iter().map(|o| Listed {
        tick: o.tick,
        orphan: Orphan {
            old_index: o.old,
            text: o.text.into_owned(),
            label: o.label,
            note: o.note.map(|n| n.as_ref().into()),
        },
    });
    let mut session = Session::with_annotations(doc, labels, notes);
    session.content.orphans = Rc::new(orphans.collect());
    Ok(session.stamped(stamps, record.clock))
}

/// A changing record of version 4 or 5, and the pack its text is in. A version 4 sketch (64
/// hashes of 64 bits) is narrowed to what sketches are now.
fn changing_record(raw: &str) -> Result<(DocV4<'static>, Option<String>), LoadError> {
    match version(raw)? {
        4 => {
            let mut record: DocV4 = wire::read_stored(raw.as_bytes())?;
            record.sketch = Cow::Owned(crate::sketch::narrowed(&record.sketch));
            Ok((record, None))
        }
        5 => v5::read_doc(raw),
        v => Err(LoadError::WrongShape(format!(
            "a version {v} record where version 4 or 5 belongs"
        ))),
    }
}

/// What a document record says of the document besides its text and bounds.
struct Stored {
    id: String,
    title: String,
    created: String,
    url: Option<String>,
    language: Option<String>,
    /// The text's sketch, when the record kept it.
    sketch: Vec<u64>,
}

/// A document from its stored parts: `spans` are byte offsets, two per sentence, `paragraphs`
/// the sentences in each; every one is checked against the text.
fn rebuild(
    stored: Stored,
    text: Rc<str>,
    spans: &[usize],
    paragraphs: &[usize],
) -> Result<Document, LoadError> {
    if !spans.len().is_multiple_of(2) {
        return Err(LoadError::Inconsistent(
            "an odd number of span offsets".into(),
        ));
    }
    let sentences = spans
        .chunks_exact(2)
        .map(|p| Span::new(p[0], p[1]))
        .collect();
    let mut doc = Document::from_parts(
        stored.id,
        stored.title,
        text,
        stored.created,
        sentences,
        paragraphs,
        Some(stored.sketch).filter(|s| !s.is_empty()),
    )?;
    doc.details = Details {
        url: stored.url,
        language: stored.language,
    };
    Ok(doc)
}

/// One label per digit, exactly `n` of them.
fn labels_from_digits(digits: &str, n: usize) -> Result<Vec<Option<Label>>, LoadError> {
    let labels = digits
        .chars()
        .map(|c| match c {
            '0' => Ok(None),
            c => Label::from_digit(c)
                .map(Some)
                .ok_or_else(|| LoadError::Inconsistent(format!("unknown label code “{c}”"))),
        })
        .collect::<Result<Vec<_>, _>>()?;
    if labels.len() != n {
        return Err(LoadError::Inconsistent(format!(
            "{} labels for {n} sentences",
            labels.len()
        )));
    }
    Ok(labels)
}

/// Notes keyed by sentence index, as one slot per sentence.
fn notes_by_index<S: AsRef<str>>(
    by_index: Vec<(String, S)>,
    n: usize,
) -> Result<Vec<Option<Rc<str>>>, LoadError> {
    let mut notes = vec![None; n];
    for (key, note) in by_index {
        let slot = key.parse().ok().and_then(|i: usize| notes.get_mut(i));
        let slot = slot.ok_or_else(|| {
            LoadError::Inconsistent(format!("a note for sentence {key}, which does not exist"))
        })?;
        *slot = Some(note.as_ref().into());
    }
    Ok(notes)
}

/// A stored document of any version as a session: `record` is its `sift.doc.<id>`, `get`
/// reads any other record its version needs (its text, or older labels), and `packed` finds
/// its text in the pack the record names (`text_in_pack`, through whatever the caller keeps
/// unpacked), or in any pack when it names none and has no text record (its text was packed
/// while another tab wrote the record): the pack's name and the text.
pub fn decode_any(
    id: &str,
    record: &str,
    get: impl Fn(&str) -> Option<String>,
    packed: impl FnOnce(Option<&str>) -> Result<(String, String), LoadError>,
) -> Result<Session, LoadError> {
    if version(record)? < 4 {
        return legacy::decode_session(record, get(&legacy_labels_key(id)).as_deref());
    }
    if let Some(text) = get(&text_key(id)) {
        return decode_session(&text, record);
    }
    let (parsed, pack) = changing_record(record)?;
    let (pack, text) = packed(pack.as_deref())?;
    let session = session_of(parsed, Some(pack), text.into())?;
    if session.doc.id != id {
        return Err(LoadError::Inconsistent(format!(
            "the record stored as {id} is {}'s",
            session.doc.id
        )));
    }
    Ok(session)
}

/// The text of document `id` among a pack's texts.
pub fn text_in_pack(texts: &[(String, String)], id: &str) -> Result<String, LoadError> {
    texts
        .iter()
        .find(|(t, _)| t == id)
        .map(|(_, text)| text.clone())
        .ok_or_else(|| LoadError::Inconsistent("its text is missing from its pack".into()))
}

/// The library's line for a stored document of any version; `get` as for `decode_any`.
pub fn summary(
    id: &str,
    record: &str,
    get: impl Fn(&str) -> Option<String>,
) -> Result<LibraryEntry, LoadError> {
    match version(record)? {
        4 | 5 => LibraryEntry::of_record(record),
        _ => {
            let labels = get(&legacy_labels_key(id));
            let session = legacy::decode_session(record, labels.as_deref())?;
            let updated = labels.as_deref().and_then(legacy::updated);
            Ok(LibraryEntry::of(
                &session,
                updated.as_deref().unwrap_or(&session.doc.created),
            ))
        }
    }
}
