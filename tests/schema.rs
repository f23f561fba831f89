//! The stored format: round trips, every shipped version's fixture, migrations, and unreadable data.

use std::rc::Rc;

use sift::model::{Annotations, Details, Document, Label};
use sift::schema::{
    decode_annotations, decode_document, encode_annotations, encode_document, LoadError,
    SCHEMA_VERSION,
};

const TEXT: &str = "Bridge vote tonight\n\nCllr. Haddad called it “a victory.” Critics said no.\n";

fn doc() -> Document {
    Document::new(TEXT.to_string(), "2026-11-26T10:00:00Z")
}

fn fixture_texts(doc: &Document) -> Vec<&str> {
    (0..doc.len()).map(|i| doc.sentence_text(i)).collect()
}

#[test]
fn a_document_and_its_annotations_survive_a_round_trip() {
    let doc = doc();
    let back = decode_document(&encode_document(&doc)).unwrap();
    assert_eq!(back, doc);
    let labels = vec![None, Some(Label::Claim), Some(Label::Context)];
    let notes: Vec<Option<Rc<str>>> =
        vec![None, Some("Ask the clerk “why”\nand when".into()), None];
    let raw = encode_annotations(&doc.id, &labels, &notes, "2026-11-26T10:05:00Z");
    assert_eq!(
        decode_annotations(&raw, &back).unwrap(),
        Annotations { labels, notes }
    );
}

#[test]
fn annotations_are_stored_compactly_without_copies_of_the_text() {
    let notes = vec![None, None, Some("n".into()), None];
    let raw = encode_annotations(
        "doc-1",
        &[
            None,
            Some(Label::Claim),
            Some(Label::Fact),
            Some(Label::Context),
        ],
        &notes,
        "t",
    );
    assert!(raw.contains("\"labels\":\"0123\""), "{raw}");
    assert!(
        raw.contains("\"notes\":{\"2\":\"n\"}"),
        "only sentences with notes are stored: {raw}"
    );
}

#[test]
fn schema_1_fixture_still_loads_through_the_migration() {
    let doc =
        decode_document(include_str!("fixtures/stored-v1-doc.json")).expect("v1 document loads");
    assert_eq!(doc.title, "Harbour trust names new chair");
    assert_eq!(
        fixture_texts(&doc),
        [
            "Harbour trust names new chair",
            "Dr. Mei Lin takes over in Jan. 2027.",
            "She replaces Mr. Otto Berg."
        ]
    );
    assert_eq!(doc.paragraphs.len(), 2);
    let Annotations { labels, notes } =
        decode_annotations(include_str!("fixtures/stored-v1-labels.json"), &doc)
            .expect("v1 labels load");
    assert_eq!(labels, [Some(Label::Context), Some(Label::Fact), None]);
    assert_eq!(notes, [None, None, None], "version 1 had no notes");
}

#[test]
fn schema_2_fixture_loads_with_its_notes() {
    let doc =
        decode_document(include_str!("fixtures/stored-v2-doc.json")).expect("v2 document loads");
    let Annotations { labels, notes } =
        decode_annotations(include_str!("fixtures/stored-v2-labels.json"), &doc)
            .expect("v2 annotations load");
    assert_eq!(labels, [Some(Label::Context), Some(Label::Claim), None]);
    assert_eq!(
        notes[1].as_deref(),
        Some("Check the trust's own announcement")
    );
    assert_eq!(notes[2].as_deref(), Some("Who confirmed this?"));
}

#[test]
fn schema_3_fixture_loads_with_its_source_and_language() {
    assert_eq!(
        SCHEMA_VERSION, 3,
        "a new version needs its own fixture and migration test"
    );
    let doc =
        decode_document(include_str!("fixtures/stored-v3-doc.json")).expect("v3 document loads");
    assert_eq!(
        doc.details,
        Details {
            url: Some("https://harbour.example/news/new-chair".into()),
            language: Some("en-GB".into()),
        }
    );
    assert_eq!(
        fixture_texts(&doc)[1],
        "Dr. Mei Lin takes over in Jan. 2027."
    );
    let Annotations { labels, notes } =
        decode_annotations(include_str!("fixtures/stored-v3-labels.json"), &doc)
            .expect("v3 annotations load");
    assert_eq!(
        labels,
        [Some(Label::Context), Some(Label::Claim), Some(Label::Fact)]
    );
    assert_eq!(notes[0].as_deref(), Some("Headline only"));
}

#[test]
fn older_documents_have_no_source_or_language() {
    for raw in [
        include_str!("fixtures/stored-v1-doc.json"),
        include_str!("fixtures/stored-v2-doc.json"),
    ] {
        assert_eq!(decode_document(raw).unwrap().details, Details::default());
    }
}

