//! JSON Lines of articles: one object per line with a `text`, and optional `title`, `url` and
//! `meta`; the lines doccano and Prodigy write (and Sift's own spans lines) are read as they
//! are, with their labels where they are Sift's.

use serde::de::IgnoredAny;
use serde::Deserialize;
use serde_json::Value;

use super::{label_named, Incoming, Read};
use crate::wire;

#[derive(Deserialize)]
struct Line {
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    /// Anything; its `title` (or Sift's `document`) and `url` are read when the line has none.
    #[serde(default)]
    meta: Option<Value>,
    /// Prodigy's spans.
    #[serde(default)]
    spans: Vec<Span>,
    /// doccano's labels: `[start, end, label]` spans, or the names of the text's classes.
    #[serde(default)]
    label: Vec<Tag>,
    /// doccano's spans as its newer versions write them.
    #[serde(default)]
    entities: Vec<Entity>,
    /// Prodigy's classification: the options accepted, and the answer.
    #[serde(default)]
    accept: Vec<Tag>,
    #[serde(default)]
    answer: Option<String>,
}

/// Code points, end exclusive, as Prodigy and doccano count.
#[derive(Deserialize)]
struct Span {
    start: usize,
    end: usize,
    #[serde(default)]
    label: Option<String>,
}

#[derive(Deserialize)]
struct Entity {
    start_offset: usize,
    end_offset: usize,
    label: String,
}

/// One item of a label list, in any of the shapes the tools write; what Sift cannot use is
/// skipped, not refused.
#[derive(Deserialize)]
#[serde(untagged)]
enum Tag {
    Span(usize, usize, String),
    Name(String),
    Other(IgnoredAny),
}

/// Reads every line of `contents`, the file `name`, into `read`.
pub fn read(name: &str, contents: &str, read: &mut Read) {
    let contents = contents.strip_prefix('\u{feff}').unwrap_or(contents);
    for (i, line) in contents.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let place = format!("“{name}”, line {}", i + 1);
        match wire::read::<Line>(line.as_bytes()) {
            Ok(line) => read.push(incoming(line, place)),
            Err(e) => read.problems.push(format!("{place}: {e}.")),
        }
    }
}

fn incoming(line: Line, place: String) -> Incoming {
    let meta = |key: &str| {
        let value = line.meta.as_ref()?.get(key)?.as_str()?;
        Some(value.to_string())
    };
    let title = line
        .title
        .clone()
        .or_else(|| meta("title"))
        .or_else(|| meta("document"));
    let url = line.url.clone().or_else(|| meta("url"));
    let mut spans = Vec::new();
    for s in &line.spans {
        if let Some(label) = s.label.as_deref().and_then(label_named) {
            spans.push((s.start, s.end, label));
        }
    }
    for e in &line.entities {
        if let Some(label) = label_named(&e.label) {
            spans.push((e.start_offset, e.end_offset, label));
        }
    }
    let mut classes = Vec::new();
    for tag in &line.label {
        match tag {
            Tag::Span(start, end, name) => {
                if let Some(label) = label_named(name) {
                    // Sift's spans lines give each span twice, as `spans` and as `label`.
                    if !spans.contains(&(*start, *end, label)) {
                        spans.push((*start, *end, label));
                    }
                }
            }
            Tag::Name(name) => classes.extend(label_named(name)),
            Tag::Other(_) => {}
        }
    }
    if matches!(line.answer.as_deref(), None | Some("accept")) {
        for tag in &line.accept {
            if let Tag::Name(name) = tag {
                classes.extend(label_named(name));
            }
        }
    }
    Incoming {
        place,
        text: line.text,
        title,
        url,
        spans,
        whole: classes.first().copied(),
    }
}
