//! The stored format: version 5 round trips, packs, every shipped version's fixture, records
//! that do not fit each other, unreadable data, and the library lines read from the records.
#![cfg(not(target_arch = "wasm32"))]

use sift::model::{apply, Action, Details, Document, Label, Session, State};
use sift::schema::{
    backed_up_key, backup_key, decode_annotations, decode_any, decode_document, decode_record,
    decode_session, encode_session, encode_text, pack_key, read_pack, summary, text_in_pack,
    text_key, write_pack, LibraryEntry, LoadError, SCHEMA_VERSION,
};

/// `decode_any` over a storage holding `stored` (key and value each).
fn load(id: &str, record: &str, stored: &[(String, String)]) -> Result<Session, LoadError> {
    let get = |key: &str| {
        stored
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    decode_any(id, record, get, |pack| {
        let pack = pack.ok_or(LoadError::Inconsistent("no text".into()))?;
        let raw = get(&pack_key(pack)).ok_or(LoadError::Inconsistent("no pack".into()))?;
        Ok((pack.to_string(), text_in_pack(&read_pack(&raw)?, id)?))
    })
}

const TEXT: &str = "Bridge vote tonight\n\nCllr. Haddad called it “a victory.” Critics said no.\n";

fn edited() -> Session {
    let doc = Document::new(TEXT.to_string(), "2026-11-26T10:00:00Z");
    let mut state = State {
        session: Some(Session::new(doc)),
        read_only: false,
    };
    let at = TEXT.find(" called").unwrap();
    for action in [
        Action::Select(1),
        Action::SetLabel(Some(Label::Claim)),
        Action::SetNote {
            index: 2,
            note: Some("Ask the clerk “why”\nand when".into()),
        },
        Action::Split { index: 1, at },
        Action::Rename("Bridge vote".into()),
        Action::SetDetails(Details::new("https://news.example/bridge", "en").unwrap()),
    ] {
        state = apply(&state, action).unwrap_or(state);
    }
    state.session.unwrap()
}

fn texts(session: &Session) -> Vec<&str> {
    (0..session.doc.len())
        .map(|i| session.doc.sentence_text(i))
        .collect()
}

#[test]
fn a_session_survives_a_round_trip_with_its_stamps() {
    let session = edited();
    let back = decode_session(
        &encode_text(&session.doc),
        &encode_session(&session, "2026-11-26T10:05:00Z"),
    )
    .unwrap();
    assert!(back.same_content(&session));
    assert_eq!(back.clock, session.clock);
    assert_eq!(back.doc.title, "Bridge vote");
    assert_eq!(
        texts(&back),
        [
            "Bridge vote tonight",
            "Cllr. Haddad",
            "called it “a victory.”",
            "Critics said no."
        ]
    );
    assert_eq!(back.labels[1..3], [Some(Label::Claim), Some(Label::Claim)]);
}

#[test]
fn a_fully_labelled_news_article_takes_a_few_hundred_units_beside_its_packed_text() {
    // About 4 KB of news in 40 sentences of five paragraphs, every one labelled: what 5,000
    // articles must each fit in (943 UTF-16 units with 10% of the quota free).
    let sentence = |i: usize| {
        format!("The council said on Tuesday that plan number {i} would cost about {} million dollars over ten years. ", i * 7)
    };
    let text: String = (0..40)
        .map(|i| sentence(i) + if i % 8 == 7 { "\n\n" } else { "" })
        .collect();
    let doc = Document::new(text, "2026-12-07T20:00:00.000Z");
    let mut state = State {
        session: Some(Session::new(doc)),
        read_only: false,
    };
    for i in 0..40 {
        for action in [Action::Select(i), Action::SetLabel(Some(Label::ALL[i % 3]))] {
            state = apply(&state, action).unwrap_or(state);
        }
    }
    let session = state.session.unwrap();
    assert_eq!(session.doc.len(), 40);
    let record = encode_session(&session, "2026-12-07T20:05:00.000Z");
    let units = record.encode_utf16().count();
    // With a text packed in a third of its room (1,300 units) and its key (30), well under the
    // 943 each of 5,000 articles may take.
    assert!(units < 300, "{units} units for the changing record");
    assert!(!record.contains("council"), "the text is not in the record");
    let back = decode_session(&encode_text(&session.doc), &record).unwrap();
    assert!(back.same_content(&session));
    assert_eq!(back.stamps, session.stamps);
}

#[test]
fn texts_packed_together_come_back_each_by_its_id_in_a_third_of_their_room() {
    let texts: Vec<(String, String)> = (0..64)
        .map(|n| {
            let text = format!("Report {n}. The mayor said the budget for {n} schools would grow. Critics disagreed, and the vote was delayed until {n} March.");
            (sift::model::document_id(&text), text)
        })
        .collect();
    let pairs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(i, t)| (i.as_str(), t.as_str()))
        .collect();
    let pack = write_pack(&pairs);
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    assert!(
        pack.encode_utf16().count() * 3 < bytes,
        "{} units for {bytes} bytes",
        pack.len()
    );
    let back = read_pack(&pack).unwrap();
    assert_eq!(back, texts);
    assert_eq!(text_in_pack(&back, &texts[9].0).unwrap(), texts[9].1);
    assert!(text_in_pack(&back, "doc-0").is_err());
}

