//! The W3C Web Annotation Data Model, as JSON-LD: an `AnnotationCollection` with one
//! annotation per labelled or annotated sentence. Each targets the sentence by quote (with up to
//! 32 code points of context either side) and by position (code points, as the model defines).

use miniserde::json::{self, Array, Number, Object, Value};

use super::{code_point_spans, pretty::pretty};
use crate::model::Session;

/// Code points of context kept before and after a quote.
const CONTEXT: usize = 32;

/// A JSON object from its members, in order of appearance in the code (keys sort in output).
fn object<const N: usize>(members: [(&str, Value); N]) -> Value {
    let mut object = Object::new();
    for (key, value) in members {
        object.insert(key.to_string(), value);
    }
    Value::Object(object)
}

fn text(s: &str) -> Value {
    Value::String(s.to_string())
}

fn number(n: usize) -> Value {
    Value::Number(Number::U64(n as u64))
}

fn array(items: impl IntoIterator<Item = Value>) -> Value {
    let mut array = Array::new();
    array.extend(items);
    Value::Array(array)
}

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
                object([
                    ("type", text("TextualBody")),
                    ("purpose", text("tagging")),
                    ("value", text(l.as_str())),
                ])
            });
            let comment = note.map(|n| {
                object([
                    ("type", text("TextualBody")),
                    ("purpose", text("commenting")),
                    ("value", text(n)),
                    ("format", text("text/plain")),
                ])
            });
            let quote = object([
                ("type", text("TextQuoteSelector")),
                ("exact", slice(start, end)),
                ("prefix", slice(start.saturating_sub(CONTEXT), start)),
                ("suffix", slice(end, (end + CONTEXT).min(chars.len()))),
            ]);
            let position = object([
                ("type", text("TextPositionSelector")),
                ("start", number(start)),
                ("end", number(end)),
            ]);
            Some(object([
                ("id", Value::String(format!("{source}:sentence:{index}"))),
                ("type", text("Annotation")),
                (
                    "motivation",
                    text(if label.is_some() {
                        "classifying"
                    } else {
                        "commenting"
                    }),
                ),
                ("body", array(tag.into_iter().chain(comment))),
                (
                    "target",
                    object([
                        ("source", text(&source)),
                        ("selector", array([quote, position])),
                    ]),
                ),
            ]))
        })
        .collect();
    let total = items.len();
    let collection = object([
        ("@context", text("http://www.w3.org/ns/anno.jsonld")),
        ("id", Value::String(format!("{source}:annotations"))),
        ("type", text("AnnotationCollection")),
        ("label", text(&doc.title)),
        (
            "generator",
            object([("type", text("Software")), ("name", text("Sift"))]),
        ),
        ("generated", text(exported_at)),
        ("total", number(total)),
        (
            "first",
            object([
                ("type", text("AnnotationPage")),
                ("startIndex", number(0)),
                ("items", array(items)),
            ]),
        ),
    ]);
    pretty(&json::to_string(&collection))
}
