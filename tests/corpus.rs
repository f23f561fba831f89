//! Articles brought in by the hundred: each kind of file read into articles with their titles,
//! web addresses and sentence labels; every bad file or line named with its line number while
//! the rest comes in; the same text never twice; a new version of a stored article recognised.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sift::corpus::{document, read_file, Incoming, MAX_ARTICLE_BYTES};
use sift::export::{spans, Format, LibraryFile, Stamp};
use sift::jobs::{pack, repack, Answer, Arrived, Intake, Sliced};
use sift::model::{Document, Label, Session};
use sift::schema::{decode_record, decode_session, read_pack, text_in_pack, write_pack};

const NOW: &str = "2026-12-07T10:00:00Z";

const ARTICLE: &str = "Fares rise again\n\nThe city raised bus fares by 8% in May. The mayor said it was the last rise. Riders protested on Friday.";

fn titles(name: &str, contents: &str) -> Vec<String> {
    read_file(name, contents)
        .articles
        .into_iter()
        .map(|a| document(a, NOW).0.doc.title.clone())
        .collect()
}

#[test]
fn a_text_file_is_one_article_titled_by_its_first_line() {
    let read = read_file("fares.txt", ARTICLE);
    assert!(read.problems.is_empty());
    let (session, warnings) = document(read.articles[0].clone(), NOW);
    assert!(warnings.is_empty());
    assert_eq!(
        &*session.doc.text, ARTICLE,
        "the text is the file's, as it is"
    );
    assert_eq!(session.doc.title, "Fares rise again");
    assert_eq!(session.doc.len(), 4);
}

#[test]
fn a_markdown_file_is_titled_by_its_heading_without_its_marks() {
    assert_eq!(
        titles("fares.MD", "## Fares rise again\n\nThe city raised fares."),
        ["Fares rise again"]
    );
}

#[test]
fn an_empty_file_or_another_kind_is_named_and_left_out() {
    assert_eq!(
        read_file("blank.txt", " \n\n ").problems,
        ["“blank.txt”: there is no text in it."]
    );
    let other = read_file("report.pdf", "%PDF-1.7");
    assert!(other.articles.is_empty());
    assert!(other.problems[0].contains("“report.pdf” is not a kind of file Sift imports"));
}

#[test]
fn an_article_longer_than_the_limit_is_refused_by_name() {
    let long = "word ".repeat(MAX_ARTICLE_BYTES / 5 + 1);
    let read = read_file("long.txt", &long);
    assert!(read.articles.is_empty());
    assert!(read.problems[0].starts_with("“long.txt”: its text is"));
}

#[test]
fn json_lines_give_text_title_and_url_and_a_bad_line_is_named_while_the_rest_come_in() {
    let file = concat!(
        "\u{feff}{\"text\": \"Fares rose 8% in May. Riders protested.\", \"title\": \"Fares\", \"url\": \"https://example.org/fares\", \"meta\": {\"source\": 3}}\n",
        "\n",
        "{\"title\": \"No text\"}\n",
        "{\"text\": \"Cut short\n",
        "{\"text\": \"The mayor resigned.\", \"meta\": {\"title\": \"From meta\", \"url\": \"not a web address\"}}\n",
    );
    let read = read_file("batch.jsonl", file);
    assert_eq!(read.articles.len(), 2);
    assert_eq!(read.problems.len(), 2);
    assert!(
        read.problems[0].starts_with("“batch.jsonl”, line 3: "),
        "{:?}",
        read.problems
    );
    assert!(
        read.problems[0].contains("text"),
        "the missing field is named: {:?}",
        read.problems
    );
    assert!(read.problems[1].starts_with("“batch.jsonl”, line 4: "));

    let (first, warnings) = document(read.articles[0].clone(), NOW);
    assert!(warnings.is_empty());
    assert_eq!(first.doc.title, "Fares");
    assert_eq!(
        first.doc.details.url.as_deref(),
        Some("https://example.org/fares")
    );
    let (second, warnings) = document(read.articles[1].clone(), NOW);
    assert_eq!(second.doc.title, "From meta");
    assert_eq!(second.doc.details.url, None);
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].starts_with("“batch.jsonl”, line 5: its url was left out"));
}

