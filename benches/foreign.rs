//! Other tools' annotations brought in, native: Sift's own W3C export of a labelled 1 MB
//! article read back onto it, then the same file with every quote reworded by one word (each
//! found fuzzily, near its position hint). The budgets in the page are 5 s and 15 s.
//! Run with `cargo bench --bench foreign`.

mod news;

use std::time::Instant;

use serde_json::Value;
use sift::export::{web_annotations, Stamp};
use sift::foreign::{bring_in, read};
use sift::model::{apply, Action, Document, Label, Session, State};

fn main() {
    let text = news::article(1024 * 1024, 11);
    let mut session = Session::new(Document::new(text, "2026-12-07T09:00:00Z"));
    let labels = [Label::Claim, Label::Fact, Label::Context];
    let labelled: Vec<Option<Label>> = (0..session.doc.len())
        .map(|i| Some(labels[i % 3]))
        .collect();
    let mut state = State {
        session: Some(session.clone()),
        read_only: false,
    };
    let annotations = sift::model::Annotations {
        labels: labelled,
        notes: vec![None; session.doc.len()],
    };
    state = apply(&state, Action::Adopt(annotations, Vec::new())).expect("labelled");
    session = state.session.expect("open");
    let stamp = Stamp {
        exported_at: "2026-12-07T09:00:00Z",
        modified: "2026-12-07T09:00:00Z",
        generator: "https://sift.example/",
        annotator: None,
    };
    let file = web_annotations(&session, &stamp);
    let empty = Session::new((*session.doc).clone());
    let time = |name: &str, file: &str| {
        let start = Instant::now();
        let found = read(file.as_bytes()).expect("readable");
        let brought = bring_in(&empty.doc, &empty.labels, &empty.notes, &found);
        println!(
            "{name}: {} annotations, {} exact, {} fuzzy, {} orphans: {:.0} ms",
            found.len(),
            brought.exact,
            brought.fuzzy,
            brought.orphans.len(),
            start.elapsed().as_secs_f64() * 1000.0
        );
    };
    time("Sift's W3C export of 1 MB, read back", &file);
    // Every quote reworded by one word: none is in the text any more.
    let mut reworded: Value = serde_json::from_str(&file).expect("JSON");
    let items = reworded["first"]["items"]
        .as_array_mut()
        .expect("a page of annotations");
    for item in items {
        for selector in item["target"]["selector"]
            .as_array_mut()
            .into_iter()
            .flatten()
        {
            if let Some(exact) = selector["exact"].as_str() {
                selector["exact"] = Value::from(exact.replacen(' ', " truly ", 1));
            }
        }
    }
    time("the same with every quote reworded", &reworded.to_string());
}
