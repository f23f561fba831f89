//! The W3C Web Annotation export checked against the Web Annotation Data Model (W3C
//! Recommendation, 23 February 2017): each assertion is one of its MUSTs or SHOULDs, for the
//! collection, its page and every annotation, on exports with and without labels, and across
//! a split.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use sift::export::{web_annotations, Stamp};
use sift::model::{apply, Action, Details, Document, Label, Session, State};

const STAMP: Stamp = Stamp {
    exported_at: "2026-11-26T10:00:00Z",
    modified: "2026-11-26T09:30:00Z",
    generator: "https://sift.example/app/",
    annotator: None,
};

const TEXT: &str = "Port strike ends\n\n“We won,” said Ana Ruiz. Ships sailed at 6 a.m. on Monday. Café 🙂 owners cheered.";

fn run(session: Session, actions: Vec<Action>) -> Session {
    let mut state = State {
        session: Some(session),
        read_only: false,
    };
    for action in actions {
        state = apply(&state, action).unwrap_or(state);
    }
    state.session.unwrap()
}

fn labelled() -> Session {
    let doc = Document::new(TEXT.to_string(), "2026-11-25T09:00:00Z");
    run(
        Session::new(doc),
        vec![
            Action::Select(1),
            Action::SetLabel(Some(Label::Claim)),
            Action::SetNote {
                index: 1,
                note: Some("Union press release".into()),
            },
            Action::Select(2),
            Action::SetLabel(Some(Label::Fact)),
            Action::SetNote {
                index: 3,
                note: Some("Which owners?".into()),
            },
        ],
    )
}

fn export(session: &Session) -> Value {
    serde_json::from_str(&web_annotations(session, &STAMP)).unwrap()
}

/// An absolute IRI: a scheme, a colon, and no spaces.
fn is_iri(value: &Value) -> bool {
    let Some(s) = value.as_str() else {
        return false;
    };
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+.-".contains(c))
        && !rest.is_empty()
        && !s.chars().any(char::is_whitespace)
}

/// xsd:dateTime in UTC, written with "Z".
fn is_utc_datetime(value: &Value) -> bool {
    let s = value.as_str().unwrap_or_default();
    s.len() == 20 && s.ends_with('Z') && s.as_bytes()[10] == b'T'
}