#[test]
fn a_record_is_never_read_onto_another_documents_text() {
    let session = edited();
    let record = encode_session(&session, "t");
    let other = Document::new("Another article entirely.".into(), "t");
    assert!(matches!(
        decode_session(&encode_text(&other), &record),
        Err(LoadError::Inconsistent(_))
    ));
    assert!(matches!(
        decode_record(&record, other.text.clone()),
        Err(LoadError::Inconsistent(_))
    ));
    // A record whose text record is missing is not read as empty.
    assert!(matches!(
        load(&session.doc.id, &record, &[]),
        Err(LoadError::Inconsistent(_))
    ));
}

#[test]
fn schema_5_fixture_loads_from_its_pack_as_the_version_4_record_it_was_made_of() {
    assert_eq!(
        SCHEMA_VERSION, 5,
        "a new version needs its own fixture and migration test"
    );
    let v4 = decode_session(
        include_str!("fixtures/stored-v4-text.json"),
        include_str!("fixtures/stored-v4-doc.json"),
    )
    .unwrap();
    let record = include_str!("fixtures/stored-v5-doc.txt");
    let stored = [(
        pack_key("fixture-pack"),
        include_str!("fixtures/stored-v5-pack.txt").to_string(),
    )];
    let v5 = load(&v4.doc.id, record, &stored).expect("v5 loads");
    assert_eq!(v5.doc.pack.as_deref(), Some("fixture-pack"));
    let mut doc = (*v5.doc).clone();
    doc.pack = None;
    assert_eq!(doc, *v4.doc);
    assert_eq!((&v5.labels, &v5.notes), (&v4.labels, &v4.notes));
    assert_eq!((&v5.stamps, v5.clock), (&v4.stamps, v4.clock));
    assert_eq!(v5.doc.sketch, v4.doc.sketch);
    // A text of its own, saved after the pack (another tab deleted it meanwhile), is read first.
    let own = [
        stored[0].clone(),
        (text_key(&v4.doc.id), encode_text(&v4.doc)),
    ];
    assert_eq!(load(&v4.doc.id, record, &own).unwrap().labels, v4.labels);
    // Without its pack, it is not read as empty.
    assert!(matches!(
        load(&v4.doc.id, record, &[]),
        Err(LoadError::Inconsistent(_))
    ));
    let line = summary(&v4.doc.id, record, |_| None).unwrap();
    assert_eq!(
        (line.sentences, line.pack.as_deref()),
        (4, Some("fixture-pack"))
    );
}

#[test]
fn schema_4_fixture_loads_with_its_stamps() {
    let session = decode_session(
        include_str!("fixtures/stored-v4-text.json"),
        include_str!("fixtures/stored-v4-doc.json"),
    )
    .expect("v4 loads");
    assert_eq!(session.doc.title, "New chair for the harbour trust");
    assert_eq!(
        texts(&session),
        [
            "Harbour trust names new chair",
            "Dr. Mei Lin takes",
            "over in Jan. 2027.",
            "She replaces Mr. Otto Berg."
        ]
    );
    assert_eq!(
        *session.labels,
        [
            Some(Label::Context),
            Some(Label::Claim),
            Some(Label::Fact),
            None
        ]
    );
    assert_eq!(session.note(1), Some("Check the trust's own announcement"));
    assert_eq!(
        (
            session.stamps.label.clone(),
            session.stamps.bounds,
            session.clock
        ),
        (vec![1, 3, 3, 0], 5, 7)
    );
    assert_eq!(session.doc.details.language.as_deref(), Some("en-GB"));
}

