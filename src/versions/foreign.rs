//! Other tools' annotations, read from a file: the W3C Web Annotation model as Sift, Recogito
//! and others write it (one annotation, a list, a page or a collection with its first page),
//! and Hypothesis's own JSON (its API's `rows`, or a list of its annotations). Only what Sift
//! uses is read: the quote, the position, the label, and other tags and comments as a note.

use serde::Deserialize;

use crate::model::Label;
use crate::wire;

/// One annotation as Sift can use it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Foreign {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    /// A `TextPositionSelector`'s start, in a unit the file does not say.
    pub start: Option<usize>,
    /// The first tag or classifying body that names one of Sift's labels.
    pub label: Option<Label>,
    /// Comments, then the other tags ("Tags: …").
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    Many(Vec<T>),
    One(T),
}

impl<T> OneOrMany<T> {
    fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::Many(all) => all,
            OneOrMany::One(one) => vec![one],
        }
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum File {
    Rows { rows: Vec<Annotation> },
    Collection { first: Page },
    Page(Page),
    Annotations(OneOrMany<Annotation>),
}

#[derive(Deserialize)]
struct Page {
    items: Vec<Annotation>,
}

#[derive(Deserialize)]
struct Annotation {
    #[serde(default)]
    target: Option<OneOrMany<Target>>,
    #[serde(default)]
    body: Option<OneOrMany<Body>>,
    /// Hypothesis.
    #[serde(default)]
    tags: Vec<String>,
    /// Hypothesis: the comment.
    #[serde(default)]
    text: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Target {
    Specific {
        #[serde(default)]
        selector: Option<OneOrMany<Selector>>,
    },
    /// A bare IRI: the whole document, nothing to anchor.
    Iri(#[allow(dead_code)] String),
}

/// A selector of any type, flat: only a `TextQuoteSelector`'s quote and a
/// `TextPositionSelector`'s start are read. (A flat struct, not an enum tagged by `type`: serde
/// reads that by buffering each selector, at several kilobytes of page weight.)
#[derive(Deserialize)]
struct Selector {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    exact: Option<String>,
    #[serde(default)]
    prefix: String,
    #[serde(default)]
    suffix: String,
    #[serde(default)]
    start: Option<usize>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Body {
    Textual {
        #[serde(default)]
        value: Option<String>,
        #[serde(default)]
        purpose: Option<String>,
    },
    Iri(#[allow(dead_code)] String),
}

/// The annotations in `bytes`, or why the file is none Sift can read.
pub fn read(bytes: &[u8]) -> Result<Vec<Foreign>, String> {
    let file: File = wire::read_any(bytes).map_err(|_| {
        "it is not a W3C Web Annotation or Hypothesis file Sift can read".to_string()
    })?;
    let annotations = match file {
        File::Rows { rows } => rows,
        File::Collection { first } | File::Page(first) => first.items,
        File::Annotations(all) => all.into_vec(),
    };
    Ok(annotations.into_iter().filter_map(foreign).collect())
}

/// An annotation with a quote to anchor by; one without (a page note) is skipped.
fn foreign(annotation: Annotation) -> Option<Foreign> {
    let mut out = Foreign::default();
    let selectors = annotation
        .target
        .into_iter()
        .flat_map(OneOrMany::into_vec)
        .flat_map(|t| match t {
            Target::Specific { selector } => selector.map(OneOrMany::into_vec).unwrap_or_default(),
            Target::Iri(_) => Vec::new(),
        });
    for selector in selectors {
        match (selector.kind.as_str(), selector.exact, selector.start) {
            ("TextQuoteSelector", Some(exact), _) if out.exact.is_empty() => {
                (out.exact, out.prefix, out.suffix) = (exact, selector.prefix, selector.suffix);
            }
            ("TextPositionSelector", _, Some(start)) if out.start.is_none() => {
                out.start = Some(start)
            }
            _ => {}
        }
    }
    if out.exact.trim().is_empty() {
        return None;
    }
    let mut comments: Vec<String> = annotation.text.into_iter().collect();
    let mut tags = annotation.tags;
    for body in annotation.body.into_iter().flat_map(OneOrMany::into_vec) {
        if let Body::Textual {
            value: Some(value),
            purpose,
        } = body
        {
            match purpose.as_deref() {
                Some("classifying" | "tagging" | "identifying") => tags.push(value),
                _ => comments.push(value),
            }
        }
    }
    let mut others = Vec::new();
    for tag in tags {
        match Label::from_name(tag.trim().to_ascii_lowercase().as_str()) {
            Some(label) if out.label.is_none() => out.label = Some(label),
            Some(label) if out.label == Some(label) => {}
            _ => others.push(tag),
        }
    }
    comments.retain(|c| !c.trim().is_empty());
    if !others.is_empty() {
        comments.push(format!("Tags: {}", others.join(", ")));
    }
    out.note = (!comments.is_empty()).then(|| comments.join("\n"));
    Some(out)
}