fn labels_of(line: &str) -> (Vec<Option<Label>>, Vec<String>) {
    let read = read_file("labels.jsonl", line);
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let (session, warnings) = document(read.articles[0].clone(), NOW);
    (session.labels.to_vec(), warnings)
}

#[test]
fn doccano_and_prodigy_spans_label_the_sentences_they_cover() {
    // "Fares rose 8% in May." is code points 0..21; "Riders protested." 22..39; "Café staff
    // left." (with a two-byte é) 40..56.
    let text = "Fares rose 8% in May. Riders protested. Café staff left.";
    let doccano = format!(
        r#"{{"text": "{text}", "label": [[0, 21, "CLAIM"], [40, 56, "Context"], [0, 5, "PERSON"]]}}"#
    );
    assert_eq!(
        labels_of(&doccano),
        (vec![Some(Label::Claim), None, Some(Label::Context)], vec![])
    );
    let entities = format!(
        r#"{{"text": "{text}", "entities": [{{"id": 1, "label": "fact", "start_offset": 21, "end_offset": 39}}]}}"#
    );
    assert_eq!(
        labels_of(&entities).0,
        [None, Some(Label::Fact), None],
        "a span with the space before it is the sentence"
    );
    let prodigy = format!(
        r#"{{"text": "{text}", "spans": [{{"start": 22, "end": 39, "label": "claim", "token_start": 4}}, {{"start": 3, "end": 9, "label": "fact"}}]}}"#
    );
    let (labels, warnings) = labels_of(&prodigy);
    assert_eq!(labels, [None, Some(Label::Claim), None]);
    assert_eq!(warnings, ["“labels.jsonl”, line 1: 1 of its 2 labelled spans are not one of Sift's sentences, so they were left out."]);
    let outside = format!(
        r#"{{"text": "{text}", "spans": [{{"start": 50, "end": 5000, "label": "claim"}}]}}"#
    );
    assert_eq!(labels_of(&outside).0, [None, None, None]);
}

#[test]
fn a_classified_line_labels_its_one_sentence() {
    let prodigy = r#"{"text": "Fares rose 8% in May.", "options": [], "accept": ["fact"], "answer": "accept"}"#;
    assert_eq!(labels_of(prodigy).0, [Some(Label::Fact)]);
    let rejected = r#"{"text": "Fares rose 8% in May.", "accept": ["fact"], "answer": "reject"}"#;
    assert_eq!(labels_of(rejected).0, [None]);
    let doccano = r#"{"text": "Fares rose. Riders protested.", "label": ["claim"]}"#;
    let (labels, warnings) = labels_of(doccano);
    assert_eq!(labels, [None, None]);
    assert!(warnings[0].contains("whole text, which Sift splits into 2 sentences"));
}

#[test]
fn sifts_own_spans_lines_come_back_with_their_labels_and_title() {
    let mut doc = Document::new(ARTICLE.into(), NOW);
    doc.title = "Bus fares".into();
    let labels = vec![None, Some(Label::Claim), None, Some(Label::Fact)];
    let session = Session::with_annotations(doc, labels, vec![None; 4]);
    let stamp = Stamp {
        exported_at: NOW,
        modified: NOW,
        generator: "https://sift.example/",
        annotator: Some("Ana"),
    };
    let line = spans(&session, stamp.annotator);
    assert_eq!(line, Format::Spans.render(&session, &stamp));
    let read = read_file("library.jsonl", &line);
    let (back, warnings) = document(read.articles[0].clone(), NOW);
    assert!(warnings.is_empty());
    assert_eq!(back.doc.id, session.doc.id);
    assert_eq!(back.doc.title, "Bus fares");
    assert_eq!(back.labels, session.labels);
}

