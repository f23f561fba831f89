//! Reading a Sift JSON export (format `sift-annotations`, versions 1 and 2) back in, through
//! the same types that write it: every field is checked, and any problem is a typed error that
//! names it. Nothing here panics, whatever the bytes, and reading builds no tree of the file.

use std::borrow::Cow;

use serde::Deserialize;

use crate::export::{NativeFile, NativeSentence, FORMAT, FORMAT_VERSION, OFFSET_UNIT};
use crate::model::{
    id_for, note_text, reader_name, sentence_id, Annotations, Details, Document, Session,
    MAX_VERSION,
};
use crate::segment::Span;
use crate::sizes::megabytes;
use crate::wire::{self, ReadError};

/// Larger files are refused before they are parsed: an article this long is not a news article.
pub const MAX_IMPORT_BYTES: usize = 20 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    NotText,
    NotJson(String),
    /// JSON, but not a Sift export (`format` is missing or another one).
    NotSift(Option<String>),
    UnsupportedVersion(u64),
    UnsupportedOffsets(String),
    /// A field is missing, repeated or of the wrong type (a label Sift does not have, too):
    /// its path and the problem.
    BadField(String),
    OffsetsOutOfRange {
        index: usize,
    },
    SentencesOverlap {
        index: usize,
    },
    /// `text` of a sentence is not `document.text[start:end]`.
    TextMismatch {
        index: usize,
    },
    BadIndex {
        index: usize,
    },
    /// The sentence's `id` is not the one its start gives (see `model::sentence_id`).
    IdMismatch {
        index: usize,
    },
    /// The source URL or language is not one Sift keeps.
    BadDetails(String),
    BadParagraphs {
        index: usize,
    },
    NoSentences,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => {
                write!(
                    f,
                    "the file is {}; Sift imports files up to {}",
                    megabytes(*bytes),
                    megabytes(MAX_IMPORT_BYTES)
                )
            }
            ImportError::NotText => write!(f, "the file is not text (it is not UTF-8)"),
            ImportError::NotJson(e) => write!(f, "the file is not JSON ({e})"),
            ImportError::NotSift(None) => write!(
                f,
                "the file is JSON but not a Sift export (it has no \"format\": \"{FORMAT}\")"
            ),
            ImportError::NotSift(Some(found)) if found == crate::export::LIBRARY_FORMAT => write!(
                f,
                "the file is a whole library: Import articles… brings in every article in it"
            ),
            ImportError::NotSift(Some(found)) => {
                write!(
                    f,
                    "the file is a \"{found}\" file, not a Sift export (\"{FORMAT}\")"
                )
            }
            ImportError::UnsupportedVersion(v) => {
                write!(f, "the file is version {v} of the Sift format; this Sift reads versions 1 to {FORMAT_VERSION}")
            }
            ImportError::UnsupportedOffsets(u) => {
                write!(
                    f,
                    "the file counts offsets in \"{u}\"; Sift exports count \"{OFFSET_UNIT}\""
                )
            }
            ImportError::BadField(e) => write!(f, "a field is wrong: {e}"),
            ImportError::OffsetsOutOfRange { index } => {
                write!(f, "sentence {index} has offsets outside document.text")
            }
            ImportError::SentencesOverlap { index } => {
                write!(
                    f,
                    "sentence {index} overlaps the sentence before it or is out of order"
                )
            }
            ImportError::TextMismatch { index } => {
                write!(
                    f,
                    "the text of sentence {index} does not match document.text at its offsets"
                )
            }
            ImportError::BadIndex { index } => write!(f, "sentence {index} is listed out of order"),
            ImportError::IdMismatch { index } => write!(
                f,
                "sentence {index} has an id that does not match where it starts in document.text"
            ),
            ImportError::BadDetails(e) => write!(f, "in document: {e}"),
            ImportError::BadParagraphs { index } => {
                write!(
                    f,
                    "the paragraph numbers go backwards or skip at sentence {index}"
                )
            }
            ImportError::NoSentences => write!(f, "the file lists no sentences"),
        }
    }
}

/// A document and its annotations, read from an export.
#[derive(Debug, Clone)]
pub struct Imported {
    pub doc: Document,
    pub annotations: Annotations,
    pub exported_at: String,
    /// Who labelled, when the file names them and the name is one Sift keeps.
    pub annotator: Option<String>,
    /// What in the file was not believed and how it was read instead, for the reader.
    pub warnings: Vec<String>,
}

