//! JSONL for machine learning: one JSON object per line, one line per sentence, in order.

use crate::json::{self, Value};
use crate::model::{Label, Session};

/// Every sentence, labelled or not, each on its own line ending in `\n`.
pub fn jsonl(session: &Session) -> String {
    let doc = &session.doc;
    let mut out = String::with_capacity(doc.text.len() + doc.len() * 64);
    for index in 0..doc.len() {
        let line = Value::object([
            ("document_id", doc.id.as_str().into()),
            ("index", index.into()),
            ("text", doc.sentence_text(index).into()),
            ("label", session.label(index).map(Label::as_str).into()),
            ("note", session.note(index).into()),
        ]);
        out.push_str(&json::to_string(&line));
        out.push('\n');
    }
    out
}
