//! Reading a Sift JSON export (format `sift-annotations`, version 1) back in: every field is
//! checked, and any problem is a typed error that names it. Nothing here panics, whatever the
//! bytes.

use crate::export::{FORMAT, FORMAT_VERSION, OFFSET_UNIT};
use crate::json::{self, BadField, Object, Value};
use crate::model::{document_id, merge_two, note_text, Annotations, Document, Label, Session};
use crate::schema::LibraryEntry;
use crate::segment::Span;
use crate::units::megabytes;

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
    UnsupportedVersion(String),
    UnsupportedOffsets(String),
    /// A field is missing or has the wrong type.
    BadShape(String),
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
    /// A label other than claim, fact or context.
    UnknownLabel {
        index: usize,
        label: String,
    },
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
                "the file is JSON but not a Sift export (it has no \"format\")"
            ),
            ImportError::NotSift(Some(found)) => {
                write!(
                    f,
                    "the file is a \"{found}\" file, not a Sift export (\"{FORMAT}\")"
                )
            }
            ImportError::UnsupportedVersion(v) => {
                write!(f, "the file is version {v} of the Sift format; this Sift reads version {FORMAT_VERSION}")
            }
            ImportError::UnsupportedOffsets(u) => {
                write!(
                    f,
                    "the file counts offsets in \"{u}\"; Sift exports count \"{OFFSET_UNIT}\""
                )
            }
            ImportError::BadShape(e) => {
                write!(f, "the file is not shaped like a Sift export ({e})")
            }
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
            ImportError::UnknownLabel { index, label } => write!(
                f,
                "sentence {index} has the label “{label}”; Sift's labels are claim, fact and context"
            ),
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
}

impl From<BadField> for ImportError {
    fn from(e: BadField) -> Self {
        ImportError::BadShape(e.to_string())
    }
}

/// One entry of `sentences`; fields Sift does not read are ignored.
struct ExportSentence<'a> {
    index: usize,
    paragraph: Option<usize>,
    /// Code points.
    start: usize,
    /// Code points, exclusive.
    end: usize,
    text: &'a str,
    /// As written; checked against Sift's labels with the other checks.
    label: Option<&'a str>,
    note: Option<&'a str>,
}

impl<'a> ExportSentence<'a> {
    fn read(value: &'a Value) -> Result<ExportSentence<'a>, BadField> {
        let s = value
            .as_object()
            .ok_or_else(|| BadField("sentence".into()))?;
        Ok(ExportSentence {
            index: s.field("index", Value::as_usize)?,
            paragraph: s.optional("paragraph", Value::as_usize)?,
            start: s.field("start", Value::as_usize)?,
            end: s.field("end", Value::as_usize)?,
            text: s.field("text", Value::as_str)?,
            label: s.optional("label", Value::as_str)?,
            note: s.optional("note", Value::as_str)?,
        })
    }
}

/// Reads `bytes` as a Sift export and checks it against itself.
pub fn parse(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let raw = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let value = json::parse(raw).map_err(|_| {
        ImportError::NotJson("it may have been cut short, or it is another kind of file".into())
    })?;
    let Value::Object(file) = value else {
        return Err(ImportError::NotSift(None));
    };
    match file.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        Some(Value::String(other)) => return Err(ImportError::NotSift(Some(other.clone()))),
        _ => return Err(ImportError::NotSift(None)),
    }
    match file.get("version") {
        Some(v) if v.as_usize() == Some(FORMAT_VERSION) => {}
        Some(other) => return Err(ImportError::UnsupportedVersion(json::to_string(other))),
        None => return Err(ImportError::UnsupportedVersion("(none)".into())),
    }
    if let Some(unit) = file.optional("offsets", Value::as_str)? {
        if unit != OFFSET_UNIT {
            return Err(ImportError::UnsupportedOffsets(unit.to_string()));
        }
    }
    let document = file.field("document", Value::as_object)?;
    let text = document.text("text")?;
    let sentences = read_sentences(&file)?;
    if sentences.is_empty() {
        return Err(ImportError::NoSentences);
    }
    let (spans, paragraph_sizes, annotations) = check_sentences(&text, sentences)?;
    let title = document.text("title")?;
    let title = if title.trim().is_empty() {
        crate::model::default_title(&text)
    } else {
        title
    };
    let created = document.optional("created", Value::as_str)?;
    // The id is always derived from the text, so the same article is found however it arrives.
    let doc = Document::from_parts(
        document_id(&text),
        title,
        text.into(),
        created.unwrap_or_default().to_string(),
        spans,
        &paragraph_sizes,
    )
    .map_err(|e| ImportError::BadShape(e.to_string()))?;
    Ok(Imported {
        doc,
        annotations,
        exported_at: file
            .optional("exported_at", Value::as_str)?
            .unwrap_or_default()
            .to_string(),
    })
}

/// Every entry of `sentences`; an entry that cannot be read is named by its position.
fn read_sentences(file: &Object) -> Result<Vec<ExportSentence<'_>>, ImportError> {
    let items = file.field("sentences", Value::as_array)?;
    let read = |(i, item)| {
        ExportSentence::read(item)
            .map_err(|e| ImportError::BadShape(format!("in sentence {i}, {e}")))
    };
    items.iter().enumerate().map(read).collect()
}

type Checked = (Vec<Span>, Vec<usize>, Annotations);

/// Converts code-point offsets to byte spans, checking order, range and text as it goes.
fn check_sentences(text: &str, sentences: Vec<ExportSentence>) -> Result<Checked, ImportError> {
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
        let label = s
            .label
            .map(|name| {
                Label::from_name(name).ok_or_else(|| ImportError::UnknownLabel {
                    index: i,
                    label: name.to_string(),
                })
            })
            .transpose()?;
        annotations.labels.push(label);
        annotations.notes.push(s.note.and_then(note_text));
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

/// What an import does to the library: the session to open, and what to tell the reader. With
/// the same article already stored (`existing`: its library line and its session), the file
/// is merged into it per sentence, the newer side winning where both differ.
pub fn into_library(
    imported: Imported,
    existing: Option<(&LibraryEntry, &Session)>,
) -> (Session, String) {
    let Some((entry, stored)) = existing else {
        let message = format!("Imported “{}”.", imported.doc.title);
        let a = imported.annotations;
        return (
            Session::with_annotations(imported.doc, a.labels, a.notes),
            message,
        );
    };
    let (aligned, unmatched) = align(&stored.doc, &imported);
    let merged = merge_two(
        &stored.annotations(),
        &aligned,
        imported.exported_at > entry.updated,
    );
    let mut message = format!(
        "Merged the file into “{}”, already in your library.",
        entry.title
    );
    if !merged.conflicts.is_empty() {
        message += &format!(
            " Both had different values for sentence {}: the newer was kept.",
            merged.conflicts_for_people()
        );
    }
    if !unmatched.is_empty() {
        message += &format!(
            " {} annotated sentence(s) of the file have other bounds here and were left out.",
            unmatched.len()
        );
    }
    let m = merged.annotations;
    (
        Session::with_annotations((*stored.doc).clone(), m.labels, m.notes),
        message,
    )
}
