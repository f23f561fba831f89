//! Export formats: the native Sift JSON (format `sift-annotations`, version 1), the W3C Web
//! Annotation model (JSON-LD) and JSONL for machine learning; and their file names.
//!
//! Offsets in exports count Unicode code points of `document.text`, end exclusive, so that
//! `text[start:end]` in Python (or `[...text].slice(start, end)` in JavaScript) gives the sentence.

mod jsonl;
mod w3c;

pub use jsonl::jsonl;
pub use w3c::web_annotations;

use crate::json::{self, Value};
use crate::model::{Label, Session};
use crate::segment::Span;

/// The export formats, each with its own control.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Sift's own JSON: everything, and what Sift can import back.
    Native,
    /// The W3C Web Annotation model, for annotation tools.
    WebAnnotation,
    /// One JSON object per sentence, for machine learning.
    Jsonl,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Native, Format::WebAnnotation, Format::Jsonl];

    /// The name of the control that downloads it.
    pub fn control(self) -> &'static str {
        match self {
            Format::Native => "Download JSON",
            Format::WebAnnotation => "Download W3C annotations (JSON-LD)",
            // Not "Download JSONL": the native button's name must not be a prefix of another's.
            Format::Jsonl => "Download lines for ML (JSONL)",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Native => "json",
            Format::WebAnnotation => "annotations.jsonld",
            Format::Jsonl => "jsonl",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Format::Native => "application/json",
            Format::WebAnnotation => "application/ld+json",
            Format::Jsonl => "application/x-ndjson",
        }
    }

    pub fn render(self, session: &Session, exported_at: &str) -> String {
        match self {
            Format::Native => native_json(session, exported_at),
            Format::WebAnnotation => web_annotations(session, exported_at),
            Format::Jsonl => jsonl(session),
        }
    }
}

pub const FORMAT: &str = "sift-annotations";
pub const FORMAT_VERSION: usize = 1;
pub const OFFSET_UNIT: &str = "unicode-code-points";

/// The whole session as native JSON: every sentence in order, labelled or not.
pub fn native_json(session: &Session, exported_at: &str) -> String {
    let doc = &session.doc;
    let offsets = code_point_spans(&doc.text, &doc.sentences);
    let mut sentences = Vec::with_capacity(doc.len());
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        for index in paragraph.sentences.clone() {
            let (start, end) = offsets[index];
            sentences.push(Value::object([
                ("index", index.into()),
                ("paragraph", p.into()),
                ("start", start.into()),
                ("end", end.into()),
                ("text", doc.sentence_text(index).into()),
                ("label", session.label(index).map(Label::as_str).into()),
                ("note", session.note(index).into()),
            ]));
        }
    }
    let counts = session.counts;
    let export = Value::object([
        ("format", FORMAT.into()),
        ("version", FORMAT_VERSION.into()),
        ("exported_at", exported_at.into()),
        ("offsets", OFFSET_UNIT.into()),
        (
            "labels",
            Value::array(Label::ALL.map(|l| l.as_str().into())),
        ),
        (
            "document",
            Value::object([
                ("id", doc.id.as_str().into()),
                ("title", doc.title.as_str().into()),
                ("created", doc.created.as_str().into()),
                ("text", Value::from(&*doc.text)),
            ]),
        ),
        ("sentences", Value::Array(sentences)),
        (
            "counts",
            Value::object([
                ("claim", counts.claim.into()),
                ("fact", counts.fact.into()),
                ("context", counts.context.into()),
                ("unlabelled", counts.unlabelled.into()),
            ]),
        ),
    ]);
    json::to_string_pretty(&export)
}

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
