//! The W3C Web Annotation Data Model, as JSON-LD: an `AnnotationCollection` with one
//! annotation per labelled or annotated sentence. Each targets the sentence by quote (with up to
//! 32 code points of context either side) and by position (code points, as the model defines).

use super::code_point_spans;
use crate::json::{self, Value};
use crate::model::Session;

/// Code points of context kept before and after a quote.
const CONTEXT: usize = 32;

pub fn web_annotations(session: &Session, exported_at: &str) -> String {
    let doc = &session.doc;
    let source = format!("urn:sift:{}", doc.id);
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |from: usize, to: usize| Value::String(chars[from..to].iter().collect());
    let offsets = code_point_spans(&doc.text, &doc.sentences);
    let items: Vec<Value> = offsets
        .iter()
        .enumerate()
        .filter_map(|(index, &(start, end))| {
            let label = session.label(index);
            let note = session.note(index);
            if label.is_none() && note.is_none() {
                return None;
            }
            let tag = label.map(|l| {
                Value::object([
                    ("type", Value::from("TextualBody")),
                    ("purpose", Value::from("tagging")),
                    ("value", Value::from(l.as_str())),
                ])
            });
            let comment = note.map(|n| {
                Value::object([
                    ("type", Value::from("TextualBody")),
                    ("purpose", Value::from("commenting")),
                    ("value", Value::from(n)),
                    ("format", Value::from("text/plain")),
                ])
            });
            let quote = Value::object([
                ("type", Value::from("TextQuoteSelector")),
                ("exact", slice(start, end)),
                ("prefix", slice(start.saturating_sub(CONTEXT), start)),
                ("suffix", slice(end, (end + CONTEXT).min(chars.len()))),
            ]);
            let position = Value::object([
                ("type", Value::from("TextPositionSelector")),
                ("start", Value::from(start)),
                ("end", Value::from(end)),
            ]);
            Some(Value::object([
                ("id", Value::String(format!("{source}:sentence:{index}"))),
                ("type", Value::from("Annotation")),
                (
                    "motivation",
                    Value::from(if label.is_some() {
                        "classifying"
                    } else {
                        "commenting"
                    }),
                ),
                ("body", Value::array(tag.into_iter().chain(comment))),
                (
                    "target",
                    Value::object([
                        ("source", Value::from(source.as_str())),
                        ("selector", Value::array([quote, position])),
                    ]),
                ),
            ]))
        })
        .collect();
    let total = items.len();
    let collection = Value::object([
        ("@context", Value::from("http://www.w3.org/ns/anno.jsonld")),
        ("id", Value::String(format!("{source}:annotations"))),
        ("type", Value::from("AnnotationCollection")),
        ("label", Value::from(doc.title.as_str())),
        (
            "generator",
            Value::object([
                ("type", Value::from("Software")),
                ("name", Value::from("Sift")),
            ]),
        ),
        ("generated", Value::from(exported_at)),
        ("total", Value::from(total)),
        (
            "first",
            Value::object([
                ("type", Value::from("AnnotationPage")),
                ("startIndex", Value::from(0usize)),
                ("items", Value::array(items)),
            ]),
        ),
    ]);
    json::to_string_pretty(&collection)
}
