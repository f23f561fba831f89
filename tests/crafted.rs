//! Crafted files and records that froze, crashed or corrupted an earlier Sift: each is read
//! now with what is wrong in it refused or set aside, and the rest still used.

use serde_json::{json, Value};
use sift::compare::{grading_csv, Annotator, Summary};
use sift::export::native_json;
use sift::foreign::read as read_foreign;
use sift::import::{into_library, parse};
use sift::model::{apply, Action, Document, Label, Session, State, MAX_VERSION};
use sift::schema::{decode_session, encode_text, LibraryEntry, LoadError};
use sift::versions::new_version;
use sift::workspace::{pasted, vet_previous, Pasted};

const NOW: &str = "2026-12-07T09:00:00Z";
const FERRY: &str = include_str!("e2e/articles/ferry-fares.txt");
const SAMPLE: &str = include_str!("../assets/sample-article.txt");

fn labelled(text: &str, labels: &[(usize, Label)]) -> Session {
    let mut state = State {
        session: Some(Session::new(Document::new(text.to_string(), NOW))),
        read_only: false,
    };
    for &(i, label) in labels {
        state = apply(&state, Action::Select(i)).unwrap();
        state = apply(&state, Action::SetLabel(Some(label))).unwrap();
    }
    state.session.unwrap()
}

/// Sift's own export of `session`, with `edit` made to it.
fn export_with(session: &Session, edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut file: Value = serde_json::from_str(&native_json(session, NOW, None)).unwrap();
    edit(&mut file);
    file.to_string().into_bytes()
}

#[test]
fn a_version_number_out_of_range_is_read_as_a_first_version_and_said() {
    let session = labelled(FERRY, &[(4, Label::Fact)]);
    for wrong in [json!(u32::MAX), json!(0), json!(MAX_VERSION + 1)] {
        let bytes = export_with(&session, |f| {
            f["document"]["version"] = wrong.clone();
            f["document"]["previous"] = json!("doc-elsewhere");
        });
        let imported = parse(&bytes).expect("the rest of the file is read");
        assert_eq!(imported.doc.version, 1, "{wrong}");
        assert_eq!(imported.doc.previous, None, "{wrong}");
        assert_eq!(imported.annotations.labels[4], Some(Label::Fact));
        let message = into_library(imported, None).message;
        assert!(message.contains(&format!("version {wrong}")), "{message}");
        assert!(message.contains("read as a first version"), "{message}");
    }
    // A real version number comes through as it was.
    let bytes = export_with(&session, |f| f["document"]["version"] = json!(3));
    assert_eq!(parse(&bytes).unwrap().doc.version, 3);
}

#[test]
fn an_article_at_the_highest_version_number_takes_no_new_version() {
    let mut doc = Document::new(FERRY.to_string(), NOW);
    doc.version = MAX_VERSION;
    let library = [LibraryEntry::of(&Session::new(doc), NOW)];
    let corrected = FERRY.replace("8%", "9%");
    assert_eq!(
        pasted(&library, &Document::new(corrected, NOW)),
        Pasted::New,
        "numbered past the highest, it could not be stored"
    );
}

#[test]
fn a_files_previous_is_believed_only_for_a_stored_version_of_the_same_article() {
    let mine = labelled(FERRY, &[(4, Label::Fact)]);
    let other = labelled(SAMPLE, &[]);
    let library = [LibraryEntry::of(&mine, NOW), LibraryEntry::of(&other, NOW)];
    let (second, _) = new_version(&mine, Document::new(FERRY.replace("8%", "9%"), NOW), 2);
    let read = |previous: &str| {
        let bytes = export_with(&second, |f| f["document"]["previous"] = json!(previous));
        let mut imported = parse(&bytes).unwrap();
        vet_previous(&library, &mut imported);
        imported
    };
    // Its own previous version: kept, and the library groups the two as one article.
    let kept = read(&mine.doc.id);
    assert_eq!(kept.doc.previous.as_deref(), Some(mine.doc.id.as_str()));
    assert!(kept.warnings.is_empty(), "{:?}", kept.warnings);
    // Another of the reader's articles: it does not take that article over.
    let taken = read(&other.doc.id);
    assert_eq!(taken.doc.previous, None);
    assert!(
        taken.warnings[0].contains(&other.doc.title),
        "{:?}",
        taken.warnings
    );
    // An id the library does not hold.
    let unknown = read("doc-0000");
    assert_eq!(unknown.doc.previous, None);
    assert!(
        unknown.warnings[0].contains("does not hold"),
        "{:?}",
        unknown.warnings
    );
}

