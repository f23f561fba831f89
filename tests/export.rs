//! The native JSON export: shape, code-point offsets and file names.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use sift::export::{
    code_point_spans, file_name, jsonl, native_json, prodigy, spans, web_annotations, Format, Stamp,
};
use sift::model::{apply, Action, Document, Label, Session, State};

const NOW: &str = "2026-11-26T10:00:00Z";

fn session_of(text: &str, labels: &[(usize, Label)]) -> Session {
    let doc = Document::new(text.to_string(), "2026-11-25T09:00:00Z");
    let mut state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
    for &(i, label) in labels {
        state = apply(&state, Action::Select(i)).unwrap_or(state);
        state = apply(&state, Action::SetLabel(Some(label))).unwrap_or(state);
    }
    state.session.unwrap()
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn export_has_the_documented_shape() {
    let text = "Express & Star\n\nRain fell. It stopped.";
    let session = session_of(text, &[(1, Label::Fact)]);
    let exported: Value = serde_json::from_str(&native_json(&session, NOW, None)).unwrap();
    let id = session.doc.id.clone();
    assert_eq!(
        exported,
        json!({
            "format": "sift-annotations",
            "version": 2,
            "exported_at": NOW,
            "offsets": "unicode-code-points",
            "labels": ["claim", "fact", "context"],
            "document": { "id": id, "title": "Express & Star", "created": "2026-11-25T09:00:00Z", "url": null, "language": null, "version": 1, "text": text },
            "sentences": [
                { "id": "s0", "index": 0, "paragraph": 0, "start": 0, "end": 14, "text": "Express & Star", "label": null, "note": null },
                { "id": "s16", "index": 1, "paragraph": 1, "start": 16, "end": 26, "text": "Rain fell.", "label": "fact", "note": null },
                { "id": "s27", "index": 2, "paragraph": 1, "start": 27, "end": 38, "text": "It stopped.", "label": null, "note": null }
            ],
            "counts": { "claim": 0, "fact": 1, "context": 0, "unlabelled": 2 }
        })
    );
}

#[test]
fn every_export_of_a_later_version_names_its_number_and_the_version_before_it() {
    let old = session_of("Rain fell in May. It stopped.", &[(0, Label::Fact)]);
    let (new, _) = sift::versions::new_version(
        &old,
        Document::new("Rain fell in June. It stopped.".into(), NOW),
        3,
    );
    let native: Value = serde_json::from_str(&native_json(&new, NOW, None)).unwrap();
    assert_eq!(native["document"]["version"], 3);
    assert_eq!(native["document"]["previous"], old.doc.id.as_str());
    let stamp = Stamp {
        exported_at: NOW,
        modified: NOW,
        generator: "https://sift.example/",
        annotator: None,
    };
    let w3c: Value = serde_json::from_str(&Format::WebAnnotation.render(&new, &stamp)).unwrap();
    assert_eq!(
        (&w3c["version"], &w3c["previous"]),
        (&json!(3), &json!(old.doc.id))
    );
    let line: Value = serde_json::from_str(jsonl(&new, None).lines().next().unwrap()).unwrap();
    assert_eq!(line["document_version"], 3);
    assert_eq!(line["previous_document_id"], old.doc.id.as_str());
    for format in [Format::Prodigy, Format::Spans] {
        let line: Value =
            serde_json::from_str(format.render(&new, &stamp).lines().next().unwrap()).unwrap();
        assert_eq!(line["meta"]["document_version"], 3, "{format:?}");
        assert_eq!(line["meta"]["previous_document_id"], old.doc.id.as_str());
    }
    // And Sift reads them back: the import is the same version of the same article.
    let imported = sift::import::parse(native_json(&new, NOW, None).as_bytes()).unwrap();
    assert_eq!(imported.doc.version, 3);
    assert_eq!(imported.doc.previous, Some(old.doc.id.clone()));
}

#[test]
fn offsets_count_code_points_not_bytes_or_utf16_units() {
    let text = "“Café ☕ opens,” said Zoë. 🎉 Crowds came. Niño’s été was 🌞🌞 hot.";
    let session = session_of(text, &[(0, Label::Claim)]);
    let exported: Value = serde_json::from_str(&native_json(&session, NOW, None)).unwrap();
    let sentences = exported["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 3);
    for s in sentences {
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(chars(text, start, end), s["text"].as_str().unwrap());
    }
    // "🎉" is one code point (two UTF-16 units, four bytes): the second sentence starts right after
    // 25 code points and a space.
    assert_eq!(sentences[1]["start"], 26);
    assert_eq!(
        exported["document"]["text"], text,
        "the text is exported byte for byte"
    );
}

#[test]
fn every_sentence_is_listed_in_order_with_counts_that_add_up() {
    let text = "A one.\r\nB two. C three.\n\nD four";
    let session = session_of(text, &[(0, Label::Context), (3, Label::Claim)]);
    let exported: Value = serde_json::from_str(&native_json(&session, NOW, None)).unwrap();
    let indices: Vec<u64> = exported["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["index"].as_u64().unwrap())
        .collect();
    assert_eq!(indices, [0, 1, 2, 3]);
    let counts = &exported["counts"];
    assert_eq!(
        (
            counts["claim"].as_u64(),
            counts["context"].as_u64(),
            counts["unlabelled"].as_u64()
        ),
        (Some(1), Some(1), Some(2))
    );
}

#[test]
fn code_point_conversion_handles_spans_back_to_back() {
    let text = "é.ü";
    let spans = [
        sift::segment::Span::new(0, 3),
        sift::segment::Span::new(3, 5),
    ];
    assert_eq!(code_point_spans(text, &spans), [(0, 2), (2, 3)]);
}

#[test]
fn file_names_are_slugged_dated_and_safe() {
    assert_eq!(
        file_name("Council approves £48m bridge", NOW, "json"),
        "sift-council-approves-48m-bridge-2026-11-26.json"
    );
    assert_eq!(
        file_name("../../etc/passwd", NOW, "json"),
        "sift-etc-passwd-2026-11-26.json"
    );
    assert_eq!(
        file_name("Ünïcödé only ✓", NOW, "json"),
        "sift-n-c-d-only-2026-11-26.json"
    );
    assert_eq!(file_name("“”", NOW, "json"), "sift-article-2026-11-26.json");
    let long = file_name(&"word ".repeat(50), NOW, "json");
    assert!(long.len() < 80, "{long}");
}

/// A short article with a claim that has a note, a fact, a note on its own, and non-ASCII text.
fn reviewed_session() -> Session {
    let text = "Café owners protest\n\n“Rents rose 40%,” said Zoë Hart. The council disputes this 🙂. Figures are due in May.";
    let doc = Document::new(text.to_string(), "2026-11-25T09:00:00Z");
    let mut state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
    for action in [
        Action::Select(1),
        Action::SetLabel(Some(Label::Claim)),
        Action::SetNote {
            index: 1,
            note: Some("Source: Hart's own survey".into()),
        },
        Action::Select(2),
        Action::SetLabel(Some(Label::Fact)),
        Action::SetNote {
            index: 3,
            note: Some("Check May report".into()),
        },
    ] {
        state = apply(&state, action).unwrap_or(state);
    }
    state.session.unwrap()
}

fn expected(path: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("tests/fixtures/{path}")).unwrap())
        .unwrap()
}

#[test]
fn web_annotation_export_matches_the_hand_checked_file() {
    let stamp = Stamp {
        exported_at: NOW,
        modified: "2026-11-26T09:30:00Z",
        generator: "https://sift.example/",
        annotator: None,
    };
    let exported: Value =
        serde_json::from_str(&web_annotations(&reviewed_session(), &stamp)).unwrap();
    assert_eq!(exported, expected("export-w3c.jsonld"));
}

#[test]
fn jsonl_export_matches_the_hand_checked_file() {
    let exported = sift::export::jsonl(&reviewed_session(), None);
    let want = std::fs::read_to_string("tests/fixtures/export.jsonl").unwrap();
    assert!(exported.ends_with('\n'));
    let lines: Vec<Value> = exported
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let want: Vec<Value> = want
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines, want);
}

