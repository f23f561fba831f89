//! The stored format: round trips, every shipped version's fixture, and unreadable data.

use sift::model::{Document, Label};
use sift::schema::{decode_document, decode_labels, encode_document, encode_labels, LoadError};

const TEXT: &str = "Bridge vote tonight\n\nCllr. Haddad called it “a victory.” Critics said no.\n";

fn doc() -> Document {
    Document::new(TEXT.to_string(), "2026-11-26T10:00:00Z")
}

#[test]
fn a_document_and_its_labels_survive_a_round_trip() {
    let doc = doc();
    let back = decode_document(&encode_document(&doc)).unwrap();
    assert_eq!(back, doc);
    let labels = vec![None, Some(Label::Claim), Some(Label::Context)];
    let raw = encode_labels(&doc.id, &labels, "2026-11-26T10:05:00Z");
    assert_eq!(decode_labels(&raw, &back).unwrap(), labels);
}

#[test]
fn labels_are_stored_compactly_without_copies_of_the_text() {
    let raw = encode_labels(
        "doc-1",
        &[
            None,
            Some(Label::Claim),
            Some(Label::Fact),
            Some(Label::Context),
        ],
        "t",
    );
    assert!(raw.contains("\"labels\":\"0123\""), "{raw}");
}

#[test]
fn schema_1_fixture_still_loads() {
    let doc =
        decode_document(include_str!("fixtures/stored-v1-doc.json")).expect("v1 document loads");
    assert_eq!(doc.title, "Harbour trust names new chair");
    let texts: Vec<&str> = (0..doc.len()).map(|i| doc.sentence_text(i)).collect();
    assert_eq!(
        texts,
        [
            "Harbour trust names new chair",
            "Dr. Mei Lin takes over in Jan. 2027.",
            "She replaces Mr. Otto Berg."
        ]
    );
    assert_eq!(doc.paragraphs.len(), 2);
    let labels = decode_labels(include_str!("fixtures/stored-v1-labels.json"), &doc)
        .expect("v1 labels load");
    assert_eq!(labels, [Some(Label::Context), Some(Label::Fact), None]);
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
        decode_document(r#"{"schema":1,"id":"x"}"#),
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
fn labels_that_do_not_fit_the_document_are_rejected() {
    let doc = doc();
    let too_few = encode_labels(&doc.id, &[None], "t");
    assert!(matches!(
        decode_labels(&too_few, &doc),
        Err(LoadError::Inconsistent(_))
    ));
    let other_doc = encode_labels("doc-other", &[None, None, None], "t");
    assert!(matches!(
        decode_labels(&other_doc, &doc),
        Err(LoadError::Inconsistent(_))
    ));
    let bad_code = format!(
        r#"{{"schema":1,"id":"{}","updated":"t","labels":"0x0"}}"#,
        doc.id
    );
    assert!(matches!(
        decode_labels(&bad_code, &doc),
        Err(LoadError::Inconsistent(_))
    ));
}