fn code_points(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn items(collection: &Value) -> &Vec<Value> {
    collection["first"]["items"].as_array().unwrap()
}

#[test]
fn the_collection_meets_the_model() {
    let c = export(&labelled());
    // 5.1: @context includes anno.jsonld; exactly one IRI; AnnotationCollection among its types.
    assert_eq!(c["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert!(is_iri(&c["id"]), "{}", c["id"]);
    assert_eq!(c["type"], "AnnotationCollection");
    // SHOULD: a label (a string) and a total (a non-negative integer).
    assert_eq!(c["label"], "Port strike ends");
    assert_eq!(c["total"], 3);
    // A collection with a total over 0 MUST have exactly one first page.
    assert!(c["first"].is_object());
    // SHOULD: the last page's IRI.
    assert_eq!(c["last"], c["first"]["id"]);
    assert!(is_utc_datetime(&c["generated"]));
}

#[test]
fn the_embedded_page_meets_the_model() {
    let c = export(&labelled());
    let page = &c["first"];
    // 5.2: a page MUST have exactly one IRI and the AnnotationPage type, even when embedded.
    assert!(is_iri(&page["id"]), "{}", page["id"]);
    assert_ne!(page["id"], c["id"]);
    assert_eq!(page["type"], "AnnotationPage");
    // An embedded page SHOULD NOT have an @context; SHOULD be partOf its collection.
    assert!(page.get("@context").is_none());
    assert_eq!(page["partOf"], c["id"]);
    // MUST have an array of 1 or more annotations; startIndex SHOULD be given, 0 for the first.
    assert_eq!(items(&c).len(), 3);
    assert_eq!(page["startIndex"], 0);
    // The only page: no next.
    assert!(page.get("next").is_none());
}

#[test]
fn every_annotation_meets_the_model() {
    let session = labelled();
    let c = export(&session);
    let mut ids = Vec::new();
    for a in items(&c) {
        // 3.1: exactly one IRI, the Annotation type, one or more targets.
        assert!(is_iri(&a["id"]), "{}", a["id"]);
        ids.push(a["id"].as_str().unwrap().to_string());
        assert_eq!(a["type"], "Annotation");
        // 3.3: created and modified, xsd:dateTime in UTC; a generator that is Software with an IRI.
        assert_eq!(a["created"], "2026-11-25T09:00:00Z");
        assert_eq!(a["modified"], STAMP.modified);
        assert_eq!(a["generator"]["id"], STAMP.generator);
        assert_eq!(a["generator"]["type"], "Software");
        assert_eq!(a["generator"]["name"], "Sift");

        let bodies = a["body"].as_array().unwrap();
        assert!(!bodies.is_empty());
        for body in bodies {
            // 3.2.4: an embedded textual body has exactly one value; its format is the media type.
            assert_eq!(body["type"], "TextualBody");
            assert!(body["value"].is_string());
            assert_eq!(body["format"], "text/plain");
            assert!(["classifying", "commenting"].contains(&body["purpose"].as_str().unwrap()));
        }
        // Labels are classifying everywhere: the motivation and the label's body agree.
        let label = bodies.iter().find(|b| b["purpose"] == "classifying");
        match label {
            Some(label) => {
                assert_eq!(a["motivation"], "classifying");
                assert!(Label::from_name(label["value"].as_str().unwrap()).is_some());
            }
            None => assert_eq!(a["motivation"], "commenting"),
        }

        // 4.1: a specific resource with exactly one source, whose format is given.
        let target = &a["target"];
        assert_eq!(target["type"], "SpecificResource");
        assert!(is_iri(&target["source"]["id"]));
        assert_eq!(target["source"]["format"], "text/plain");
        // 4.2.4 and 4.2.5: the quote and the position select the same text, in code points.
        let selectors = target["selector"].as_array().unwrap();
        let quote = selectors
            .iter()
            .find(|s| s["type"] == "TextQuoteSelector")
            .unwrap();
        let position = selectors
            .iter()
            .find(|s| s["type"] == "TextPositionSelector")
            .unwrap();
        let (start, end) = (
            position["start"].as_u64().unwrap() as usize,
            position["end"].as_u64().unwrap() as usize,
        );
        assert!(start < end);
        assert_eq!(quote["exact"], code_points(TEXT, start, end));
        let prefix = quote["prefix"].as_str().unwrap();
        let suffix = quote["suffix"].as_str().unwrap();
        assert!(code_points(TEXT, 0, start).ends_with(prefix));
        assert!(code_points(TEXT, end, TEXT.chars().count()).starts_with(suffix));
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "every annotation has its own id");
}

#[test]
fn with_nothing_labelled_there_is_no_page() {
    let doc = Document::new(TEXT.to_string(), "2026-11-25T09:00:00Z");
    let c = export(&Session::new(doc));
    assert_eq!(c["total"], 0);
    assert!(
        c.get("first").is_none(),
        "a page MUST hold 1 or more annotations"
    );
    assert!(c.get("last").is_none());
    assert!(is_iri(&c["id"]));
}

#[test]
fn the_text_is_named_by_its_digest_or_by_the_url_the_reader_gave() {
    // RFC 6920's ni IRI: SHA-256 of the text, base64url without padding. SHA-256("abc") is the
    // FIPS 180-2 test vector ba7816bf…f20015ad.
    let abc = run(
        Session::new(Document::new("abc".into(), "2026-11-25T09:00:00Z")),
        vec![Action::Select(0), Action::SetLabel(Some(Label::Fact))],
    );
    assert_eq!(
        items(&export(&abc))[0]["target"]["source"]["id"],
        "ni:///sha-256;ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"
    );

    let details = Details::new("https://news.example/strike", "en").unwrap();
    let with_url = run(labelled(), vec![Action::SetDetails(details)]);
    let c = export(&with_url);
    for a in items(&c) {
        assert_eq!(a["target"]["source"]["id"], "https://news.example/strike");
        assert_eq!(a["target"]["source"]["language"], "en");
    }
}

#[test]
fn annotation_ids_survive_a_split_a_merge_and_a_re_export() {
    let before = labelled();
    let first = export(&before);
    let id_of = |c: &Value, exact: &str| -> Option<String> {
        items(c)
            .iter()
            .find(|a| a["target"]["selector"][0]["exact"] == exact)
            .map(|a| a["id"].as_str().unwrap().to_string())
    };
    assert_eq!(export(&before), first, "the same export twice is identical");

    // Split "“We won,” said Ana Ruiz." after the quote: the first half keeps the id, the second
    // half is a new annotation with an id never used before.
    let at = TEXT.find(" said").unwrap();
    let split = run(before.clone(), vec![Action::Split { index: 1, at }]);
    let after = export(&split);
    let kept = id_of(&after, "“We won,”").unwrap();
    assert_eq!(Some(kept), id_of(&first, "“We won,” said Ana Ruiz."));
    let new = id_of(&after, "said Ana Ruiz.").unwrap();
    assert!(items(&first).iter().all(|a| a["id"] != new.as_str()));
    // The fact after it is still the same annotation, though its index moved from 2 to 3.
    let fact = "Ships sailed at 6 a.m. on Monday.";
    assert_eq!(id_of(&after, fact), id_of(&first, fact));

    // Merging the halves back gives the sentence its first id again.
    let merged = run(split, vec![Action::Select(1), Action::MergeWithNext]);
    assert_eq!(
        id_of(&export(&merged), "“We won,” said Ana Ruiz."),
        id_of(&first, "“We won,” said Ana Ruiz.")
    );
}

#[test]
fn two_readers_of_one_article_do_not_share_annotation_ids() {
    let other_reader = Document::new(TEXT.to_string(), "2026-11-26T08:00:00Z");
    let theirs = run(
        Session::new(other_reader),
        vec![Action::Select(1), Action::SetLabel(Some(Label::Claim))],
    );
    let mine = export(&labelled());
    let theirs = export(&theirs);
    assert_eq!(
        items(&mine)[0]["target"]["source"],
        items(&theirs)[0]["target"]["source"],
        "the same text"
    );
    assert_ne!(items(&mine)[0]["id"], items(&theirs)[0]["id"]);
}