#[test]
fn a_document_with_details_round_trips() {
    let mut doc = doc();
    doc.details = Details::new(" https://news.example/a?b=1 ", "fr").unwrap();
    assert_eq!(decode_document(&encode_document(&doc)).unwrap(), doc);
}

#[test]
fn a_note_written_twice_for_one_sentence_is_refused() {
    let doc = doc();
    let raw = format!(
        r#"{{"schema":3,"id":"{}","updated":"t","labels":"000","notes":{{"1":"a","1":"b"}}}}"#,
        doc.id
    );
    assert_eq!(
        decode_annotations(&raw, &doc),
        Err(LoadError::WrongShape("notes: duplicate key `1`".into()))
    );
}

#[test]
fn unreadable_data_is_an_error_value_never_a_panic() {
    let valid = encode_document(&doc());
    assert!(matches!(decode_document(""), Err(LoadError::NotJson(_))));
    assert!(matches!(
        decode_document(&valid[..valid.len() / 2]),
        Err(LoadError::NotJson(_))
    ));
    assert!(matches!(
        decode_document("[1,2]"),
        Err(LoadError::WrongShape(_))
    ));
    assert!(matches!(
        decode_document(r#"{"schema":0}"#),
        Err(LoadError::WrongShape(_))
    ));
    assert!(matches!(
        decode_document(r#"{"schema":2,"id":"x"}"#),
        Err(LoadError::WrongShape(_))
    ));
    assert!(matches!(
        decode_document(r#"{"schema":7,"text":"future"}"#),
        Err(LoadError::NewerVersion(7))
    ));
    let out_of_range = valid.replace("\"spans\":[0,", "\"spans\":[0,9999,");
    assert!(
        matches!(
            decode_document(&out_of_range),
            Err(LoadError::Inconsistent(_))
        ),
        "{out_of_range}"
    );
    // The “ is three bytes: an offset inside it cuts a character.
    let quote = TEXT.find('“').unwrap() + 1;
    let split_char = valid.replacen("\"spans\":[0,19", &format!("\"spans\":[0,{quote}"), 1);
    assert!(
        matches!(
            decode_document(&split_char),
            Err(LoadError::Inconsistent(_))
        ),
        "{split_char}"
    );
}

#[test]
fn annotations_that_do_not_fit_the_document_are_rejected() {
    let doc = doc();
    let none = vec![None; 3];
    let too_few = encode_annotations(&doc.id, &[None], &[None], "t");
    assert!(matches!(
        decode_annotations(&too_few, &doc),
        Err(LoadError::Inconsistent(_))
    ));
    let other_doc = encode_annotations("doc-other", &[None, None, None], &none, "t");
    assert!(matches!(
        decode_annotations(&other_doc, &doc),
        Err(LoadError::Inconsistent(_))
    ));
    let bad_code = format!(
        r#"{{"schema":2,"id":"{}","updated":"t","labels":"0x0","notes":{{}}}}"#,
        doc.id
    );
    assert!(matches!(
        decode_annotations(&bad_code, &doc),
        Err(LoadError::Inconsistent(_))
    ));
    let stray_note = format!(
        r#"{{"schema":2,"id":"{}","updated":"t","labels":"000","notes":{{"9":"x"}}}}"#,
        doc.id
    );
    assert!(matches!(
        decode_annotations(&stray_note, &doc),
        Err(LoadError::Inconsistent(_))
    ));
}

#[test]
fn the_library_list_round_trips_newest_first_and_upserts_by_id() {
    use sift::model::Session;
    use sift::schema::{decode_library, encode_library, upsert, LibraryEntry};
    let session = Session::new(doc());
    let old = LibraryEntry::of(&session, "2026-11-20T08:00:00Z");
    let mut other = old.clone();
    other.id = "doc-other".into();
    other.updated = "2026-11-25T08:00:00Z".into();
    let list = upsert(std::slice::from_ref(&old), other.clone());
    assert_eq!(
        decode_library(&encode_library(&list)).unwrap(),
        [other.clone(), old.clone()]
    );
    let mut renamed = old.clone();
    renamed.title = "Renamed".into();
    renamed.updated = "2026-11-26T08:00:00Z".into();
    let list = upsert(&list, renamed.clone());
    assert_eq!(list, [renamed, other]);
    assert_eq!((old.sentences, old.labelled()), (3, 0));
    assert!(matches!(
        decode_library(r#"{"schema":1,"docs":[]}"#),
        Err(LoadError::WrongShape(_))
    ));
    assert!(matches!(
        decode_library("{\"schema\":2"),
        Err(LoadError::NotJson(_))
    ));
}
