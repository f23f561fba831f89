//! Other tools' annotations brought in: Sift's own W3C export, a W3C file counting UTF-16 units,
//! Hypothesis's JSON, and text that changed since; each anchored, counted, or kept as an orphan.

use std::rc::Rc;

use serde_json::json;
use sift::export::{web_annotations, Stamp};
use sift::foreign::{bring_in, lay_on, read as read_foreign, Anchoring, BroughtIn};
use sift::model::Label::{Claim, Context, Fact};
use sift::model::{apply, Action, Document, Label, Session, State};

const STAMP: Stamp = Stamp {
    exported_at: "2026-11-27T10:00:00Z",
    modified: "2026-11-27T09:30:00Z",
    generator: "https://sift.example/app/",
    annotator: None,
};

fn fresh(text: &str) -> Session {
    Session::new(Document::new(text.to_string(), "2026-11-27T09:00:00Z"))
}

fn bring(session: &Session, file: &str) -> BroughtIn {
    let found = read_foreign(file.as_bytes()).expect("a file Sift can read");
    bring_in(&session.doc, &session.labels, &session.notes, &found)
}

const TEXT: &str =
    "Ferry fares rise\n\nFares will rise by 8% from January. The operator blamed fuel. \
                    Mr. Reyes called it unfair. Talks resume in May.";

#[test]
fn sifts_own_w3c_export_comes_back_onto_the_same_text_exactly() {
    let mut state = State {
        session: Some(fresh(TEXT)),
        read_only: false,
    };
    for (i, label) in [(1, Fact), (2, Claim), (4, Context)] {
        state = apply(&state, Action::Select(i)).unwrap();
        state = apply(&state, Action::SetLabel(Some(label))).unwrap();
    }
    state = apply(
        &state,
        Action::SetNote {
            index: 2,
            note: Some("Ask the operator".into()),
        },
    )
    .unwrap();
    let labelled = state.session.unwrap();
    let out = bring(&fresh(TEXT), &web_annotations(&labelled, &STAMP));
    assert_eq!(out.labels, *labelled.labels);
    assert_eq!(out.notes[2].as_deref(), Some("Ask the operator"));
    assert_eq!((out.exact, out.fuzzy, out.orphans.len()), (3, 0, 0));
}

#[test]
fn a_w3c_file_counting_utf16_units_or_code_points_lands_on_the_right_one_of_two_equal_quotes() {
    let text = "🙂🙂🙂 Yes. We agree.\n\n🙂🙂🙂 Yes. We agree.";
    let second = text.rfind("Yes.").unwrap();
    let utf16 = text[..second].encode_utf16().count();
    let code_points = text[..second].chars().count();
    assert_eq!((code_points, utf16), (24, 30));
    let session = fresh(text);
    let yes = session.doc.sentence_at(second).unwrap();
    for start in [utf16, code_points] {
        let file = json!({
            "@context": "http://www.w3.org/ns/anno.jsonld",
            "type": "AnnotationPage",
            "items": [{
                "type": "Annotation",
                "body": [
                    { "type": "TextualBody", "purpose": "tagging", "value": "Claim" },
                    { "type": "TextualBody", "purpose": "tagging", "value": "check later" },
                    { "type": "TextualBody", "purpose": "commenting", "value": "Who agrees?" }
                ],
                "target": {
                    "source": "https://example.org/a",
                    "selector": [
                        { "type": "TextQuoteSelector", "exact": "Yes." },
                        { "type": "TextPositionSelector", "start": start, "end": start + 4 }
                    ]
                }
            }]
        });
        let out = bring(&session, &file.to_string());
        assert_eq!(out.labels[yes], Some(Claim), "start {start}");
        assert_eq!(out.labels.iter().flatten().count(), 1, "only the second");
        assert_eq!(
            out.notes[yes].as_deref(),
            Some("Who agrees?\nTags: check later")
        );
        assert_eq!(out.exact, 1);
    }
}

#[test]
fn hypothesis_rows_with_tags_and_a_comment_map_to_a_label_and_a_note() {
    let file = json!({
        "total": 2,
        "rows": [
            {
                "uri": "https://example.org/ferry",
                "text": "Compare with last year",
                "tags": ["Fact", "budget"],
                "target": [{
                    "source": "https://example.org/ferry",
                    "selector": [
                        { "type": "RangeSelector", "startContainer": "/p[1]", "startOffset": 0, "endContainer": "/p[1]", "endOffset": 9 },
                        { "type": "TextPositionSelector", "start": 18, "end": 53 },
                        { "type": "TextQuoteSelector", "exact": "Fares will rise by 8% from January.", "prefix": "rise\n\n", "suffix": " The" }
                    ]
                }]
            },
            { "uri": "https://example.org/ferry", "text": "A page note", "tags": [], "target": [{ "source": "https://example.org/ferry" }] }
        ]
    });
    let out = bring(&fresh(TEXT), &file.to_string());
    assert_eq!(out.labels[1], Some(Fact));
    assert_eq!(
        out.notes[1].as_deref(),
        Some("Compare with last year\nTags: budget")
    );
    assert_eq!(
        (out.exact, out.fuzzy, out.orphans.len()),
        (1, 0, 0),
        "the page note has no quote"
    );
}

