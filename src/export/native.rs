//! Sift's own JSON export, format `sift-annotations`: the types that write it and that
//! `import` reads back, so the two can never disagree.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::{code_point_spans, FORMAT, FORMAT_VERSION, OFFSET_UNIT};
use crate::model::{sentence_id, Counts, Label, Session};
use crate::wire;

/// A whole export. Fields added by later versions are optional when read, so version 1 files
/// import too; fields Sift does not know are ignored.
#[derive(Debug, Serialize, Deserialize)]
pub struct NativeFile<'a> {
    pub format: Cow<'a, str>,
    pub version: u32,
    #[serde(default)]
    pub exported_at: Cow<'a, str>,
    /// The unit of every offset; only `unicode-code-points` is read.
    #[serde(default)]
    pub offsets: Option<Cow<'a, str>>,
    #[serde(default)]
    pub labels: Vec<Label>,
    pub document: NativeDocument<'a>,
    pub sentences: Vec<NativeSentence<'a>>,
    #[serde(default)]
    pub counts: Counts,
    /// Who labelled: the reader's name (`model::reader_name`), when they gave one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotator: Option<Cow<'a, str>>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct NativeDocument<'a> {
    /// Derived from the text; an import derives it again rather than trusting it, except that
    /// a gold version keeps its own (`model::id_for`).
    #[serde(default)]
    pub id: Cow<'a, str>,
    pub title: Cow<'a, str>,
    #[serde(default)]
    pub created: Cow<'a, str>,
    /// Where the article was published, when the reader gave it (version 2).
    #[serde(default)]
    pub url: Option<Cow<'a, str>>,
    /// The article's language (BCP 47), when the reader gave it (version 2).
    #[serde(default)]
    pub language: Option<Cow<'a, str>>,
    /// Which version of the article the text is: 1 for the first, one more for each later one
    /// pasted over it.
    #[serde(default = "first_version")]
    pub version: u32,
    /// The id of the version it was made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Cow<'a, str>>,
    pub text: Cow<'a, str>,
}

fn first_version() -> u32 {
    1
}

#[derive(Debug, Serialize, Deserialize)]
pub struct NativeSentence<'a> {
    /// Stable across splits, merges and exports: see `model::sentence_id` (version 2).
    #[serde(default)]
    pub id: Option<Cow<'a, str>>,
    pub index: usize,
    /// Absent in the oldest files: a line break between sentences then starts a paragraph.
    #[serde(default)]
    pub paragraph: Option<usize>,
    /// Code points.
    pub start: usize,
    /// Code points, exclusive.
    pub end: usize,
    pub text: Cow<'a, str>,
    #[serde(default)]
    pub label: Option<Label>,
    #[serde(default)]
    pub note: Option<Cow<'a, str>>,
}

/// The whole session as native JSON: every sentence in order, labelled or not, and who
/// labelled them when the reader gave their name.
pub fn native_json(session: &Session, exported_at: &str, annotator: Option<&str>) -> String {
    let doc = &session.doc;
    let offsets = code_point_spans(&doc.text, &doc.sentences);
    let mut sentences = Vec::with_capacity(doc.len());
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        for index in paragraph.sentences.clone() {
            let (start, end) = offsets[index];
            sentences.push(NativeSentence {
                id: Some(sentence_id(start).into()),
                index,
                paragraph: Some(p),
                start,
                end,
                text: doc.sentence_text(index).into(),
                label: session.label(index),
                note: session.note(index).map(Cow::Borrowed),
            });
        }
    }
    wire::write_pretty(&NativeFile {
        format: FORMAT.into(),
        version: FORMAT_VERSION,
        exported_at: exported_at.into(),
        offsets: Some(OFFSET_UNIT.into()),
        labels: Label::ALL.to_vec(),
        document: NativeDocument {
            id: doc.id.as_str().into(),
            title: doc.title.as_str().into(),
            created: doc.created.as_str().into(),
            url: doc.details.url.as_deref().map(Cow::Borrowed),
            language: doc.details.language.as_deref().map(Cow::Borrowed),
            version: doc.version,
            previous: doc.previous.as_deref().map(Cow::Borrowed),
            text: Cow::Borrowed(&doc.text),
        },
        sentences,
        counts: session.counts,
        annotator: annotator.map(Cow::Borrowed),
    })
}
