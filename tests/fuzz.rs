//! Every reader of outside data fed damaged and arbitrary input: other tools' annotation files
//! (read and laid onto a document), stored records, a comparison kept for a tab, and another
//! annotator's export. Each refuses or reads; none panics. (Sift's own import has its own in
//! `import.rs`.)
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use serde_json::json;
use sift::compare::annotator;
use sift::compare::kept::{decode as decode_kept, encode as encode_kept};
use sift::compare::{Annotator, Comparison, ComparisonAction};
use sift::export::{native_json, web_annotations, Stamp};
use sift::foreign::{bring_in, read as read_foreign};
use sift::model::{apply, Action, Document, Label, Session, State};
use sift::schema::{
    decode_session, encode_session, encode_text, read_pack, summary, units, write_pack,
    MAX_UNPACKED,
};

const NOW: &str = "2026-12-07T09:00:00Z";
const TEXT: &str = "Café “open” late\n\nFares rise by 8% from Jan. 5, the operator said. \
                    Mr. Reyes called it unfair. Talks resume in May.\n\n日本語の文。次の文！";
const STAMP: Stamp = Stamp {
    exported_at: NOW,
    modified: NOW,
    generator: "https://sift.example/",
    annotator: None,
};

fn labelled() -> Session {
    let mut state = State {
        session: Some(Session::new(Document::new(TEXT.to_string(), NOW))),
        read_only: false,
    };
    for (i, label) in [(1, Label::Claim), (3, Label::Fact), (4, Label::Context)] {
        state = apply(&state, Action::Select(i)).unwrap();
        state = apply(&state, Action::SetLabel(Some(label))).unwrap();
    }
    state = apply(
        &state,
        Action::SetNote {
            index: 1,
            note: Some("Check “8%”".into()),
        },
    )
    .unwrap();
    state.session.unwrap()
}

/// `raw` damaged: cut at `cut`, then one byte at `at` replaced (positions wrap around).
fn damaged(raw: &str, cut: usize, at: usize, byte: u8) -> Vec<u8> {
    let mut bytes = raw.as_bytes().to_vec();
    bytes.truncate(cut % (bytes.len() + 1));
    if !bytes.is_empty() {
        let at = at % bytes.len();
        bytes[at] = byte;
    }
    bytes
}

/// A W3C page and Hypothesis rows with odd shapes the readers must take or refuse.
fn other_tools_files() -> Vec<String> {
    let session = labelled();
    vec![
        web_annotations(&session, &STAMP),
        json!({ "rows": [
            { "target": [{ "selector": [{ "type": "TextQuoteSelector", "exact": "Talks resume", "prefix": "", "suffix": "" }] }],
              "tags": ["claim", "follow up"], "text": "ask" },
            { "target": [{ "selector": [{ "type": "TextPositionSelector", "start": 1e300, "end": -1 }] }] },
        ] })
        .to_string(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn other_tools_files_damaged_are_read_or_refused_and_laid_on_without_panic(
        which in 0usize..2, cut in 0usize..100_000, at in 0usize..100_000, byte in any::<u8>()
    ) {
        let session = labelled();
        let file = &other_tools_files()[which];
        if let Ok(found) = read_foreign(&damaged(file, cut, at, byte)) {
            let brought = bring_in(&session.doc, &session.labels, &session.notes, &found);
            prop_assert_eq!(brought.labels.len(), session.doc.len());
            prop_assert!(brought.exact + brought.fuzzy <= found.len());
        }
    }

    #[test]
    fn other_tools_readers_never_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let session = labelled();
        if let Ok(found) = read_foreign(&bytes) {
            bring_in(&session.doc, &session.labels, &session.notes, &found);
        }
    }

    #[test]
    fn stored_records_damaged_are_read_whole_or_refused(
        which in 0usize..2, cut in 0usize..20_000, at in 0usize..20_000, byte in any::<u8>()
    ) {
        let session = labelled();
        let (text, record) = (encode_text(&session.doc), encode_session(&session, NOW));
        let (text, record) = match which {
            0 => (String::from_utf8_lossy(&damaged(&text, cut, at, byte)).into_owned(), record),
            _ => (text, String::from_utf8_lossy(&damaged(&record, cut, at, byte)).into_owned()),
        };
        if let Ok(read) = decode_session(&text, &record) {
            prop_assert_eq!(read.labels.len(), read.doc.len());
            prop_assert_eq!(read.notes.len(), read.doc.len());
        }
        let _ = summary(&session.doc.id, &record, |_| None);
    }

    /// Any bytes inside a well-formed version 5 string: a record, a pack, or a pack's bzip2
    /// stream damaged, are read whole or refused, and never unpacked past the limit.
    #[test]
    fn binary_records_and_packs_of_any_bytes_are_read_or_refused(
        bytes in prop::collection::vec(any::<u8>(), 0..3000), at in 0usize..3000, byte in any::<u8>()
    ) {
        let session = labelled();
        let text = encode_text(&session.doc);
        let raw = format!("5|{}", units::encode(&bytes));
        prop_assert_eq!(units::decode(&raw[2..]).unwrap(), bytes.clone());
        if let Ok(read) = decode_session(&text, &raw) {
            prop_assert_eq!(read.labels.len(), read.doc.len());
        }
        let _ = summary(&session.doc.id, &raw, |_| None);
        if let Ok(texts) = read_pack(&raw) {
            prop_assert!(texts.iter().map(|(i, t)| i.len() + t.len()).sum::<usize>() <= MAX_UNPACKED);
        }
        let pack = write_pack(&[(&session.doc.id, &session.doc.text)]);
        let mut packed = units::decode(&pack[2..]).unwrap();
        let i = at % packed.len();
        packed[i] ^= byte | 1;
        if let Ok(texts) = read_pack(&format!("5|{}", units::encode(&packed))) {
            prop_assert!(texts.len() <= 1);
        }
    }

    #[test]
    fn a_kept_comparison_damaged_comes_back_whole_or_not_at_all(
        cut in 0usize..20_000, at in 0usize..20_000, byte in any::<u8>()
    ) {
        let session = labelled();
        let you = Annotator::of("You", &session.doc, &session.labels);
        let comparison = Comparison::default().apply(ComparisonAction::Add(vec![you.clone(), you]));
        let raw = encode_kept(&comparison, &session.doc.text);
        let raw = String::from_utf8_lossy(&damaged(&raw, cut, at, byte)).into_owned();
        if let Some(back) = decode_kept(&raw, &session.doc.text) {
            prop_assert!(back.annotators.len() <= 2);
        }
    }

    #[test]
    fn another_annotators_export_damaged_is_read_or_refused(
        cut in 0usize..20_000, at in 0usize..20_000, byte in any::<u8>()
    ) {
        let session = labelled();
        let file = damaged(&native_json(&session, NOW, None), cut, at, byte);
        let _ = annotator(&file, "other.json", &session.doc);
    }
}
