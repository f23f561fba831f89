//! The native JSON export: shape, code-point offsets and file names.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use sift::export::{code_point_spans, file_name, native_json};
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
    let exported: Value = serde_json::from_str(&native_json(&session, NOW)).unwrap();
    let id = session.doc.id.clone();
    assert_eq!(
        exported,
        json!({
            "format": "sift-annotations",
            "version": 1,
            "exported_at": NOW,
            "offsets": "unicode-code-points",
            "labels": ["claim", "fact", "context"],
            "document": { "id": id, "title": "Express & Star", "created": "2026-11-25T09:00:00Z", "text": text },
            "sentences": [
                { "index": 0, "paragraph": 0, "start": 0, "end": 14, "text": "Express & Star", "label": null, "note": null },
                { "index": 1, "paragraph": 1, "start": 16, "end": 26, "text": "Rain fell.", "label": "fact", "note": null },
                { "index": 2, "paragraph": 1, "start": 27, "end": 38, "text": "It stopped.", "label": null, "note": null }
            ],
            "counts": { "claim": 0, "fact": 1, "context": 0, "unlabelled": 2 }
        })
    );
}

#[test]
fn offsets_count_code_points_not_bytes_or_utf16_units() {
    let text = "“Café ☕ opens,” said Zoë. 🎉 Crowds came. Niño’s été was 🌞🌞 hot.";
    let session = session_of(text, &[(0, Label::Claim)]);
    let exported: Value = serde_json::from_str(&native_json(&session, NOW)).unwrap();
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
    let exported: Value = serde_json::from_str(&native_json(&session, NOW)).unwrap();
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
    let exported: Value =
        serde_json::from_str(&sift::export::web_annotations(&reviewed_session(), NOW)).unwrap();
    assert_eq!(exported, expected("export-w3c.jsonld"));
}

#[test]
fn jsonl_export_matches_the_hand_checked_file() {
    let exported = sift::export::jsonl(&reviewed_session());
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
        serde_json::from_str(&native_json(state.session.as_ref().unwrap(), NOW)).unwrap();
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
