#![cfg(not(target_arch = "wasm32"))]
//! Importing a Sift export: good files restore the document exactly, bad ones are refused with
//! the problem named, and no input makes the parser panic.

use proptest::prelude::*;
use serde_json::{json, Value};
use sift::export::native_json;
use sift::import::{align, parse, ImportError, MAX_IMPORT_BYTES};
use sift::model::{apply, Action, Details, Document, Label, Session, State};

const NOW: &str = "2026-11-26T10:00:00Z";

fn session(text: &str, actions: Vec<Action>) -> Session {
    let doc = Document::new(text.to_string(), "2026-11-25T09:00:00Z");
    let mut state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
    for action in actions {
        state = apply(&state, action).unwrap_or(state);
    }
    state.session.unwrap()
}

fn sample() -> Session {
    session(
        "Port strike ends\n\n“We won,” said Ana Ruiz. Ships sailed at 6 a.m. on Monday. Café owners 🙂 cheered.",
        vec![
            Action::Select(1),
            Action::SetLabel(Some(Label::Claim)),
            Action::SetNote { index: 1, note: Some("Union press release".into()) },
            Action::Select(2),
            Action::SetLabel(Some(Label::Fact)),
        ],
    )
}

fn export_value(session: &Session) -> Value {
    serde_json::from_str(&native_json(session, NOW, None)).unwrap()
}

fn refused(value: &Value) -> ImportError {
    parse(value.to_string().as_bytes()).expect_err("the file must be refused")
}

#[test]
fn an_export_imports_back_to_the_same_document_and_annotations() {
    let original = sample();
    let imported = parse(native_json(&original, NOW, None).as_bytes()).unwrap();
    assert_eq!(imported.doc, *original.doc);
    assert_eq!(imported.annotations, original.annotations());
    assert_eq!(imported.exported_at, NOW);
}

#[test]
fn edited_bounds_survive_export_and_import() {
    let mut state = State {
        session: Some(sample()),
        read_only: false,
    };
    let at = state
        .session
        .as_ref()
        .unwrap()
        .doc
        .text
        .find(" on Monday")
        .unwrap();
    state = apply(&state, Action::Split { index: 2, at }).unwrap();
    let split = state.session.unwrap();
    let imported = parse(native_json(&split, NOW, None).as_bytes()).unwrap();
    assert_eq!(imported.doc.sentences, split.doc.sentences);
    assert_eq!(imported.annotations.labels[3], Some(Label::Fact));
}

