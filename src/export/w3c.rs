//! The W3C Web Annotation Data Model (Recommendation, 23 February 2017), as JSON-LD: an
//! `AnnotationCollection` whose one embedded `AnnotationPage` holds an annotation per labelled
//! or annotated sentence; with nothing to hold, the collection has no page (a page must hold at
//! least one annotation). Each annotation targets its sentence by quote (with up to 32 code
//! points of context either side) and by position, in code points as the model defines them.
//!
//! Identifiers are IRIs that mean the same thing in every export: the text is named by its
//! SHA-256 digest as an RFC 6920 `ni:` IRI (or by its URL when the reader gave one), and the
//! collection, page and annotations by RFC 9562 UUIDs derived from that digest, the document's
//! creation time and the sentence's id, so an annotation keeps its id across splits, merges and
//! re-exports, and two readers' annotations of the same article do not collide.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{code_point_spans, Stamp};
use crate::model::{sentence_id, Label, Session};
use crate::wire;

/// Code points of context kept before and after a quote.
const CONTEXT: usize = 32;

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'a str,
    /// Which version of the article, and Sift's id of the version before it.
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    previous: Option<&'a str>,
    generator: Agent<'a>,
    generated: &'a str,
    total: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    first: Option<Page<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<String>,
}

/// Sift, as the software that made the file; its id is the address it runs at.
#[derive(Serialize, Clone, Copy)]
struct Agent<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Page<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    part_of: String,
    start_index: usize,
    items: Vec<Annotation<'a>>,
}

#[derive(Serialize)]
struct Annotation<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(skip_serializing_if = "str::is_empty")]
    created: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    modified: &'a str,
    generator: Agent<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Person<'a>>,
    body: Vec<Body<'a>>,
    target: Target<'a>,
}

/// The reader who labelled, by the name they gave.
#[derive(Serialize, Clone, Copy)]
struct Person<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
}

/// A label (`purpose: classifying`) or a note (`purpose: commenting`).
#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: &'a str,
    format: &'static str,
}

#[derive(Serialize)]
struct Target<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    source: Source<'a>,
    selector: [Selector; 2],
}

/// The article's text: the media type and language go on the source, as in the model's
/// complete example.
#[derive(Serialize)]
struct Source<'a> {
    id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(tag = "type")]
enum Selector {
    TextQuoteSelector {
        exact: String,
        prefix: String,
        suffix: String,
    },
    /// Code points, end exclusive.
    TextPositionSelector { start: usize, end: usize },
}

/// Names for one document's export, all derived from its text.
struct Names {
    digest: [u8; 32],
    created: String,
}

impl Names {
    /// RFC 6920: the text named by its SHA-256 digest, base64url without padding.
    fn text_iri(&self) -> String {
        format!("ni:///sha-256;{}", URL_SAFE_NO_PAD.encode(self.digest))
    }

    /// An RFC 9562 version 8 UUID from the digest, the creation time and `what`, as a URN.
    fn urn(&self, what: &str) -> String {
        let hash = Sha256::new()
            .chain_update(self.digest)
            .chain_update(self.created.as_bytes())
            .chain_update([0])
            .chain_update(what.as_bytes())
            .finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&hash[..16]);
        Uuid::new_v8(bytes).urn().to_string()
    }
}

pub fn web_annotations(session: &Session, stamp: &Stamp) -> String {
    let doc = &session.doc;
    let names = Names {
        digest: Sha256::digest(doc.text.as_bytes()).into(),
        created: doc.created.clone(),
    };
    let text_iri = names.text_iri();
    let source = doc.details.url.as_deref().unwrap_or(&text_iri);
    let generator = Agent {
        id: stamp.generator,
        kind: "Software",
        name: "Sift",
    };
    let creator = stamp.annotator.map(|name| Person {
        kind: "Person",
        name,
    });
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    let items: Vec<Annotation> = code_point_spans(&doc.text, &doc.sentences)
        .into_iter()
        .enumerate()
        .filter_map(|(index, (start, end))| {
            let label = session.label(index);
            let note = session.note(index);
            if label.is_none() && note.is_none() {
                return None;
            }
            let text_body = |purpose, value| Body {
                kind: "TextualBody",
                purpose,
                value,
                format: "text/plain",
            };
            let body = label
                .map(|l| text_body("classifying", Label::as_str(l)))
                .into_iter()
                .chain(note.map(|n| text_body("commenting", n)))
                .collect();
            Some(Annotation {
                id: names.urn(&sentence_id(start)),
                kind: "Annotation",
                motivation: if label.is_some() {
                    "classifying"
                } else {
                    "commenting"
                },
                created: &doc.created,
                modified: stamp.modified,
                generator,
                creator,
                body,
                target: Target {
                    kind: "SpecificResource",
                    source: Source {
                        id: source,
                        kind: "Text",
                        format: "text/plain",
                        language: doc.details.language.as_deref(),
                    },
                    selector: [
                        Selector::TextQuoteSelector {
                            exact: slice(start, end),
                            prefix: slice(start.saturating_sub(CONTEXT), start),
                            suffix: slice(end, (end + CONTEXT).min(chars.len())),
                        },
                        Selector::TextPositionSelector { start, end },
                    ],
                },
            })
        })
        .collect();
    let id = names.urn("collection");
    let total = items.len();
    let first = (total > 0).then(|| Page {
        id: names.urn("page 1"),
        kind: "AnnotationPage",
        part_of: id.clone(),
        start_index: 0,
        items,
    });
    wire::write_pretty(&Collection {
        context: "http://www.w3.org/ns/anno.jsonld",
        last: first.as_ref().map(|page| page.id.clone()),
        id,
        kind: "AnnotationCollection",
        label: &doc.title,
        version: doc.version,
        previous: doc.previous.as_deref(),
        generator,
        generated: stamp.exported_at,
        total,
        first,
    })
}