/// Reads `bytes` as a Sift export and checks it against itself.
pub fn parse(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if std::str::from_utf8(bytes).is_err() {
        return Err(ImportError::NotText);
    }
    let file: NativeFile = wire::read(bytes).map_err(|e| explain(bytes, e))?;
    if file.format != FORMAT {
        return Err(ImportError::NotSift(Some(file.format.into_owned())));
    }
    if !(1..=FORMAT_VERSION).contains(&file.version) {
        return Err(ImportError::UnsupportedVersion(file.version.into()));
    }
    if let Some(unit) = file.offsets.filter(|unit| unit != OFFSET_UNIT) {
        return Err(ImportError::UnsupportedOffsets(unit.into_owned()));
    }
    let document = file.document;
    let text = document.text.into_owned();
    if file.sentences.is_empty() {
        return Err(ImportError::NoSentences);
    }
    let (spans, paragraph_sizes, annotations) = check_sentences(&text, file.sentences)?;
    let title = if document.title.trim().is_empty() {
        crate::model::default_title(&text)
    } else {
        document.title.into_owned()
    };
    let details = Details::new(
        document.url.as_deref().unwrap_or_default(),
        document.language.as_deref().unwrap_or_default(),
    )
    .map_err(|e| ImportError::BadDetails(e.to_string()))?;
    let mut doc = Document::from_parts(
        id_for(&text, &document.id),
        title,
        text.into(),
        document.created.into_owned(),
        spans,
        &paragraph_sizes,
        None,
    )
    .map_err(|e| ImportError::BadField(e.to_string()))?;
    doc.details = details;
    let mut warnings = Vec::new();
    if (1..=MAX_VERSION).contains(&document.version) {
        doc.version = document.version;
        doc.previous = document.previous.map(Cow::into_owned);
    } else {
        warnings.push(format!(
            "The file calls the article version {}, but versions count from 1 to {MAX_VERSION}: it was read as a first version.",
            document.version
        ));
    }
    let annotator = match file.annotator.as_deref().map(reader_name) {
        Some(Ok(name)) => name,
        Some(Err(why)) => {
            warnings.push(format!("The file's annotator name was left out: {why}."));
            None
        }
        None => None,
    };
    Ok(Imported {
        doc,
        annotations,
        exported_at: file.exported_at.into_owned(),
        annotator,
        warnings,
    })
}

/// Why a file is not a readable export: not JSON, another format or version (read from the
/// file's first fields alone, only once the whole failed), or a field that is wrong.
fn explain(bytes: &[u8], error: ReadError) -> ImportError {
    #[derive(Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<u64>,
    }
    let field = match error {
        ReadError::Syntax(e) => return ImportError::NotJson(e),
        field => ImportError::BadField(field.to_string()),
    };
    if bytes.trim_ascii_start().first() != Some(&b'{') {
        return ImportError::NotSift(None);
    }
    match wire::read::<Header>(bytes) {
        Ok(Header {
            format: Some(format),
            ..
        }) if format != FORMAT => ImportError::NotSift(Some(format)),
        Ok(Header {
            version: Some(v), ..
        }) if !(1..=u64::from(FORMAT_VERSION)).contains(&v) => ImportError::UnsupportedVersion(v),
        Ok(Header { format: None, .. }) => ImportError::NotSift(None),
        Ok(_) | Err(_) => field,
    }
}

type Checked = (Vec<Span>, Vec<usize>, Annotations);

/// Converts code-point offsets to byte spans, checking order, range and text as it goes.
fn check_sentences(text: &str, sentences: Vec<NativeSentence>) -> Result<Checked, ImportError> {
    // Byte offset of every code point, and of the end.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let mut spans = Vec::with_capacity(sentences.len());
    let mut sizes: Vec<usize> = Vec::new();
    let mut annotations = Annotations::default();
    let mut prev_end = 0;
    for (i, s) in sentences.into_iter().enumerate() {
        if s.index != i {
            return Err(ImportError::BadIndex { index: i });
        }
        if s.start >= s.end || s.end >= bytes.len() {
            return Err(ImportError::OffsetsOutOfRange { index: i });
        }
        if s.start < prev_end {
            return Err(ImportError::SentencesOverlap { index: i });
        }
        let span = Span::new(bytes[s.start], bytes[s.end]);
        if span.of(text) != s.text {
            return Err(ImportError::TextMismatch { index: i });
        }
        if s.id.is_some_and(|id| id != sentence_id(s.start)) {
            return Err(ImportError::IdMismatch { index: i });
        }
        let new_paragraph = match s.paragraph {
            Some(p) if p + 1 == sizes.len() => false,
            Some(p) if p == sizes.len() => true,
            Some(_) => return Err(ImportError::BadParagraphs { index: i }),
            // Older files without paragraph numbers: a line break between sentences starts one.
            None => {
                text[spans.last().map_or(0, |s: &Span| s.end)..span.start].contains(['\n', '\r'])
                    || sizes.is_empty()
            }
        };
        if new_paragraph {
            sizes.push(1);
        } else if let Some(last) = sizes.last_mut() {
            *last += 1;
        }
        prev_end = s.end;
        spans.push(span);
        annotations.labels.push(s.label);
        annotations
            .notes
            .push(s.note.as_deref().and_then(note_text));
    }
    Ok((spans, sizes, annotations))
}