#[test]
fn csv_rows_are_articles_by_their_header_in_any_order_and_case() {
    let file = "\u{feff}URL,Title,Text\nhttps://example.org/a,Fares,\"Fares rose 8% in May.\nRiders protested.\"\n,,\"The mayor resigned.\"\nhttps://example.org/c,Empty,\n";
    let read = read_file("sheet.csv", file);
    assert_eq!(read.articles.len(), 2);
    assert_eq!(
        read.problems,
        ["“sheet.csv”, line 5: there is no text in it."]
    );
    let (first, _) = document(read.articles[0].clone(), NOW);
    assert_eq!(first.doc.title, "Fares");
    assert_eq!(&*first.doc.text, "Fares rose 8% in May.\nRiders protested.");
    assert_eq!(
        first.doc.details.url.as_deref(),
        Some("https://example.org/a")
    );
    let (second, _) = document(read.articles[1].clone(), NOW);
    assert_eq!(
        second.doc.title, "The mayor resigned.",
        "no title: the first line"
    );
}

#[test]
fn csv_without_a_text_column_is_named() {
    let read = read_file("sheet.csv", "title,body\nA,B\n");
    assert!(read.articles.is_empty());
    assert!(read.problems[0].starts_with("“sheet.csv” has no “text” column"));
}

fn arrived(answers: &[Answer]) -> Vec<&Arrived> {
    answers
        .iter()
        .flat_map(|a| match a {
            Answer::Articles { arrived, .. } => arrived.iter().collect(),
            _ => vec![],
        })
        .collect()
}

/// An arrived document read back as the page stores it: its text from its own record, or from
/// the pack of the answers that holds it.
fn session_of(answers: &[Answer], a: &Arrived) -> Session {
    if let Some(text) = &a.text {
        return decode_session(text, &a.record).unwrap();
    }
    let packs = answers.iter().flat_map(|answer| match answer {
        Answer::Articles { packs, .. } => packs.iter().collect(),
        _ => vec![],
    });
    let texts: Vec<(String, String)> = packs.flat_map(|(_, raw)| read_pack(raw).unwrap()).collect();
    let text = text_in_pack(&texts, &a.id).unwrap();
    decode_record(&a.record, text.into()).unwrap()
}

/// Runs an intake to the end, answering after every `per` articles.
fn run(intake: &mut Intake, per: usize) -> Vec<Answer> {
    run_sliced(intake, per)
}

/// Runs a sliced job to the end as the worker does, a slice of `per` items at a time.
fn run_sliced(job: &mut impl Sliced, per: usize) -> Vec<Answer> {
    let mut answers = Vec::new();
    loop {
        let left = std::cell::Cell::new(per);
        let finished = job.go_on(|| left.replace(left.get().saturating_sub(1)) > 0);
        answers.push(job.answer());
        if finished {
            return answers;
        }
    }
}

#[test]
fn the_intake_makes_stored_records_skips_known_texts_and_recognises_new_versions() {
    let stored = Document::new(ARTICLE.into(), NOW);
    let edited = ARTICLE.replace(
        "Riders protested on Friday.",
        "Riders protested on Saturday.",
    );
    let other = "A storm closed the port. Ships waited offshore for two days.";
    let files = vec![
        ("a.txt".to_string(), ARTICLE.to_string()),
        ("b.txt".to_string(), edited.clone()),
        ("c.txt".to_string(), other.to_string()),
        ("d.txt".to_string(), other.to_string()),
        ("e.pdf".to_string(), "%PDF".to_string()),
    ];
    let library = vec![(stored.id.clone(), stored.sketch.to_vec())];
    let mut intake = Intake::new(files, library, NOW.into());
    let answers = run(&mut intake, 2);
    assert_eq!(answers.len(), 2, "two slices of two");
    let Answer::Articles { done, total, .. } = answers.last().unwrap() else {
        panic!("{answers:?}")
    };
    assert_eq!((*done, *total), (4, 4));
    let skipped: usize = answers
        .iter()
        .map(|a| match a {
            Answer::Articles { skipped, .. } => *skipped,
            _ => 0,
        })
        .sum();
    assert_eq!(skipped, 2, "the stored text and the second copy");
    let arrived = arrived(&answers);
    assert_eq!(arrived.len(), 2);
    assert_eq!(arrived[0].resembles.as_deref(), Some(stored.id.as_str()));
    assert_eq!(arrived[1].resembles, None);
    let session = session_of(&answers, arrived[1]);
    assert_eq!(&*session.doc.text, other);
    assert_eq!(session.doc.id, arrived[1].id);
    let Answer::Articles { problems, .. } = &answers[0] else {
        panic!()
    };
    assert!(problems[0].contains("“e.pdf”"), "{problems:?}");
}