#[test]
fn edited_text_anchors_fuzzily_a_missing_quote_and_a_clash_become_orphans() {
    let annotation = |exact: &str, label: &str| {
        json!({ "type": "Annotation",
                "body": { "type": "TextualBody", "purpose": "classifying", "value": label },
                "target": { "selector": { "type": "TextQuoteSelector", "exact": exact } } })
    };
    let file = json!([
        annotation("The operator blamed fuel costs.", "claim"),
        annotation("A storm closed the harbour.", "fact"),
        annotation("Talks resume in May.", "fact"),
    ]);
    let mut session = fresh(TEXT);
    Rc::make_mut(&mut session.content.labels)[4] = Some(Context);
    let out = bring(&session, &file.to_string());
    assert_eq!(
        out.labels[2],
        Some(Claim),
        "“fuel costs” was edited to “fuel”"
    );
    assert_eq!(
        out.labels[4],
        Some(Context),
        "the label already there is kept"
    );
    assert_eq!((out.exact, out.fuzzy), (1, 1));
    let orphans: Vec<(&str, Option<Label>)> = out
        .orphans
        .iter()
        .map(|o| (o.text.as_str(), o.label))
        .collect();
    assert_eq!(
        orphans,
        [
            ("A storm closed the harbour.", Some(Fact)),
            ("Talks resume in May.", Some(Fact))
        ]
    );
}

#[test]
fn a_file_that_is_no_annotation_file_is_refused() {
    assert!(read_foreign(b"[1, 2, 3]").is_err());
    assert!(read_foreign(b"not json").is_err());
    assert_eq!(read_foreign(b"{}").unwrap(), []);
}

#[test]
fn iris_where_the_model_allows_them_are_read_as_nothing_to_anchor() {
    let session = fresh(TEXT);
    let file = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "Annotation",
        // A body that is only an IRI, beside a tag.
        "body": ["https://vocab.example/checked", { "type": "TextualBody", "purpose": "tagging", "value": "Fact" }],
        // The document itself, then the quote.
        "target": [
            "https://courier.example/ferry",
            { "source": "https://courier.example/ferry",
              "selector": { "type": "TextQuoteSelector", "exact": "The operator blamed fuel." } }
        ]
    });
    let brought = bring(&session, &file.to_string());
    assert_eq!((brought.exact, brought.fuzzy), (1, 0));
    assert_eq!(brought.labels[2], Some(Fact));
    // A collection whose first page is elsewhere (an IRI) holds nothing here, and says so by
    // being empty rather than unreadable.
    let elsewhere =
        json!({ "type": "AnnotationCollection", "first": "https://annotations.example/page1" });
    assert_eq!(
        read_foreign(elsewhere.to_string().as_bytes()),
        Ok(Vec::new())
    );
    // Nulls where a value may be missing are none too.
    let nulls = br#"{"target": null, "body": null, "text": null}"#;
    assert_eq!(read_foreign(nulls), Ok(Vec::new()));
    // A number where an annotation belongs is no annotation file at all.
    assert!(read_foreign(b"[1, 2]").is_err());
}

/// A W3C annotation quoting `exact` with `note` as its comment.
fn commented(exact: &str, note: &str) -> serde_json::Value {
    json!({
        "type": "Annotation",
        "body": [{ "type": "TextualBody", "value": note }],
        "target": { "selector": { "type": "TextQuoteSelector", "exact": exact } },
    })
}

#[test]
fn a_note_over_the_whole_text_is_one_value_shared_and_cut_to_the_limit() {
    use sift::foreign::MAX_NOTE_CHARS;
    let session = fresh(TEXT);
    let long = "é".repeat(MAX_NOTE_CHARS * 3);
    let file = json!([commented(TEXT, &long)]).to_string();
    let brought = bring(&session, &file);
    assert_eq!(brought.cut, 1);
    let first = brought.notes[0]
        .clone()
        .expect("the first sentence has the note");
    assert_eq!(first.chars().count(), MAX_NOTE_CHARS);
    for note in &brought.notes {
        let note = note.as_ref().expect("every sentence is covered");
        assert!(Rc::ptr_eq(note, &first), "shared, not copied");
    }
}

#[test]
fn notes_given_to_one_sentence_are_joined_once_each() {
    let session = fresh(TEXT);
    let quote = "The operator blamed fuel.";
    let mut annotations: Vec<serde_json::Value> = (0..2_000)
        .map(|i| commented(quote, &format!("note {i}")))
        .collect();
    annotations.push(commented(quote, "note 7"));
    let brought = bring(&session, &json!(annotations).to_string());
    let joined = brought.notes[2].as_deref().expect("the sentence's notes");
    assert_eq!(joined.lines().count(), 2_000);
    assert_eq!(joined.lines().filter(|l| *l == "note 7").count(), 1);
    assert!(joined.starts_with("note 0\nnote 1\n"));
}

#[test]
fn anchored_a_slice_at_a_time_it_lands_on_the_labels_the_reader_set_meanwhile() {
    let mut labelled = fresh(TEXT);
    Rc::make_mut(&mut labelled.content.labels)[1..4].copy_from_slice(&[
        Some(Fact),
        Some(Claim),
        Some(Fact),
    ]);
    let found = read_foreign(web_annotations(&labelled, &STAMP).as_bytes()).unwrap();
    let open = fresh(TEXT);
    let mut anchoring = Anchoring::new(&open.doc.text, &open.doc.sentences, &found);
    let mut slices = Vec::new();
    // One annotation per slice, as if each slice ran out of time at once.
    while !anchoring.go_on(|| false) {
        slices.push(anchoring.progress());
    }
    assert_eq!(slices, [(1, 3), (2, 3)]);
    assert_eq!(anchoring.progress(), (3, 3));
    // Meanwhile the reader labelled the third sentence as context.
    let mut now = open.clone();
    Rc::make_mut(&mut now.content.labels)[3] = Some(Context);
    let out = lay_on(
        &now.doc,
        &now.labels,
        &now.notes,
        &found,
        &anchoring.places(),
    );
    assert_eq!(out.labels[1..4], [Some(Fact), Some(Claim), Some(Context)]);
    assert_eq!(
        out.orphans.len(),
        1,
        "the fact it would have replaced is kept as an orphan"
    );
}
