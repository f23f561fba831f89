//! The workspace's decisions: what a paste is to the library, whether a file read for one
//! document may still act on the one open now, and what the reader is told.

use sift::foreign::BroughtIn;
use sift::model::{Document, Label, Session, GOLD_SUFFIX};
use sift::schema::LibraryEntry;
use sift::versions::new_version;
use sift::workspace::{
    brought_message, carried_message, needs_sketch, pasted, Pasted, Recognised, Target,
};

const NOW: &str = "2026-12-07T09:00:00Z";
const FERRY: &str = include_str!("e2e/articles/ferry-fares.txt");
const SAMPLE: &str = include_str!("../assets/sample-article.txt");

fn doc(text: &str) -> Document {
    Document::new(text.to_string(), NOW)
}

fn entry(session: &Session) -> LibraryEntry {
    LibraryEntry::of(session, NOW)
}

/// The ferry article as a newsroom corrects it.
fn corrected() -> String {
    FERRY.replace("8%", "9%") + "\nUpdate: the council will discuss the fares on Thursday.\n"
}

#[test]
fn a_paste_is_a_stored_document_a_new_version_of_one_or_a_new_article() {
    let ferry = Session::new(doc(FERRY));
    let sample = Session::new(doc(SAMPLE));
    let library = [entry(&sample), entry(&ferry)];

    assert_eq!(pasted(&library, &doc(FERRY)), Pasted::Stored);
    assert_eq!(
        pasted(&library, &doc(&corrected())),
        Pasted::Resembles(Recognised {
            current: ferry.doc.id.clone(),
            title: ferry.doc.title.clone(),
            number: 2,
        })
    );
    let unrelated = "A storm closed the harbour on Friday, and every ferry stayed in port.";
    assert_eq!(pasted(&library, &doc(unrelated)), Pasted::New);
    assert_eq!(pasted(&[], &doc(FERRY)), Pasted::New);
}

#[test]
fn a_new_version_is_numbered_after_the_articles_highest_and_made_from_its_current_one() {
    let first = Session::new(doc(FERRY));
    let (second, _) = new_version(&first, doc(&corrected()), 2);
    let library = [entry(&second), entry(&first)];
    let again = corrected() + "A third correction came on Friday.\n";
    let Pasted::Resembles(found) = pasted(&library, &doc(&again)) else {
        panic!("the third version is recognised");
    };
    assert_eq!(found.number, 3);
    assert_eq!(found.current, second.doc.id);
}

#[test]
fn gold_versions_and_documents_stored_without_a_sketch_are_not_compared_with_a_paste() {
    let ferry = Session::new(doc(FERRY));
    let mut gold = entry(&ferry);
    gold.id = format!("{}{GOLD_SUFFIX}", ferry.doc.id);
    assert!(!needs_sketch(&gold), "a gold version is never compared");
    assert_eq!(pasted(&[gold], &doc(&corrected())), Pasted::New);

    let mut old = entry(&ferry);
    old.sketch.clear();
    assert!(needs_sketch(&old), "read from storage first");
    assert_eq!(pasted(&[old.clone()], &doc(&corrected())), Pasted::New);
    old.sketch = ferry.doc.sketch.to_vec();
    assert!(!needs_sketch(&old));
    assert!(matches!(
        pasted(&[old], &doc(&corrected())),
        Pasted::Resembles(_)
    ));
}

#[test]
fn a_comparison_started_on_one_article_applies_to_it_and_its_gold_version_only() {
    let ferry = Session::new(doc(FERRY));
    let target = Target::of(&ferry);
    assert!(target.compares(Some(&ferry)).is_ok());

    let mut gold_doc = doc(FERRY);
    gold_doc.id = format!("{}{GOLD_SUFFIX}", ferry.doc.id);
    assert!(target.compares(Some(&Session::new(gold_doc))).is_ok());

    let sample = Session::new(doc(SAMPLE));
    let refused = target.compares(Some(&sample)).unwrap_err();
    assert!(
        refused.contains(&format!("“{}”", ferry.doc.title)),
        "{refused}"
    );
    assert!(refused.contains("no longer open"), "{refused}");
    assert!(target.compares(None).is_err(), "back on the start page");
}

#[test]
fn annotations_read_for_one_document_are_laid_onto_that_document_only() {
    let ferry = Session::new(doc(FERRY));
    let target = Target::of(&ferry);
    assert!(target.annotates(Some(&ferry), "notes.json").is_ok());
    // Another article with as many sentences is still another article.
    let other = Session::new(doc(&FERRY.replace("ferry", "barge")));
    let refused = target.annotates(Some(&other), "notes.json").unwrap_err();
    assert!(refused.contains("“notes.json”"), "{refused}");
    assert!(refused.contains("Nothing was changed"), "{refused}");
    assert!(target.annotates(None, "notes.json").is_err());
}

#[test]
fn the_reader_is_told_what_carried_over_and_how_a_file_anchored() {
    let mut old = Session::new(doc(FERRY));
    std::rc::Rc::make_mut(&mut old.content.labels)[0] = Some(Label::Claim);
    let found = Recognised {
        current: old.doc.id.clone(),
        title: "Ferry fares".into(),
        number: 2,
    };
    let (_, carried) = new_version(&old, doc(&corrected()), 2);
    assert_eq!(
        carried_message(&found, &carried),
        "This is version 2 of “Ferry fares”: 1 label and no notes carried over; no orphans waiting for a sentence."
    );
    let brought = BroughtIn {
        labels: vec![],
        notes: vec![],
        exact: 3,
        fuzzy: 1,
        orphans: vec![],
        cut: 0,
    };
    assert_eq!(
        brought_message("h.json", 5, &brought),
        "“h.json”: 5 annotations, 3 anchored exactly, 1 fuzzily and 1 not at all. 0 waiting for a sentence under Orphans."
    );
}