#[test]
fn bad_files_are_refused_with_the_problem_named() {
    let good = export_value(&sample());
    assert!(matches!(
        parse(b"not json at all"),
        Err(ImportError::NotJson(_))
    ));
    assert_eq!(
        parse(&[0xff, 0xfe, 0x00]).unwrap_err(),
        ImportError::NotText
    );
    assert_eq!(refused(&json!({ "hello": 1 })), ImportError::NotSift(None));
    assert_eq!(
        refused(&json!({ "format": "label-studio" })),
        ImportError::NotSift(Some("label-studio".into()))
    );

    let mut v = good.clone();
    v["version"] = json!(3);
    assert_eq!(refused(&v), ImportError::UnsupportedVersion(3));
    let mut v = good.clone();
    v["offsets"] = json!("utf-16-code-units");
    assert_eq!(
        refused(&v),
        ImportError::UnsupportedOffsets("utf-16-code-units".into())
    );
    let mut v = good.clone();
    v["sentences"][2]["end"] = json!(100_000);
    assert_eq!(refused(&v), ImportError::OffsetsOutOfRange { index: 2 });
    let mut v = good.clone();
    v["sentences"][1]["text"] = json!("“We lost,” said Ana Ruiz.");
    assert_eq!(refused(&v), ImportError::TextMismatch { index: 1 });
    let mut v = good.clone();
    v["document"]["text"] = json!(
        format!("{} ", good["document"]["text"].as_str().unwrap()).replacen("Port", "Pört", 1)
    );
    assert!(matches!(
        refused(&v),
        ImportError::TextMismatch { index: 0 }
    ));
    let mut v = good.clone();
    v["sentences"][2]["start"] = json!(5);
    assert_eq!(refused(&v), ImportError::SentencesOverlap { index: 2 });
    let mut v = good.clone();
    v["sentences"][3]["paragraph"] = json!(7);
    assert_eq!(refused(&v), ImportError::BadParagraphs { index: 3 });
    let mut v = good.clone();
    v["sentences"][1]["label"] = json!("opinion");
    assert_eq!(
        refused(&v).to_string(),
        "a field is wrong: sentences[1].label: “opinion” is not one of Sift's labels (claim, fact, context)"
    );
    let mut v = good.clone();
    v["sentences"][3]["start"] = json!("17");
    assert_eq!(
        refused(&v),
        ImportError::BadField(
            "sentences[3].start: invalid type: string \"17\", expected usize".into()
        )
    );
    let mut v = good.clone();
    v["sentences"][2]["id"] = json!("s0");
    assert_eq!(refused(&v), ImportError::IdMismatch { index: 2 });
    let mut v = good.clone();
    v["document"]["url"] = json!("javascript:alert(1)");
    assert!(matches!(refused(&v), ImportError::BadDetails(_)));
    let mut v = good.clone();
    v["sentences"][1]["label"] = json!(2);
    assert!(matches!(refused(&v), ImportError::BadField(_)));
    let mut v = good.clone();
    v["sentences"] = json!([]);
    assert_eq!(refused(&v), ImportError::NoSentences);
    let huge = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert!(matches!(parse(&huge), Err(ImportError::TooLarge { .. })));
    for error in [
        ImportError::NotText,
        ImportError::TextMismatch { index: 4 },
        ImportError::TooLarge { bytes: 30 << 20 },
        ImportError::NotSift(None),
        ImportError::UnsupportedVersion(9),
    ] {
        assert!(
            error.to_string().len() > 20,
            "every error reads as a sentence: {error}"
        );
    }
}

/// The same key twice would be read two ways by two tools (serde_json and `JSON.parse` keep the
/// last, others the first): refused, wherever it is.
#[test]
fn a_key_written_twice_is_refused_with_its_place_named() {
    let file = native_json(&sample(), NOW, None);
    let twice_at_top = file.replacen("\"version\": 2,", "\"version\": 2,\n  \"version\": 2,", 1);
    assert_eq!(
        parse(twice_at_top.as_bytes()).unwrap_err().to_string(),
        "a field is wrong: duplicate field `version`"
    );
    let twice_in_sentence = file.replacen(
        "\"label\": \"claim\",",
        "\"label\": \"claim\", \"label\": \"fact\",",
        1,
    );
    assert_eq!(
        parse(twice_in_sentence.as_bytes()).unwrap_err(),
        ImportError::BadField("sentences[1]: duplicate field `label`".into())
    );
}

#[test]
fn fields_sift_does_not_know_are_ignored() {
    let mut v = export_value(&sample());
    v["made_by"] = json!({ "tool": "a script", "nested": [[1, [2]], { "x": null }] });
    v["sentences"][1]["confidence"] = json!(0.93);
    let imported = parse(v.to_string().as_bytes()).unwrap();
    assert_eq!(imported.annotations, sample().annotations());
}

#[test]
fn a_version_1_file_without_ids_or_source_still_imports() {
    let mut v = export_value(&sample());
    v["version"] = json!(1);
    for s in v["sentences"].as_array_mut().unwrap() {
        s.as_object_mut().unwrap().remove("id");
    }
    let document = v["document"].as_object_mut().unwrap();
    document.remove("url");
    document.remove("language");
    let imported = parse(v.to_string().as_bytes()).unwrap();
    assert_eq!(imported.doc, *sample().doc);
    assert_eq!(imported.annotations, sample().annotations());
}

