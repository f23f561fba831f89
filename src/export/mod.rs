//! Export formats and their file names: Sift's own JSON (format `sift-annotations`, version 2),
//! the W3C Web Annotation model (JSON-LD), and three line formats for machine learning:
//! per-sentence JSONL, Prodigy text classification, and spans in context (Prodigy and doccano);
//! and the whole library in each of them (`library`).
//!
//! Offsets in exports count Unicode code points of `document.text`, end exclusive, so that
//! `text[start:end]` in Python (or `[...text].slice(start, end)` in JavaScript) gives the sentence.

mod library;
mod lines;
mod native;
mod w3c;

pub use library::{LibraryFile, LIBRARY_FORMAT, LIBRARY_VERSION};
pub use lines::{jsonl, prodigy, spans};
pub use native::{native_json, NativeDocument, NativeFile, NativeSentence};
pub use w3c::web_annotations;

use crate::model::Session;
use crate::segment::Span;

/// The export formats. Download JSON has a button of its own; the rest are in the Export menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Sift's own JSON: everything, and what Sift can import back.
    Native,
    /// The W3C Web Annotation model, for annotation tools.
    WebAnnotation,
    /// One JSON object per sentence, for machine learning.
    Jsonl,
    /// Prodigy's text classification tasks, one per labelled sentence.
    Prodigy,
    /// The whole article on one line with its labelled spans (Prodigy spans, doccano).
    Spans,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Native,
        Format::WebAnnotation,
        Format::Jsonl,
        Format::Prodigy,
        Format::Spans,
    ];

    /// The name of the control that downloads it.
    pub fn control(self) -> &'static str {
        match self {
            Format::Native => "Download JSON",
            Format::WebAnnotation => "W3C Web Annotations (JSON-LD)",
            Format::Jsonl => "Sentences for ML (JSONL)",
            Format::Prodigy => "Prodigy text classification (JSONL)",
            Format::Spans => "Spans in context: Prodigy, doccano (JSONL)",
        }
    }

    /// What the format is for, in a sentence.
    pub fn purpose(self) -> &'static str {
        match self {
            Format::Native => "Everything, and what Sift imports back.",
            Format::WebAnnotation => {
                "For annotation tools (Hypothesis, Recogito): one annotation per tagged sentence."
            }
            Format::Jsonl => "One line per sentence with its label and note.",
            Format::Prodigy => "One task per labelled sentence, for prodigy db-in and train.",
            Format::Spans => {
                "The whole article on one line with its labelled sentences as spans (code points)."
            }
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Native => "json",
            Format::WebAnnotation => "annotations.jsonld",
            Format::Jsonl => "jsonl",
            Format::Prodigy => "prodigy.jsonl",
            Format::Spans => "spans.jsonl",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Native => "application/json",
            Format::WebAnnotation => "application/ld+json",
            Format::Jsonl | Format::Prodigy | Format::Spans => "application/x-ndjson",
        }
    }

    pub fn render(self, session: &Session, stamp: &Stamp) -> String {
        match self {
            Format::Native => native_json(session, stamp.exported_at, stamp.annotator),
            Format::WebAnnotation => web_annotations(session, stamp),
            Format::Jsonl => jsonl(session, stamp.annotator),
            Format::Prodigy => prodigy(session, stamp.annotator),
            Format::Spans => spans(session, stamp.annotator),
        }
    }
}

/// What an export says beyond the session itself. Times are ISO 8601 UTC (`…Z`).
#[derive(Debug, Clone, Copy)]
pub struct Stamp<'a> {
    /// When the file is made.
    pub exported_at: &'a str,
    /// When the document's annotations last changed.
    pub modified: &'a str,
    /// The address of the Sift that makes the file: the W3C `generator`'s id.
    pub generator: &'a str,
    /// The reader's name, when they gave one: W3C `creator`, Sift JSON `annotator`, and
    /// `annotator` in every line of the line formats.
    pub annotator: Option<&'a str>,
}

pub const FORMAT: &str = "sift-annotations";
pub const FORMAT_VERSION: u32 = 2;
pub const OFFSET_UNIT: &str = "unicode-code-points";

/// Byte spans (in order, on char boundaries) → code-point spans, in one pass over the text.
pub fn code_point_spans(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    let (mut byte, mut cp) = (0usize, 0usize);
    let mut advance = |to: usize| {
        cp += text[byte..to].chars().count();
        byte = to;
        cp
    };
    for span in spans {
        let start = advance(span.start);
        let end = advance(span.end);
        out.push((start, end));
    }
    out
}

/// `sift-<title-slug>-<YYYY-MM-DD>.<extension>`: only ASCII letters, digits and hyphens, so the
/// name is safe on every file system.
pub fn file_name(title: &str, exported_at: &str, extension: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 48 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let slug = if slug.is_empty() { "article" } else { slug };
    let date: String = exported_at
        .chars()
        .take(10)
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    if date.is_empty() {
        format!("sift-{slug}.{extension}")
    } else {
        format!("sift-{slug}-{date}.{extension}")
    }
}