#[test]
fn native_export_carries_notes_and_edited_bounds() {
    let mut state = State {
        session: Some(reviewed_session()),
        read_only: false,
    };
    let at = state
        .session
        .as_ref()
        .unwrap()
        .doc
        .text
        .find(" said")
        .unwrap();
    state = apply(&state, Action::Split { index: 1, at }).unwrap();
    let exported: Value =
        serde_json::from_str(&native_json(state.session.as_ref().unwrap(), NOW, None)).unwrap();
    let s = &exported["sentences"];
    assert_eq!(s[1]["text"], "“Rents rose 40%,”");
    assert_eq!(s[2]["text"], "said Zoë Hart.");
    assert_eq!(
        (s[1]["label"].as_str(), s[2]["label"].as_str()),
        (Some("claim"), Some("claim"))
    );
    assert_eq!(s[2]["note"], "Source: Hart's own survey");
    let text = exported["document"]["text"].as_str().unwrap();
    assert_eq!(
        chars(
            text,
            s[2]["start"].as_u64().unwrap() as usize,
            s[2]["end"].as_u64().unwrap() as usize
        ),
        "said Zoë Hart."
    );
}

#[test]
fn prodigy_export_is_one_accepted_choice_task_per_labelled_sentence() {
    let lines: Vec<Value> = prodigy(&reviewed_session(), None)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let options = json!([
        { "id": "claim", "text": "Claim" },
        { "id": "fact", "text": "Fact" },
        { "id": "context", "text": "Context" }
    ]);
    let id = reviewed_session().doc.id.clone();
    assert_eq!(
        lines,
        [
            json!({
                "text": "“Rents rose 40%,” said Zoë Hart.",
                "options": options,
                "accept": ["claim"],
                "answer": "accept",
                "meta": { "document": "Café owners protest", "document_id": id, "document_version": 1, "sentence_id": "s21",
                          "index": 1, "note": "Source: Hart's own survey" }
            }),
            json!({
                "text": "The council disputes this 🙂.",
                "options": options,
                "accept": ["fact"],
                "answer": "accept",
                "meta": { "document": "Café owners protest", "document_id": id, "document_version": 1, "sentence_id": "s54", "index": 2 }
            }),
        ],
        "the sentence with only a note has no answer, so it is not a task"
    );
}