#[test]
fn the_source_url_and_language_come_back_with_the_file() {
    let details = Details::new("https://news.example/port-strike", "en-GB").unwrap();
    let state = State {
        session: Some(sample()),
        read_only: false,
    };
    let with_details = apply(&state, Action::SetDetails(details.clone()))
        .unwrap()
        .session
        .unwrap();
    let imported = parse(native_json(&with_details, NOW, None).as_bytes()).unwrap();
    assert_eq!(imported.doc.details, details);
}

/// 19 MB of nested arrays, where Sift reads and where it does not: refused at the first value
/// of the wrong type, or skipped without being kept; no tree of the file is built. `tests/browser.rs` measures the memory this takes in wasm.
#[test]
fn hostile_nesting_is_refused_or_skipped_without_building_it() {
    let half = 19 << 19;
    let deep = format!(
        "{{\"format\":\"sift-annotations\",\"version\":2,\"sentences\":{}{}}}",
        "[".repeat(half),
        "]".repeat(half)
    );
    assert_eq!(
        parse(deep.as_bytes()).unwrap_err(),
        ImportError::BadField("sentences[0][0]: invalid type: sequence, expected a string".into()),
        "refused where the first sentence should be"
    );

    let mut skipped = export_value(&sample()).to_string();
    skipped.pop();
    skipped.push_str(&format!(
        ",\"padding\":{}{}}}",
        "[".repeat(half),
        "]".repeat(half)
    ));
    let imported = parse(skipped.as_bytes()).expect("an unknown field, however deep, is skipped");
    assert_eq!(imported.annotations, sample().annotations());

    let mut wide = export_value(&sample()).to_string();
    wide.pop();
    wide.push_str(",\"padding\":[");
    while wide.len() < 2 * half {
        wide.push_str("[[]],");
    }
    wide.push_str("[]]}");
    let imported = parse(wide.as_bytes()).expect("an unknown field, however large, is skipped");
    assert_eq!(imported.annotations, sample().annotations());
}

#[test]
fn an_import_onto_different_bounds_keeps_what_matches_and_reports_the_rest() {
    let original = sample();
    let mut state = State {
        session: Some(original.clone()),
        read_only: false,
    };
    state = apply(&state, Action::Select(1)).unwrap();
    state = apply(&state, Action::MergeWithNext).unwrap();
    let merged_doc = state.session.unwrap().doc.clone();
    let imported = parse(native_json(&original, NOW, None).as_bytes()).unwrap();
    let (aligned, unmatched) = align(&merged_doc, &imported);
    assert_eq!(
        unmatched,
        [1, 2],
        "the two labelled sentences no longer exist on their own"
    );
    assert_eq!(aligned.labels.len(), merged_doc.len());
    assert!(aligned.labels.iter().all(Option::is_none));
}