#[test]
fn jobs_and_answers_of_an_import_cross_as_json() {
    let mut intake = Intake::new(vec![("a.txt".into(), ARTICLE.into())], vec![], NOW.into());
    let answers = run(&mut intake, 10);
    let json = serde_json::to_string(&answers).unwrap();
    let back: Vec<Answer> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, answers);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever a file holds, reading it never panics, and every article it gives is text of
    /// an article's size that makes a document.
    #[test]
    fn any_file_is_read_without_panicking(
        contents in "(\\PC|[\\n\",{}\\[\\]:0-9]|\"text\"|\"spans\"|\"label\"){0,200}",
        kind in prop::sample::select(vec!["a.txt", "a.md", "a.jsonl", "a.csv", "a.json", "a.bin"]),
    ) {
        let read = read_file(kind, &contents);
        for article in read.articles {
            prop_assert!(!article.text.trim().is_empty());
            let (session, _) = document(article, NOW);
            prop_assert_eq!(session.labels.len(), session.doc.len());
        }
    }

    /// Spans anywhere, of any size, label only sentences and never panic.
    #[test]
    fn any_spans_are_laid_safely(spans in prop::collection::vec((0usize..200, 0usize..200), 0..20)) {
        let incoming = Incoming {
            place: "x".into(),
            text: "Café rose 8%. Riders protested 🙂. Talks resume.".into(),
            spans: spans.into_iter().map(|(s, e)| (s, e, Label::Claim)).collect(),
            ..Incoming::default()
        };
        let (session, _) = document(incoming, NOW);
        prop_assert_eq!(session.labels.len(), 3);
    }
}

/// Two articles, the first in two versions, labelled and noted.
fn library() -> Vec<Session> {
    use sift::model::{apply, Action, State};
    let label = |doc: Document, at: &[(usize, Label)], note: Option<&str>| {
        let mut state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
        for &(i, l) in at {
            state = apply(&state, Action::Select(i)).unwrap();
            state = apply(&state, Action::SetLabel(Some(l))).unwrap();
        }
        if let Some(note) = note {
            let note = Action::SetNote {
                index: 0,
                note: Some(note.into()),
            };
            state = apply(&state, note).unwrap();
        }
        state.session.unwrap()
    };
    let first = label(
        Document::new(ARTICLE.into(), NOW),
        &[(1, Label::Claim)],
        Some("Check «this»"),
    );
    let mut second_doc = Document::new(ARTICLE.replace("Friday", "Saturday"), NOW);
    second_doc.version = 2;
    second_doc.previous = Some(first.doc.id.clone());
    let second = label(second_doc, &[(1, Label::Claim), (3, Label::Fact)], None);
    let other = label(
        Document::new(
            "A storm closed the port. Ships waited offshore.".into(),
            NOW,
        ),
        &[(0, Label::Context)],
        None,
    );
    vec![first, second, other]
}

fn export_library(format: Format, sessions: &[Session]) -> String {
    let stamp = Stamp {
        exported_at: NOW,
        modified: NOW,
        generator: "https://sift.example/",
        annotator: Some("Ana"),
    };
    let mut file = LibraryFile::new(format, NOW, stamp.annotator);
    for session in sessions {
        file.add(session, &stamp);
    }
    file.finish()
}