#[test]
fn spans_export_is_the_article_on_one_line_with_code_point_spans() {
    let session = reviewed_session();
    let out = spans(&session, None);
    assert_eq!(out.lines().count(), 1);
    assert!(out.ends_with('\n'));
    let line: Value = serde_json::from_str(&out).unwrap();
    let text = line["text"].as_str().unwrap();
    assert_eq!(text, &*session.doc.text);
    assert_eq!(
        line["spans"],
        json!([
            { "start": 21, "end": 53, "label": "claim" },
            { "start": 54, "end": 82, "label": "fact" }
        ])
    );
    assert_eq!(
        line["label"],
        json!([[21, 53, "claim"], [54, 82, "fact"]]),
        "the same spans in doccano's column"
    );
    assert_eq!(chars(text, 54, 82), "The council disputes this 🙂.");
    assert_eq!(line["meta"]["document"], "Café owners protest");
}

/// "Your name": every format says who labelled, and none does when the reader gave no name.
#[test]
fn the_readers_name_goes_into_every_format_and_only_when_given() {
    let session = reviewed_session();
    let stamp = |annotator| Stamp {
        exported_at: NOW,
        modified: NOW,
        generator: "https://sift.example/app/",
        annotator,
    };
    let named = stamp(Some("Ana Ruiz"));
    let native: Value = serde_json::from_str(&Format::Native.render(&session, &named)).unwrap();
    assert_eq!(native["annotator"], "Ana Ruiz");
    let w3c: Value = serde_json::from_str(&Format::WebAnnotation.render(&session, &named)).unwrap();
    let items = w3c["first"]["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for item in items {
        assert_eq!(
            item["creator"],
            json!({ "type": "Person", "name": "Ana Ruiz" })
        );
    }
    let lines = |format: Format, stamp: &Stamp| -> Vec<Value> {
        format
            .render(&session, stamp)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    for line in lines(Format::Jsonl, &named) {
        assert_eq!(line["annotator"], "Ana Ruiz");
    }
    for format in [Format::Prodigy, Format::Spans] {
        let all = lines(format, &named);
        assert!(!all.is_empty());
        for line in all {
            assert_eq!(line["meta"]["annotator"], "Ana Ruiz", "{format:?}");
        }
    }

    let anonymous = stamp(None);
    for format in Format::ALL {
        assert!(
            !format.render(&session, &anonymous).contains("annotator")
                && !format.render(&session, &anonymous).contains("creator"),
            "{format:?} names nobody when no name is given"
        );
    }
}
