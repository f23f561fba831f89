//! Comparing exports of one article: reading the files, the summary over differing bounds, the
//! disagreement keys, grading as CSV, and the gold version kept beside the original.

use sift::compare::{
    annotator, gold_version, grading_csv, Annotator, Comparison, ComparisonAction, Overall, Summary,
};
use sift::export::native_json;
use sift::import::{into_library, parse};
use sift::model::{apply, Action, Document, Label, Session, State};

const TEXT: &str = "Port strike ends\n\nShips sailed at six. The union said it won. Prices rose 4%.\n\nTalks resume in May.";
const NOW: &str = "2026-11-27T10:00:00Z";

fn session(actions: Vec<Action>) -> Session {
    let doc = Document::new(TEXT.to_string(), "2026-11-25T09:00:00Z");
    let mut state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
    for action in actions {
        state = apply(&state, action).unwrap_or(state);
    }
    state.session.unwrap()
}

fn labelled(labels: &[(usize, Label)]) -> Session {
    let mut actions = Vec::new();
    for &(i, label) in labels {
        actions.push(Action::Select(i));
        actions.push(Action::SetLabel(Some(label)));
    }
    session(actions)
}

fn file(session: &Session) -> Vec<u8> {
    native_json(session, NOW, None).into_bytes()
}

fn summary(annotators: &[Annotator], key: Option<usize>) -> Summary {
    Summary::new(TEXT, annotators, None, key)
}

#[test]
fn a_file_of_the_same_text_is_an_annotator_named_after_it_and_another_text_is_refused() {
    let mine = session(vec![]);
    let bob = labelled(&[(1, Label::Fact)]);
    let read = annotator(&file(&bob), "exports/bob.json", &mine.doc).unwrap();
    assert_eq!(read.name, "bob");
    assert_eq!(read.labels[1], Some(Label::Fact));
    // A file that names its annotator ("Your name" in their Sift) is named by it.
    let named = native_json(&bob, NOW, Some("Robert Lund")).into_bytes();
    let read = annotator(&named, "sift-port-strike-2026-11-27.json", &mine.doc).unwrap();
    assert_eq!(read.name, "Robert Lund");

    let other = Session::new(Document::new("Another article.".into(), NOW));
    let refused = annotator(&file(&other), "carol.json", &mine.doc).unwrap_err();
    assert!(
        refused.contains("“carol.json” is an export of another text"),
        "{refused}"
    );
    let not_json = annotator(b"name,label", "grades.csv", &mine.doc).unwrap_err();
    assert!(
        not_json.starts_with("“grades.csv” cannot be compared"),
        "{not_json}"
    );
}

#[test]
fn two_readings_with_different_bounds_are_compared_on_their_common_pieces() {
    let mine = labelled(&[(1, Label::Fact), (2, Label::Claim)]);
    // Bob merged "Ships sailed at six." with "The union said it won." and called it a fact.
    let mut bob = session(vec![Action::Select(1), Action::MergeWithNext]);
    bob = apply(
        &State {
            session: Some(bob),
            read_only: false,
        },
        Action::SetLabel(Some(Label::Fact)),
    )
    .unwrap()
    .session
    .unwrap();
    let annotators = [
        Annotator::of("Me", &mine.doc, &mine.labels),
        Annotator::of("Bob", &bob.doc, &bob.labels),
    ];
    let s = summary(&annotators, None);
    // The title, the two halves of Bob's sentence, the prices, the talks.
    assert_eq!(s.units.spans.len(), 5);
    assert_eq!(s.agree, vec![true, true, false, true, true]);
    let Overall::Two {
        percent, confusion, ..
    } = &s.overall
    else {
        panic!("two annotators give Cohen's figures: {:?}", s.overall);
    };
    assert_eq!(percent.value(), Some(0.8));
    // Me: claim where Bob says fact.
    assert_eq!(confusion[1][2], 1);
    assert_eq!(s.disagreement(0, 1), Some(2));
    assert_eq!(
        s.disagreement(2, 1),
        Some(2),
        "the only one, found again after a full turn"
    );
    assert_eq!(s.disagreement(4, -1), Some(2));
}

#[test]
fn three_readings_give_fleiss_alpha_and_pairwise_kappa() {
    let a = labelled(&[(1, Label::Fact), (2, Label::Claim), (3, Label::Fact)]);
    let b = labelled(&[(1, Label::Fact), (2, Label::Claim), (3, Label::Context)]);
    let c = labelled(&[(1, Label::Fact), (2, Label::Fact), (3, Label::Fact)]);
    let annotators: Vec<Annotator> = [("A", &a), ("B", &b), ("C", &c)]
        .iter()
        .map(|(n, s)| Annotator::of(n, &s.doc, &s.labels))
        .collect();
    let s = summary(&annotators, None);
    let Overall::Many {
        fleiss,
        alpha,
        pairwise,
    } = &s.overall
    else {
        panic!("three annotators give Fleiss and α: {:?}", s.overall);
    };
    assert!(fleiss.value().is_some() && alpha.value().is_some());
    assert_eq!(pairwise.len(), 3);
    assert_eq!(s.agree, vec![true, true, false, false, true]);
}

