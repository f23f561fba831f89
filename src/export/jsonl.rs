//! JSONL for machine learning: one JSON object per line, one line per sentence, in order.

use miniserde::{json, Serialize};

use crate::model::{Label, Session};

#[derive(Serialize)]
struct Line<'a> {
    document_id: &'a str,
    index: usize,
    text: &'a str,
    label: Option<Label>,
    note: Option<&'a str>,
}

/// Every sentence, labelled or not, each on its own line ending in `\n`.
pub fn jsonl(session: &Session) -> String {
    let doc = &session.doc;
    let mut out = String::with_capacity(doc.text.len() + doc.len() * 64);
    for index in 0..doc.len() {
        let line = Line {
            document_id: &doc.id,
            index,
            text: doc.sentence_text(index),
            label: session.label(index),
            note: session.note(index),
        };
        out.push_str(&json::to_string(&line));
        out.push('\n');
    }
    out
}