#[test]
fn schema_1_to_3_fixtures_still_load() {
    let v1 = load(
        "doc-1",
        include_str!("fixtures/stored-v1-doc.json"),
        &[(
            "sift.labels.doc-1".into(),
            include_str!("fixtures/stored-v1-labels.json").into(),
        )],
    )
    .expect("v1 loads");
    assert_eq!(
        texts(&v1),
        [
            "Harbour trust names new chair",
            "Dr. Mei Lin takes over in Jan. 2027.",
            "She replaces Mr. Otto Berg."
        ]
    );
    assert_eq!(*v1.labels, [Some(Label::Context), Some(Label::Fact), None]);
    assert_eq!(*v1.notes, [None, None, None], "version 1 had no notes");

    let v2 = load(
        "doc-1",
        include_str!("fixtures/stored-v2-doc.json"),
        &[(
            "sift.labels.doc-1".into(),
            include_str!("fixtures/stored-v2-labels.json").into(),
        )],
    )
    .expect("v2 loads");
    assert_eq!(*v2.labels, [Some(Label::Context), Some(Label::Claim), None]);
    assert_eq!(v2.note(2), Some("Who confirmed this?"));
    assert_eq!(v2.doc.details, Details::default());

    let v3 = load(
        "doc-1",
        include_str!("fixtures/stored-v3-doc.json"),
        &[(
            "sift.labels.doc-1".into(),
            include_str!("fixtures/stored-v3-labels.json").into(),
        )],
    )
    .expect("v3 loads");
    assert_eq!(
        v3.doc.details.url.as_deref(),
        Some("https://harbour.example/news/new-chair")
    );
    assert_eq!(v3.note(0), Some("Headline only"));
    let doc = decode_document(include_str!("fixtures/stored-v3-doc.json")).unwrap();
    let labels = decode_annotations(include_str!("fixtures/stored-v3-labels.json"), &doc).unwrap();
    assert_eq!(labels.labels, *v3.labels);

    // A document whose labels were never saved opens unlabelled.
    let bare = load("doc-1", include_str!("fixtures/stored-v2-doc.json"), &[]).unwrap();
    assert!(bare.labels.iter().all(Option::is_none));
}

#[test]
fn the_library_line_is_read_from_the_record_of_any_version() {
    let session = edited();
    let line = summary(
        &session.doc.id,
        &encode_session(&session, "2026-11-26T10:05:00Z"),
        |_| None,
    )
    .unwrap();
    assert_eq!(line, LibraryEntry::of(&session, "2026-11-26T10:05:00Z"));
    assert_eq!((line.sentences, line.claim, line.notes), (4, 2, 1));
    let legacy = summary("doc-1", include_str!("fixtures/stored-v2-doc.json"), |_| {
        Some(include_str!("fixtures/stored-v2-labels.json").into())
    })
    .unwrap();
    assert_eq!((legacy.claim, legacy.context, legacy.notes), (1, 1, 2));
    assert_eq!(legacy.updated, "2026-11-26T11:00:00Z");
}