/// The imported annotations laid onto `existing`, a document with the same text whose sentence
/// bounds may differ: sentences with the same bounds take the import's values; the indices of
/// imported sentences with no match are returned.
pub fn align(existing: &Document, imported: &Imported) -> (Annotations, Vec<usize>) {
    let mut aligned = Annotations::empty(existing.len());
    let mut unmatched = Vec::new();
    // Both lists of spans are in text order: one walk pairs the identical ones.
    let mut j = 0;
    for (i, span) in imported.doc.sentences.iter().enumerate() {
        while j < existing.len() && existing.sentences[j].start < span.start {
            j += 1;
        }
        if existing.sentences.get(j) == Some(span) {
            aligned.labels[j] = imported.annotations.labels[i];
            aligned.notes[j] = imported.annotations.notes[i].clone();
        } else if imported.annotations.labels[i].is_some()
            || imported.annotations.notes[i].is_some()
        {
            unmatched.push(i);
        }
    }
    (aligned, unmatched)
}

/// What an import does to the library: the session to open, the change to make in it (one
/// undoable step), and what to tell the reader.
#[derive(Debug, Clone)]
pub struct IntoLibrary {
    pub session: Session,
    pub change: Option<Annotations>,
    pub message: String,
}

/// The file as a new document (with what of it was not believed said), or, with the same
/// article already stored, laid onto it per sentence: what the browser lacks is filled in from the file, and where both have different
/// values the browser's are kept and the sentences are named, so the reader can check them.
/// (The file's own `exported_at` decides nothing: anyone can write any time into a file.)
pub fn into_library(imported: Imported, stored: Option<Session>) -> IntoLibrary {
    let Some(stored) = stored else {
        let a = imported.annotations;
        // A gold version keeps its id (see `model::id_for`), so it becomes the one a comparison
        // of the article settles into: the reader is told, whoever made it.
        let what = if imported.doc.is_gold() {
            format!(
                "Imported “{}” as this article's gold version: comparing the article now opens it to go on settling.",
                imported.doc.title
            )
        } else {
            format!("Imported “{}”.", imported.doc.title)
        };
        return IntoLibrary {
            message: imported.warnings.iter().fold(what, |all, w| all + " " + w),
            session: Session::with_annotations(imported.doc, a.labels, a.notes),
            change: None,
        };
    };
    let (aligned, unmatched) = align(&stored.doc, &imported);
    let mut filled = stored.annotations();
    let mut kept = Vec::new();
    for i in 0..filled.labels.len() {
        let (label, note) = (&mut filled.labels[i], &mut filled.notes[i]);
        let clash = |mine: bool, theirs: bool, differ: bool| mine && theirs && differ;
        if clash(
            label.is_some(),
            aligned.labels[i].is_some(),
            *label != aligned.labels[i],
        ) || clash(
            note.is_some(),
            aligned.notes[i].is_some(),
            *note != aligned.notes[i],
        ) {
            kept.push((i + 1).to_string());
        }
        if label.is_none() {
            *label = aligned.labels[i];
        }
        if note.is_none() {
            *note = aligned.notes[i].clone();
        }
    }
    let mut message = format!(
        "Merged the file into “{}”, already in your library; Undo takes it back out.",
        stored.doc.title
    );
    if !kept.is_empty() {
        message += &format!(
            " The file has other values for sentence {}: yours were kept.",
            kept.join(", ")
        );
    }
    if !unmatched.is_empty() {
        message += &format!(
            " {} annotated sentence(s) of the file have other bounds here and were left out.",
            unmatched.len()
        );
    }
    IntoLibrary {
        change: (filled != stored.annotations()).then_some(filled),
        session: stored,
        message,
    }
}