#[test]
fn the_key_grades_everyone_else_and_the_table_downloads_as_csv() {
    let key = labelled(&[(1, Label::Fact), (2, Label::Claim), (3, Label::Fact)]);
    let ana = labelled(&[(1, Label::Fact), (2, Label::Claim), (3, Label::Claim)]);
    let annotators = [
        Annotator::of("Key", &key.doc, &key.labels),
        Annotator::of("Ana, 2nd year", &ana.doc, &ana.labels),
    ];
    let s = summary(&annotators, Some(0));
    assert_eq!(s.grades.len(), 1);
    let (who, grade) = &s.grades[0];
    assert_eq!(*who, 1);
    assert_eq!(grade.accuracy.value(), Some(0.8));
    let csv = grading_csv("Key", &[("Ana, 2nd year", grade)]).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "annotator,key,units,accuracy,kappa,claim_precision,claim_recall,claim_f1,fact_precision,fact_recall,fact_f1,context_precision,context_recall,context_f1"
    );
    // Claim: given twice, right once (precision 0.5), recall 1; fact: precision 1, recall 0.5;
    // context is never given by either, so its figures are empty rather than invented.
    assert!(
        lines[1].starts_with("\"Ana, 2nd year\",Key,5,0.800,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].ends_with(",0.500,1.000,0.667,1.000,0.500,0.667,,,"),
        "{}",
        lines[1]
    );
    let quoted = grading_csv("Key", &[("Bo \"B\" Li", grade)]).unwrap();
    assert!(
        quoted
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("\"Bo \"\"B\"\" Li\",Key,"),
        "{quoted}"
    );
}

#[test]
fn removing_an_annotator_keeps_the_key_on_the_same_person() {
    let s = session(vec![]);
    let one = |name: &str| Annotator::of(name, &s.doc, &s.labels);
    let c = Comparison::default()
        .apply(ComparisonAction::Add(vec![one("A"), one("B"), one("C")]))
        .apply(ComparisonAction::Key(Some(2)))
        .apply(ComparisonAction::Remove(0));
    assert_eq!(c.key, Some(1));
    assert_eq!(c.annotators[1].name, "C");
    assert_eq!(c.apply(ComparisonAction::Remove(1)).key, None);
    assert_eq!(
        c.apply(ComparisonAction::Rename(0, "Bea".into()))
            .annotators[0]
            .name,
        "Bea"
    );
}

#[test]
fn the_gold_version_starts_from_agreement_keeps_paragraphs_and_imports_beside_the_original() {
    let a = labelled(&[(1, Label::Fact), (2, Label::Claim), (4, Label::Context)]);
    let b = labelled(&[(1, Label::Fact), (2, Label::Fact), (4, Label::Context)]);
    let annotators = [
        Annotator::of("A", &a.doc, &a.labels),
        Annotator::of("B", &b.doc, &b.labels),
    ];
    let s = summary(&annotators, None);
    let gold = gold_version(&a.doc, &s, 2, NOW).unwrap();
    assert_eq!(gold.doc.title, "Port strike ends (gold)");
    assert_ne!(gold.doc.id, a.doc.id);
    assert_eq!(gold.doc.text, a.doc.text);
    assert_eq!(
        *gold.labels,
        vec![None, Some(Label::Fact), None, None, Some(Label::Context)],
        "agreed labels are filled in, the disagreement is left to settle"
    );
    assert_eq!(gold.doc.paragraphs.len(), 3);

    // Its export comes back as the gold version, not onto the original.
    let back = parse(&file(&gold)).unwrap();
    assert_eq!(back.doc.id, gold.doc.id);
    assert_eq!(back.doc.title, "Port strike ends (gold)");
    // The reader is told it is kept as the gold version, not as an article of its own.
    let imported = into_library(back, None);
    assert!(imported.session.doc.is_gold());
    assert!(
        imported.message.contains("as this article's gold version"),
        "{}",
        imported.message
    );
    // A file claiming any other id still gets the one its text gives.
    let forged = String::from_utf8(file(&a))
        .unwrap()
        .replace(&a.doc.id, "doc-0000000000000000-gold");
    assert_eq!(parse(forged.as_bytes()).unwrap().doc.id, a.doc.id);

    // With the gold version as a reading, each unit shows its label there.
    let with_gold = Summary::new(TEXT, &annotators, Some(gold_reading(&gold)), None);
    assert_eq!(with_gold.gold(1, 2), Some(Label::Fact));
    assert_eq!(with_gold.gold(2, 2), None);
    assert_eq!(
        with_gold.agree, s.agree,
        "the gold version is never counted as an annotator"
    );
}

fn gold_reading(gold: &Session) -> sift::compare::Reading<'_> {
    sift::compare::Reading {
        spans: &gold.doc.sentences,
        labels: &gold.labels,
    }
}

#[test]
fn a_comparison_kept_across_a_reload_comes_back_only_onto_its_own_text_and_whole() {
    use sift::compare::kept::{decode, encode};
    let mine = labelled(&[(1, Label::Fact)]);
    let mut bob = Annotator::of("Bob “B.”", &mine.doc, &mine.labels);
    bob.labels[2] = Some(Label::Claim);
    let comparison = Comparison::default()
        .apply(ComparisonAction::Add(vec![
            Annotator::of("You", &mine.doc, &mine.labels),
            bob,
        ]))
        .apply(ComparisonAction::Key(Some(0)))
        .apply(ComparisonAction::OnlyDisagreements(true));
    let kept = encode(&comparison, TEXT);
    let back = decode(&kept, TEXT).expect("the same text");
    assert_eq!(back.annotators, comparison.annotators);
    assert_eq!((back.key, back.only_disagreements), (Some(0), true));
    assert!(decode(&kept, "Another text.").is_none());
    // Bounds that no longer fit the text, or a label code Sift does not know: nothing.
    let first_end = mine.doc.sentences[0].end;
    let broken = kept.replacen(&format!(",{first_end},"), ",999999,", 1);
    assert!(decode(&broken, TEXT).is_none());
    assert!(decode(&kept.replacen("\"labels\":\"0", "\"labels\":\"7", 1), TEXT).is_none());
    assert!(decode("{not json", TEXT).is_none());
}