#[test]
fn unreadable_data_is_an_error_value_never_a_panic() {
    // Version 4's JSON, which version 5 is read into and checked as.
    let record = include_str!("fixtures/stored-v4-doc.json");
    let text = include_str!("fixtures/stored-v4-text.json");
    let read = |raw: &str| decode_session(text, raw);
    assert!(matches!(read(""), Err(LoadError::NotJson(_))));
    assert!(matches!(
        read(&record[..record.len() / 2]),
        Err(LoadError::NotJson(_))
    ));
    assert!(matches!(read("[1,2]"), Err(LoadError::WrongShape(_))));
    assert!(matches!(
        read(r#"{"schema":0}"#),
        Err(LoadError::WrongShape(_))
    ));
    assert!(matches!(
        read(r#"{"schema":4,"id":"x"}"#),
        Err(LoadError::WrongShape(_))
    ));
    assert!(matches!(
        read(r#"{"schema":9,"text":"future"}"#),
        Err(LoadError::NewerVersion(9))
    ));
    let binary = encode_session(&edited(), "t");
    let edited_text = encode_text(&edited().doc);
    let cut = |n: usize| binary.chars().take(n).collect::<String>();
    for damaged in [
        &cut(binary.chars().count() / 2),
        &cut(binary.chars().count() - 1),
        "5|",
        "5|0",
        "5|9abcd",
    ] {
        assert!(decode_session(&edited_text, damaged).is_err(), "{damaged}");
    }
    assert!(read_pack("5|0").is_err() && read_pack(&binary).is_err());
    for (from, to) in [
        ("\"spans\":[0,", "\"spans\":[0,9999,"),
        ("\"labels\":\"3120\"", "\"labels\":\"31\""),
        ("\"labels\":\"3120\"", "\"labels\":\"3x20\""),
        ("\"notes\":{\"1\"", "\"notes\":{\"9\""),
        ("\"label\":[[0,", "\"label\":[[40,"),
    ] {
        let damaged = record.replacen(from, to, 1);
        assert_ne!(damaged, record, "{from}");
        assert!(
            matches!(read(&damaged), Err(LoadError::Inconsistent(_))),
            "{damaged}"
        );
    }
}

/// (Stored records are read without tracking the path of a field, which would double the code
/// read on the page's first load: the problem is named, not where it is.)
#[test]
fn a_note_written_twice_for_one_sentence_is_refused() {
    let record = include_str!("fixtures/stored-v4-doc.json").replacen(
        "\"notes\":{",
        "\"notes\":{\"0\":\"a\",\"0\":\"b\",",
        1,
    );
    assert_eq!(
        decode_session(include_str!("fixtures/stored-v4-text.json"), &record),
        Err(LoadError::WrongShape("duplicate key `0`".into()))
    );
}

#[test]
fn backup_names_say_what_they_back_up_and_sort_by_age() {
    let a = backup_key("sift.doc.doc-1", 0, "2026-11-26T10:00:00Z");
    let b = backup_key("sift.doc.doc-1", 1, "2026-11-26T10:00:00Z");
    let c = backup_key("sift.doc.doc-1", 10, "2026-11-25T09:00:00Z");
    assert!(a < b && b < c, "by number, whatever the clock says");
    assert_eq!(backed_up_key(&c), Some(("sift.doc.doc-1", 10)));
    assert_eq!(backed_up_key("sift.doc.doc-1"), None);
}

#[test]
fn a_later_version_keeps_its_number_previous_version_sketch_and_orphans() {
    let old = edited();
    let text = TEXT.replace("Critics said no.", "Critics said no, twice.");
    let (mut new, _) =
        sift::versions::new_version(&old, Document::new(text, "2026-11-27T10:00:00Z"), 2);
    let orphan = sift::model::Orphan {
        old_index: Some(3),
        text: "Gone sentence.".into(),
        label: Some(Label::Fact),
        note: Some("why".into()),
    };
    new.content.orphans = std::rc::Rc::new(vec![sift::model::Listed { tick: 4, orphan }]);
    let record = encode_session(&new, "2026-11-27T10:00:01Z");
    let back = decode_session(&encode_text(&new.doc), &record).unwrap();
    assert_eq!(back.doc.version, 2);
    assert_eq!(back.doc.previous.as_deref(), Some(old.doc.id.as_str()));
    assert_eq!(back.orphans, new.orphans);
    assert!(back.same_content(&new));
    let line = LibraryEntry::of_record(&record).unwrap();
    assert_eq!(
        (line.version, line.previous.clone()),
        (2, Some(old.doc.id.clone()))
    );
    assert_eq!(line.sketch, new.doc.sketch.to_vec());
    assert_eq!(
        line.sketch.len(),
        10,
        "one hash per run of four of its 13 words"
    );
}

#[test]
fn a_record_from_before_versions_reads_as_a_first_version() {
    let record = include_str!("fixtures/stored-v4-doc.json");
    let line = LibraryEntry::of_record(record).unwrap();
    assert_eq!((line.version, line.previous), (1, None));
    assert!(line.sketch.is_empty());
    let session = decode_session(include_str!("fixtures/stored-v4-text.json"), record).unwrap();
    assert_eq!(session.doc.version, 1);
    assert!(session.orphans.is_empty());
}

#[test]
fn the_library_gathers_versions_into_one_article_whose_current_version_changed_last() {
    let line = |id: &str, version: u32, previous: Option<&str>, updated: &str| LibraryEntry {
        id: id.into(),
        title: format!("{id} title"),
        created: updated.into(),
        updated: updated.into(),
        sentences: 3,
        claim: 0,
        fact: 0,
        context: 0,
        notes: 0,
        version,
        previous: previous.map(String::from),
        sketch: Vec::new(),
        pack: None,
    };
    // Newest first, as the library keeps them; v1 was made current again after v3.
    let entries = vec![
        line("v1", 1, None, "2026-11-27T12:00:00Z"),
        line("other", 1, None, "2026-11-27T11:30:00Z"),
        line("v3", 3, Some("v2"), "2026-11-27T11:00:00Z"),
        line("v2", 2, Some("v1"), "2026-11-27T10:00:00Z"),
        // Its previous version was deleted: an article of its own.
        line("orphaned", 2, Some("deleted"), "2026-11-27T09:00:00Z"),
    ];
    let articles = sift::schema::articles(&entries);
    let shown: Vec<(&str, Vec<&str>)> = articles
        .iter()
        .map(|a| {
            (
                a.current.id.as_str(),
                a.versions.iter().map(|v| v.id.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            ("v1", vec!["v3", "v2", "v1"]),
            ("other", vec!["other"]),
            ("orphaned", vec!["orphaned"]),
        ]
    );
}
