//! The W3C Web Annotation Data Model, as JSON-LD: an `AnnotationCollection` with one
//! annotation per labelled or annotated sentence. Each targets the sentence by quote (with up to
//! 32 code points of context either side) and by position (code points, as the model defines).

use serde_json::{json, Value};

use super::code_point_spans;
use crate::model::Session;

/// Code points of context kept before and after a quote.
const CONTEXT: usize = 32;

pub fn web_annotations(session: &Session, exported_at: &str) -> String {
    let doc = &session.doc;
    let source = format!("urn:sift:{}", doc.id);
    let chars: Vec<char> = doc.text.chars().collect();
    let slice = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
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
            let mut body = Vec::new();
            if let Some(label) = label {
                body.push(json!({ "type": "TextualBody", "purpose": "tagging", "value": label.as_str() }));
            }
            if let Some(note) = note {
                body.push(json!({ "type": "TextualBody", "purpose": "commenting", "value": note, "format": "text/plain" }));
            }
            Some(json!({
                "id": format!("{source}:sentence:{index}"),
                "type": "Annotation",
                "motivation": if label.is_some() { "classifying" } else { "commenting" },
                "body": body,
                "target": {
                    "source": source,
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": slice(start, end),
                            "prefix": slice(start.saturating_sub(CONTEXT), start),
                            "suffix": slice(end, (end + CONTEXT).min(chars.len())),
                        },
                        { "type": "TextPositionSelector", "start": start, "end": end },
                    ],
                },
            }))
        })
        .collect();
    let collection = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": format!("{source}:annotations"),
        "type": "AnnotationCollection",
        "label": doc.title,
        "generator": { "type": "Software", "name": "Sift" },
        "generated": exported_at,
        "total": items.len(),
        "first": { "type": "AnnotationPage", "startIndex": 0, "items": items },
    });
    serde_json::to_string_pretty(&collection).unwrap_or_default()
}