#[test]
fn the_library_in_sifts_json_imports_back_whole_with_versions_labels_and_notes() {
    let sessions = library();
    let file = export_library(Format::Native, &sessions);
    let value: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(value["format"], "sift-library");
    assert_eq!(value["annotator"], "Ana");
    assert_eq!(value["documents"].as_array().unwrap().len(), 3);

    let mut intake = Intake::new(vec![("library.json".into(), file)], vec![], NOW.into());
    let answers = run(&mut intake, 100);
    let came = arrived(&answers);
    assert_eq!(came.len(), 3);
    for (a, session) in came.iter().zip(&sessions) {
        let back = session_of(&answers, a);
        assert_eq!(back.doc.id, session.doc.id);
        assert_eq!(back.doc.version, session.doc.version);
        assert_eq!(back.doc.previous, session.doc.previous);
        assert_eq!(back.labels, session.labels);
        assert_eq!(back.notes, session.notes);
        assert_eq!(
            a.resembles, None,
            "a version that came with its article is no new version of another"
        );
    }

    // Imported again into the library that holds it, nothing comes in twice.
    let held = sessions
        .iter()
        .map(|s| (s.doc.id.clone(), s.doc.sketch.to_vec()))
        .collect();
    let file = export_library(Format::Native, &sessions);
    let mut again = Intake::new(vec![("library.json".into(), file)], held, NOW.into());
    let answers = run(&mut again, 100);
    assert!(arrived(&answers).is_empty());
}

#[test]
fn a_bad_document_in_a_library_file_is_named_and_the_others_come_in() {
    let sessions = library();
    let file = export_library(Format::Native, &sessions);
    let broken = file.replacen("\"text\": \"Fares rise again", "\"text\": 12, \"x\": \"", 1);
    let read = read_file("library.json", &broken);
    assert_eq!(read.sift.len(), 2);
    assert_eq!(read.problems.len(), 1);
    assert!(
        read.problems[0].starts_with("“library.json”, document 1: "),
        "{:?}",
        read.problems
    );
    let other = read_file("other.json", r#"{"format": "label-studio", "tasks": []}"#);
    assert!(other.problems[0].contains("format “label-studio”"));
}

#[test]
fn the_library_in_the_line_formats_holds_every_article_one_after_another() {
    let sessions = library();
    let w3c = export_library(Format::WebAnnotation, &sessions);
    let collections: Vec<serde_json::Value> = w3c
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        collections.len(),
        3,
        "one collection per article, one per line"
    );
    assert!(collections
        .iter()
        .all(|c| c["type"] == "AnnotationCollection"));
    let sentences = export_library(Format::Jsonl, &sessions);
    let expected: usize = sessions.iter().map(|s| s.doc.len()).sum();
    assert_eq!(sentences.lines().count(), expected);
    let spans = export_library(Format::Spans, &sessions);
    assert_eq!(spans.lines().count(), 3);
    // Spans lines come back in as articles with their labels.
    let read = read_file("spans.jsonl", &spans);
    let (back, _) = document(read.articles[2].clone(), NOW);
    assert_eq!(back.labels, sessions[2].labels);
}

#[test]
fn the_library_export_job_answers_its_progress_then_the_file_leaving_out_what_it_cannot_read() {
    use sift::jobs::Outtake;
    use sift::schema::{encode_session, encode_text};
    let sessions = library();
    let mut documents: Vec<(String, String, String)> = sessions
        .iter()
        .map(|s| (encode_text(&s.doc), encode_session(s, NOW), NOW.to_string()))
        .collect();
    documents[1].1 = "{\"schema\": 4, cut short".into();
    let mut outtake = Outtake::new(
        documents,
        Format::Spans,
        NOW.into(),
        "https://sift.example/".into(),
        None,
    );
    let answers = run_sliced(&mut outtake, 1);
    assert!(
        matches!(answers[0], Answer::Progress { done: 1, total: 3 }),
        "{:?}",
        answers[0]
    );
    let Answer::Library {
        file,
        documents,
        problems,
    } = answers.last().unwrap()
    else {
        panic!("{answers:?}")
    };
    assert_eq!(*documents, 2);
    assert_eq!(file.lines().count(), 2);
    assert!(
        problems[0].starts_with("A stored document could not be read"),
        "{problems:?}"
    );
}