fn generated_session() -> impl Strategy<Value = Session> {
    let piece = prop_oneof![
        Just("The council met."),
        Just(" Mr. Ruiz said no."),
        Just("\n"),
        Just("\n\n"),
        Just(" “Why?” she asked."),
        Just(" Prices rose 3.5%."),
        Just(" Café 🙂 opens."),
        Just("Headline here"),
        Just(" 1. First item"),
    ];
    (
        prop::collection::vec(piece, 1..30),
        prop::collection::vec((0usize..40, 0u8..5), 0..20),
    )
        .prop_filter_map("needs a sentence", |(pieces, edits)| {
            let text = pieces.concat();
            let doc = Document::new(text, "2026-11-25T09:00:00Z");
            if doc.is_empty() {
                return None;
            }
            let n = doc.len();
            let mut state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
            for (i, kind) in edits {
                let i = i % n;
                let actions = match kind {
                    0..=2 => vec![
                        Action::Select(i),
                        Action::SetLabel(Label::from_digit(char::from(b'1' + kind))),
                    ],
                    3 => vec![Action::SetNote {
                        index: i,
                        note: Some(format!("note {i} “q”")),
                    }],
                    _ => vec![Action::Select(i), Action::MergeWithNext],
                };
                for a in actions {
                    state = apply(&state, a).unwrap_or(state);
                }
            }
            state.session
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn export_import_export_gives_identical_json(session in generated_session()) {
        let first = native_json(&session, NOW, None);
        let imported = parse(first.as_bytes()).unwrap();
        let again = Session::with_annotations(imported.doc, imported.annotations.labels, imported.annotations.notes);
        prop_assert_eq!(native_json(&again, NOW, None), first);
    }

    #[test]
    fn the_parser_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse(&bytes);
    }

    #[test]
    fn the_parser_never_panics_on_damaged_exports(cut in 0usize..2000, byte in any::<u8>(), at in 0usize..2000) {
        let mut file = native_json(&sample(), NOW, None).into_bytes();
        let at = at % file.len();
        file[at] = byte;
        file.truncate(cut.max(1).min(file.len()));
        let _ = parse(&file);
    }
}

#[test]
fn importing_into_the_library_fills_gaps_keeps_the_browsers_values_and_is_one_undoable_step() {
    use sift::import::into_library;
    let theirs = sample();
    // The file claims to be from the far future: that decides nothing.
    let file = native_json(&theirs, "2099-01-01T00:00:00Z", None);

    let fresh = into_library(parse(file.as_bytes()).unwrap(), None);
    assert_eq!(fresh.session.annotations(), theirs.annotations());
    assert_eq!(fresh.change, None);
    assert_eq!(fresh.message, "Imported “Port strike ends”.");

    // The reader has the same article with another label on sentence 2 and a context label on 0.
    let mine = session(
        "Port strike ends\n\n“We won,” said Ana Ruiz. Ships sailed at 6 a.m. on Monday. Café owners 🙂 cheered.",
        vec![Action::Select(0), Action::SetLabel(Some(Label::Context)), Action::Select(2), Action::SetLabel(Some(Label::Claim))],
    );
    let import = into_library(parse(file.as_bytes()).unwrap(), Some(mine.clone()));
    let opened = State {
        session: Some(import.session),
        read_only: false,
    };
    let merged = apply(&opened, Action::Adopt(import.change.unwrap(), vec![])).unwrap();
    let m = merged.session.as_ref().unwrap();
    assert_eq!(
        m.label(0),
        Some(Label::Context),
        "what only the reader had is kept"
    );
    assert_eq!(
        m.label(1),
        Some(Label::Claim),
        "what only the file had is added"
    );
    assert_eq!(m.note(1), Some("Union press release"));
    assert_eq!(
        m.label(2),
        Some(Label::Claim),
        "where both differ, the browser's value is kept"
    );
    assert!(
        import
            .message
            .contains("The file has other values for sentence 3: yours were kept."),
        "{}",
        import.message
    );
    let undone = apply(&merged, Action::Undo).unwrap();
    assert_eq!(
        undone.session.unwrap().annotations(),
        mine.annotations(),
        "one Undo takes the whole import back out"
    );
}

/// The annotator's name comes back with the file; one Sift would not keep (too long, over two
/// lines) is left out with a message, and the rest of the file is still read.
#[test]
fn the_annotators_name_is_read_and_checked() {
    let mut file = export_value(&sample());
    file["annotator"] = "  Ana Ruiz ".into();
    let imported = parse(file.to_string().as_bytes()).unwrap();
    assert_eq!(imported.annotator.as_deref(), Some("Ana Ruiz"));
    assert!(imported.warnings.is_empty());

    for bad in ["x".repeat(101), "Ana\nRuiz".to_string()] {
        file["annotator"] = bad.into();
        let imported = parse(file.to_string().as_bytes()).unwrap();
        assert_eq!(imported.annotator, None);
        assert_eq!(imported.warnings.len(), 1, "{:?}", imported.warnings);
        assert!(imported.warnings[0].contains("annotator name"));
        assert_eq!(imported.annotations.labels, *sample().labels);
    }
}
