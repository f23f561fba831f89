//! The background worker's jobs: every format written from Sift's own JSON is the one written
//! from the document itself, a file imported or compared there is read as on the page, and
//! every request and answer comes through JSON unchanged.
#![cfg(not(target_arch = "wasm32"))]

use sift::compare::gold_id;
use sift::export::{native_json, Format, Stamp};
use sift::foreign::{Anchored, Foreign};
use sift::import::parse;
use sift::jobs::{compare, export, import, not_imported, read_annotations, Answer, Job};
use sift::model::{apply, Action, Details, Document, Label, Session, State};
use sift::schema::decode_session;

const STAMP: Stamp = Stamp {
    exported_at: "2026-12-07T10:00:00Z",
    modified: "2026-12-07T09:30:00Z",
    generator: "https://sift.example/app/",
    annotator: None,
};

/// A labelled, noted later version of an article with a source, a language and text beyond
/// the Basic Multilingual Plane.
fn labelled() -> Session {
    let text = "Café owners protest 🙂\n\nFares rose 8% in May. The operator blamed fuel.\n\nTalks resume.";
    let mut doc = Document::new(text.into(), "2026-12-01T09:00:00Z");
    doc.details = Details::new("https://example.org/fares", "fr-CA").unwrap();
    doc.version = 3;
    doc.previous = Some("doc-0000000000000001".into());
    let mut state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
    for (i, label) in [(1, Label::Claim), (2, Label::Fact), (3, Label::Context)] {
        state = apply(&state, Action::Select(i)).unwrap();
        state = apply(&state, Action::SetLabel(Some(label))).unwrap();
    }
    let note = Action::SetNote {
        index: 2,
        note: Some("Ask the operator «why»".into()),
    };
    apply(&state, note).unwrap().session.unwrap()
}

#[test]
fn every_format_written_from_sifts_own_json_is_the_one_written_from_the_document() {
    let mut gold = labelled();
    gold.content.doc = std::rc::Rc::new(Document {
        id: gold_id(&gold.doc),
        title: format!("{} (gold)", gold.doc.title),
        ..(*gold.doc).clone()
    });
    for session in [labelled(), gold] {
        // The reader's name travels in Sift's own JSON, so the worker writes it everywhere.
        for annotator in [None, Some("Ana Ruiz")] {
            let native = native_json(&session, STAMP.exported_at, annotator);
            let stamp = Stamp { annotator, ..STAMP };
            for format in Format::ALL {
                assert_eq!(
                    export(&native, format, &STAMP).unwrap(),
                    format.render(&session, &stamp),
                    "{format:?} of {} by {annotator:?}",
                    session.doc.id
                );
            }
        }
    }
}

#[test]
fn a_request_and_its_answers_come_through_json_unchanged() {
    let job = Job::Anchor {
        name: "notes «1».jsonld".into(),
        file: "[{\"a\": \"🙂\"}]".into(),
        text: labelled().doc.text.to_string(),
        sentences: labelled().doc.sentences.to_vec(),
    };
    let answers = [
        Answer::Progress { done: 3, total: 9 },
        Answer::Anchored {
            found: vec![Foreign {
                exact: "Fares rose".into(),
                label: Some(Label::Claim),
                note: Some("see «this»".into()),
                start: Some(24),
                cut: true,
                ..Foreign::default()
            }],
            places: vec![Some(Anchored::Fuzzy(3..9)), None],
        },
        Answer::Failed("no".into()),
    ];
    let json = serde_json::to_string(&job).unwrap();
    assert_eq!(serde_json::from_str::<Job>(&json).unwrap(), job);
    for answer in answers {
        let json = serde_json::to_string(&answer).unwrap();
        assert_eq!(serde_json::from_str::<Answer>(&json).unwrap(), answer);
    }
}

#[test]
fn a_file_with_nothing_to_anchor_is_refused_by_name() {
    assert_eq!(
        read_annotations("a.json", "{}").unwrap_err(),
        "“a.json” holds no annotation that quotes the text. Nothing was changed."
    );
    assert!(read_annotations("b.json", "not json")
        .unwrap_err()
        .starts_with("Sift could not import “b.json”: "));
}

#[test]
fn an_imported_file_comes_back_from_the_worker_as_the_document_the_file_holds() {
    let session = labelled();
    let native = native_json(&session, STAMP.exported_at, None);
    let Answer::Sift {
        text,
        record,
        exported_at,
        warnings,
    } = import(&native)
    else {
        panic!("a Sift file is imported");
    };
    let back = decode_session(&text, &record).unwrap();
    let parsed = parse(native.as_bytes()).unwrap();
    assert_eq!(*back.doc, parsed.doc);
    assert_eq!(back.annotations(), parsed.annotations);
    assert_eq!(
        (exported_at.as_str(), warnings),
        (STAMP.exported_at, parsed.warnings)
    );
    assert_eq!(
        import("{\"format\": \"other\"}"),
        Answer::Failed(not_imported(
            &parse(b"{\"format\": \"other\"}").unwrap_err()
        ))
    );
}

#[test]
fn files_to_compare_are_read_in_order_each_with_its_answer() {
    let session = labelled();
    let native = native_json(&session, STAMP.exported_at, None);
    let files = [
        ("ana.json".to_string(), native.clone()),
        ("notes.txt".to_string(), "not json".to_string()),
    ];
    let Answer::Annotators(read) = compare(&files, &session.doc.text, &session.doc.title) else {
        panic!("annotators are answered");
    };
    assert_eq!(read[0].as_ref().unwrap().name, "ana");
    assert_eq!(read[0].as_ref().unwrap().labels, *session.labels);
    assert!(read[1]
        .as_ref()
        .unwrap_err()
        .starts_with("“notes.txt” cannot be compared: "));
}
