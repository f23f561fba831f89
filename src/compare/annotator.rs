//! An annotator to compare with: a Sift export of the open article, read and checked, named
//! by the annotator the file names, or else after the file.

use crate::import::parse;
use crate::model::{Document, Label};
use crate::segment::Span;

use super::Reading;

/// Another reader's sentences and labels of the open article. `Eq`, so that an unchanged list
/// of annotators behind an `Rc` compares by pointer, not annotator by annotator.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Annotator {
    /// The file's annotator, or the file's name; the reader can change it.
    pub name: String,
    pub spans: Vec<Span>,
    pub labels: Vec<Option<Label>>,
}

impl Annotator {
    /// The open document's own reading, as the first annotator.
    pub fn of(name: &str, doc: &Document, labels: &[Option<Label>]) -> Annotator {
        Annotator {
            name: name.to_string(),
            spans: doc.sentences.clone(),
            labels: labels.to_vec(),
        }
    }

    pub fn reading(&self) -> Reading<'_> {
        Reading {
            spans: &self.spans,
            labels: &self.labels,
        }
    }
}

/// Reads `bytes`, the file `file_name`, as an annotator of `doc`; a file that is no Sift export,
/// or one of another text, is refused with a message that says so.
pub fn annotator(bytes: &[u8], file_name: &str, doc: &Document) -> Result<Annotator, String> {
    annotator_of(bytes, file_name, &doc.text, &doc.title)
}

/// The same, for the document whose text and title are given.
pub fn annotator_of(
    bytes: &[u8],
    file_name: &str,
    text: &str,
    title: &str,
) -> Result<Annotator, String> {
    let imported = parse(bytes).map_err(|e| format!("“{file_name}” cannot be compared: {e}."))?;
    if *imported.doc.text != *text {
        return Err(format!(
            "“{file_name}” is an export of another text (“{}”), so it cannot be compared with “{title}”.",
            imported.doc.title
        ));
    }
    Ok(Annotator {
        name: imported.annotator.unwrap_or_else(|| name_of(file_name)),
        spans: imported.doc.sentences,
        labels: imported.annotations.labels,
    })
}

/// A file's name without its folder and its last extension: "alice.json" is "alice".
fn name_of(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = base.rsplit_once('.').map_or(base, |(stem, _)| stem);
    if stem.trim().is_empty() {
        "Unnamed".to_string()
    } else {
        stem.trim().to_string()
    }
}
