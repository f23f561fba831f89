//! Other tools' annotations, read from a file: the W3C Web Annotation model as Sift, Recogito
//! and others write it (one annotation, a list, a page or a collection with its first page),
//! and Hypothesis's own JSON (its API's `rows`, or a list of its annotations). Only what Sift
//! uses is read: the quote, the position, the label, and other tags and comments as a note.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::model::Label;
use crate::wire;

/// One annotation as Sift can use it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Foreign {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
    /// A `TextPositionSelector`'s start, in a unit the file does not say.
    pub start: Option<usize>,
    /// The first tag or classifying body that names one of Sift's labels.
    pub label: Option<Label>,
    /// Comments, then the other tags ("Tags: …"), at most `MAX_NOTE_CHARS` of them.
    pub note: Option<String>,
    /// Whether the note was longer, and cut.
    pub cut: bool,
}

/// The longest note read from another tool's annotation, in characters: a page of text. A note
/// is copied into storage with every change of its document, so one of megabytes would fill it.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// One value or a list of them, as the W3C model allows nearly anywhere; a bare IRI (a string)
/// names a resource with nothing in it to read, so it stands for none, as does `null`. Read by a visitor of its
/// own: serde's untagged enums buffer each value to try every shape in turn, at kilobytes of page
/// weight for each type read that way.
struct Loose<T>(Vec<T>);

impl<T> Default for Loose<T> {
    fn default() -> Self {
        Loose(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct Shapes<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Shapes<T> {
            type Value = Loose<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object, a list, or an IRI")
            }

            fn visit_str<E: de::Error>(self, _iri: &str) -> Result<Loose<T>, E> {
                Ok(Loose::default())
            }

            /// `null`: none either.
            fn visit_unit<E: de::Error>(self) -> Result<Loose<T>, E> {
                Ok(Loose::default())
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut list: A) -> Result<Loose<T>, A::Error> {
                let mut all = Vec::new();
                while let Some(Loose(some)) = list.next_element()? {
                    all.extend(some);
                }
                Ok(Loose(all))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Loose<T>, A::Error> {
                T::deserialize(MapAccessDeserializer::new(map)).map(|one| Loose(vec![one]))
            }
        }

        de.deserialize_any(Shapes(PhantomData))
    }
}

/// Any object of these files, with every field Sift reads: Hypothesis's search result (`rows`),
/// a W3C collection (`first`) or page (`items`), or an annotation (the rest).
#[derive(Deserialize)]
struct Node {
    #[serde(default)]
    rows: Loose<Node>,
    #[serde(default)]
    first: Loose<Node>,
    #[serde(default)]
    items: Loose<Node>,
    #[serde(default)]
    target: Loose<Target>,
    #[serde(default)]
    body: Loose<Body>,
    /// Hypothesis.
    #[serde(default)]
    tags: Vec<String>,
    /// Hypothesis: the comment.
    #[serde(default)]
    text: Option<String>,
}

impl Node {
    /// The annotations this object holds: its rows, its first page's items, its items, or
    /// itself.
    fn annotations(mut self) -> Vec<Node> {
        if !self.rows.0.is_empty() {
            return self.rows.0;
        }
        if let Some(page) = self.first.0.pop() {
            return page.items.0;
        }
        if !self.items.0.is_empty() {
            return self.items.0;
        }
        vec![self]
    }
}

#[derive(Deserialize)]
struct Target {
    #[serde(default)]
    selector: Loose<Selector>,
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
    /// Any JSON number: one that is no offset here (too large, below zero, not whole) is no
    /// usable hint, and the quote is still read.
    #[serde(default)]
    start: Option<f64>,
}

#[derive(Deserialize)]
struct Body {
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    purpose: Option<String>,
}

/// The annotations in `bytes`, or why the file is none Sift can read.
pub fn read(bytes: &[u8]) -> Result<Vec<Foreign>, String> {
    let Loose(file): Loose<Node> = wire::read_any(bytes).map_err(|_| {
        "it is not a W3C Web Annotation or Hypothesis file Sift can read".to_string()
    })?;
    let annotations = file.into_iter().flat_map(Node::annotations);
    Ok(annotations.filter_map(foreign).collect())
}

/// An annotation with a quote to anchor by; one without (a page note) is skipped.
fn foreign(annotation: Node) -> Option<Foreign> {
    let mut out = Foreign::default();
    let selectors = annotation.target.0.into_iter().flat_map(|t| t.selector.0);
    for selector in selectors {
        match (selector.kind.as_str(), selector.exact, selector.start) {
            ("TextQuoteSelector", Some(exact), _) if out.exact.is_empty() => {
                (out.exact, out.prefix, out.suffix) = (exact, selector.prefix, selector.suffix);
            }
            ("TextPositionSelector", _, Some(start)) if out.start.is_none() => {
                let whole = start >= 0.0 && start.fract() == 0.0 && start <= u32::MAX as f64;
                out.start = whole.then_some(start as usize);
            }
            _ => {}
        }
    }
    if out.exact.trim().is_empty() {
        return None;
    }
    let mut comments: Vec<String> = annotation.text.into_iter().collect();
    let mut tags = annotation.tags;
    for body in annotation.body.0 {
        if let Some(value) = body.value {
            match body.purpose.as_deref() {
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
    if !comments.is_empty() {
        let mut note = comments.join("\n");
        if let Some((end, _)) = note.char_indices().nth(MAX_NOTE_CHARS) {
            note.truncate(end);
            out.cut = true;
        }
        out.note = Some(note);
    }
    Some(out)
}