#[test]
fn a_stored_value_set_inside_a_character_is_refused_not_sliced() {
    let session = labelled(
        "Café “open” late.\n\nThe owner said so.",
        &[(0, Label::Claim)],
    );
    let text = encode_text(&session.doc);
    // Version 4's JSON, which version 5 records are read into and checked as.
    let doc = &session.doc;
    let record = json!({
        "schema": 4, "id": doc.id, "clock": 1, "updated": NOW, "created": doc.created,
        "title": doc.title,
        "spans": doc.sentences.iter().flat_map(|s| [s.start, s.end]).collect::<Vec<_>>(),
        "paragraphs": doc.paragraphs.iter().map(|p| p.sentences.len()).collect::<Vec<_>>(),
        "labels": "10", "notes": {},
        "stamps": {"bounds": 0, "title": 0, "details": 0, "label": [[0, 1]], "note": []},
    });
    assert!(decode_session(&text, &record.to_string())
        .unwrap()
        .same_content(&session));
    let inside = session.doc.text.find('“').unwrap() + 1;
    for field in ["label_on", "note_on"] {
        let mut crafted = record.clone();
        crafted["stamps"][field] = json!([[0, [[0, inside]]]]);
        let refused = decode_session(&text, &crafted.to_string());
        assert!(
            matches!(&refused, Err(LoadError::Inconsistent(e)) if e.contains("inside a character")),
            "{field}: {refused:?}"
        );
    }
    let mut whole = record.clone();
    whole["stamps"]["label_on"] = json!([[0, [[0, inside - 1]]]]);
    assert!(decode_session(&text, &whole.to_string()).is_ok());
    let mut too_new = record;
    too_new["version"] = json!(MAX_VERSION + 1);
    assert!(matches!(
        decode_session(&text, &too_new.to_string()),
        Err(LoadError::Inconsistent(_))
    ));
}

#[test]
fn an_annotator_named_like_a_formula_is_written_inert_in_the_grading_csv() {
    let key = labelled(FERRY, &[(4, Label::Fact)]);
    let annotators = [
        Annotator::of("Key", &key.doc, &key.labels),
        Annotator::of("=HYPERLINK(\"x\")", &key.doc, &key.labels),
    ];
    let summary = Summary::new(&key.doc.text, &annotators, None, Some(0));
    let (_, grade) = &summary.grades[0];
    for name in ["=HYPERLINK(\"x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
        let csv = grading_csv("=cmd", &[(name, grade)]).unwrap();
        let row = csv.lines().nth(1).unwrap_or_default();
        assert!(
            row.starts_with("\"'") || row.starts_with('\''),
            "{name:?}: {row}"
        );
        assert!(row.contains(",'=cmd,"), "the key's name too: {row}");
    }
    let plain = grading_csv("Key", &[("Ana", grade)]).unwrap();
    assert!(plain.lines().nth(1).unwrap().starts_with("Ana,Key,"));
}

#[test]
fn a_position_of_any_size_is_no_hint_and_the_quote_is_still_read() {
    // Past 64 bits (and so past wasm's 32-bit offsets), in an exponent, below zero, a fraction.
    let huge: Value = serde_json::from_str("18446744073709551616").unwrap();
    for start in [huge, json!(1e30), json!(-5), json!(2.5)] {
        let file = json!({
            "type": "Annotation",
            "body": [{ "type": "TextualBody", "purpose": "tagging", "value": "claim" }],
            "target": { "selector": [
                { "type": "TextPositionSelector", "start": start, "end": 10 },
                { "type": "TextQuoteSelector", "exact": "Fares on the Kestrel Island ferry" },
            ] },
        });
        let found = read_foreign(file.to_string().as_bytes()).expect("the file is read");
        assert_eq!(found.len(), 1, "{start}");
        assert_eq!(found[0].start, None, "{start}");
        assert_eq!(found[0].exact, "Fares on the Kestrel Island ferry");
    }
}

#[test]
fn the_same_orphans_brought_in_twice_are_listed_once() {
    use sift::model::{Annotations, Orphan};
    let session = labelled(FERRY, &[]);
    let orphan = |text: &str| Orphan {
        old_index: None,
        text: text.into(),
        label: Some(Label::Claim),
        note: None,
    };
    let state = State {
        session: Some(session.clone()),
        read_only: false,
    };
    let file = vec![orphan("Gone"), orphan("Also gone"), orphan("Gone")];
    let once = apply(&state, Action::Adopt(session.annotations(), file.clone())).unwrap();
    let listed: Vec<&str> = once
        .session
        .as_ref()
        .unwrap()
        .orphans
        .iter()
        .map(|l| l.orphan.text.as_str())
        .collect();
    assert_eq!(listed, ["Gone", "Also gone"]);
    assert!(
        apply(
            &once,
            Action::Adopt(Annotations::empty(session.doc.len()), file)
        )
        .is_none(),
        "the same file again changes nothing"
    );
}

#[test]
fn two_very_long_sentences_are_diffed_coarsely_in_linear_time() {
    use sift::versions::{word_diff, Piece};
    let words = |from: usize| {
        (from..from + 20_000)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let old = format!("Start here. {} end.", words(0));
    let new = format!("Start here. {} end.", words(1_000_000));
    let pieces = word_diff(&old, &new);
    assert_eq!(pieces[0], Piece::Same("Start here. "));
    assert!(
        matches!(pieces[1], Piece::Removed(t) if t.starts_with("w0 ") && t.ends_with(" w19999"))
    );
    assert!(matches!(pieces[2], Piece::Added(t) if t.starts_with("w1000000 ")));
    assert_eq!(pieces[3], Piece::Same(" end."));
    assert_eq!(pieces.len(), 4);
}