#[test]
fn import_json_sends_a_whole_library_to_import_articles() {
    let file = export_library(Format::Native, &library());
    let message = sift::import::parse(file.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("a whole library: Import articles… brings in every article"),
        "{message}"
    );
}

#[test]
fn a_library_document_naming_an_unlike_previous_version_comes_in_as_an_article_of_its_own() {
    let mut sessions = library();
    let mut forged = (*sessions[2].doc).clone();
    forged.version = 2;
    forged.previous = Some(sessions[0].doc.id.clone());
    sessions[2] = Session::with_annotations(
        forged,
        sessions[2].labels.to_vec(),
        sessions[2].notes.to_vec(),
    );
    let file = export_library(Format::Native, &sessions);
    let mut intake = Intake::new(vec![("library.json".into(), file)], vec![], NOW.into());
    let answers = run(&mut intake, 100);
    let came = arrived(&answers);
    let back = |i: usize| session_of(&answers, came[i]);
    assert_eq!(
        back(1).doc.previous,
        sessions[1].doc.previous,
        "a true version keeps its previous"
    );
    assert_eq!(back(2).doc.previous, None);
    let Answer::Articles { problems, .. } = &answers[0] else {
        panic!()
    };
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("“library.json”, document 3: it names a previous version")),
        "{problems:?}"
    );
}

#[test]
fn a_pack_is_packed_again_without_its_deleted_texts_and_an_unreadable_one_is_left_alone() {
    let docs: Vec<Document> = (0..3)
        .map(|n| Document::new(format!("Article {n}. The port reopened on day {n}."), NOW))
        .collect();
    let texts: Vec<(&str, &str)> = docs.iter().map(|d| (d.id.as_str(), &*d.text)).collect();
    let pack = write_pack(&texts);
    let keep = vec![docs[1].id.clone()];
    let Answer::Repacked(packs) = repack(&[
        ("p".into(), pack.clone(), keep),
        ("bad".into(), "5|0".into(), vec![]),
    ]) else {
        panic!()
    };
    assert_eq!(packs.len(), 1, "the unreadable pack is left as it is");
    let (name, raw, left) = &packs[0];
    assert_eq!(name, "p");
    assert_eq!(left, &[docs[0].id.clone(), docs[2].id.clone()]);
    assert_eq!(
        read_pack(raw).unwrap(),
        [(docs[1].id.clone(), docs[1].text.to_string())]
    );
    assert!(raw.len() < pack.len());
}

#[test]
fn texts_stored_on_their_own_are_packed_sixty_four_at_a_time_each_under_its_own_name() {
    let texts: Vec<(String, String)> = (0..130)
        .map(|n| {
            let text = format!("Pasted article {n}. The council met on day {n}.");
            (sift::model::document_id(&text), text)
        })
        .collect();
    let Answer::Packed(packs) = pack(&texts, NOW) else {
        panic!()
    };
    let sizes: Vec<usize> = packs.iter().map(|(_, _, ids)| ids.len()).collect();
    assert_eq!(sizes, [64, 64, 2]);
    let names: std::collections::HashSet<&String> = packs.iter().map(|(n, _, _)| n).collect();
    assert_eq!(names.len(), 3);
    let back: Vec<(String, String)> = packs
        .iter()
        .flat_map(|(_, raw, _)| read_pack(raw).unwrap())
        .collect();
    assert_eq!(back, texts);
}
