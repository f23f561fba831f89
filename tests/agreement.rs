//! Agreement figures against reference values, and the units annotators are compared on.

use sift::compare::agreement::{alpha, cohen, cohen_one, confusion, fleiss, pairwise, percent};
use sift::compare::{units, Figure, Reading};
use sift::model::Label::{Claim, Context, Fact};
use sift::segment::Span;

fn close(figure: Figure, expected: f64) {
    let value = figure
        .value()
        .unwrap_or_else(|| panic!("{figure:?} has no value"));
    assert!(
        (value - expected).abs() < 5e-4,
        "got {value}, expected {expected}"
    );
}

/// One annotator's ratings from a list of categories.
fn rated(categories: &[usize]) -> Vec<Option<usize>> {
    categories.iter().map(|&c| Some(c)).collect()
}

/// Units × annotators from per-unit counts of each category (Fleiss' tables give counts).
fn from_counts(table: &[&[usize]]) -> Vec<Vec<Option<usize>>> {
    table
        .iter()
        .map(|counts| {
            let mut unit = Vec::new();
            for (category, &n) in counts.iter().enumerate() {
                unit.extend(std::iter::repeat_n(Some(category), n));
            }
            unit
        })
        .collect()
}

#[test]
fn cohen_on_a_hand_computed_two_by_two_table() {
    // 50 items: both yes 20, A yes and B no 5, A no and B yes 10, both no 15.
    // p_o = 35/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    let mut a = Vec::new();
    let mut b = Vec::new();
    for (x, y, n) in [(1, 1, 20), (1, 0, 5), (0, 1, 10), (0, 0, 15)] {
        a.extend(std::iter::repeat_n(Some(x), n));
        b.extend(std::iter::repeat_n(Some(y), n));
    }
    close(cohen(&a, &b, 2), 0.4);
    close(percent(&a, &b), 0.7);
    assert_eq!(confusion(&a, &b, 2), [[15, 10], [5, 20]]);
}

#[test]
fn cohen_per_label_counts_that_label_against_the_rest() {
    // Categories 0 unlabelled, 1 claim, 2 fact. Claim against the rest gives the table
    // both claim 2, only A 1, only B 0, neither 3: p_o = 5/6, p_e = (3·2 + 3·4)/36 = 1/2,
    // κ = (5/6 − 1/2)/(1/2) = 2/3.
    let a = rated(&[1, 1, 1, 2, 0, 2]);
    let b = rated(&[1, 1, 2, 2, 0, 0]);
    close(cohen_one(&a, &b, 1), 2.0 / 3.0);
}

#[test]
fn fleiss_on_the_worked_example_of_the_wikipedia_article() {
    // "Fleiss' kappa", Wikipedia, worked example: 10 subjects, 14 raters, 5 categories;
    // P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    let table: [&[usize]; 10] = [
        &[0, 0, 0, 0, 14],
        &[0, 2, 6, 4, 2],
        &[0, 0, 3, 5, 6],
        &[0, 3, 9, 2, 0],
        &[2, 2, 8, 1, 1],
        &[7, 7, 0, 0, 0],
        &[3, 2, 6, 3, 0],
        &[2, 5, 3, 2, 2],
        &[6, 5, 2, 1, 0],
        &[0, 2, 2, 3, 7],
    ];
    close(fleiss(&from_counts(&table), 5), 0.210);
}

#[test]
fn krippendorffs_own_nominal_example_with_missing_values() {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the example of
    // 4 observers, 12 units and values left out (0 here is "no value"): nominal α = 0.743.
    let rows: [[usize; 12]; 4] = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3],
        [0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0],
    ];
    let units: Vec<Vec<Option<usize>>> = (0..12)
        .map(|u| rows.iter().map(|r| (r[u] != 0).then_some(r[u])).collect())
        .collect();
    close(alpha(&units, 6), 0.743);
}

#[test]
fn ten_annotators_hand_computed() {
    // Three units, ten annotators, two categories: all 0, all 1, five of each.
    // Fleiss: P̄ = (1 + 1 + 40/90)/3 = 22/27, P̄e = 1/2, κ = 17/27.
    // α: n = 30, disagreeing coincidences 50/9, Σ n_c·n_k (c ≠ k) = 450,
    // α = 1 − 29·(50/9)/450 = 52/81.
    let table: [&[usize]; 3] = [&[10, 0], &[0, 10], &[5, 5]];
    let units = from_counts(&table);
    close(fleiss(&units, 2), 17.0 / 27.0);
    close(alpha(&units, 2), 52.0 / 81.0);
    assert_eq!(pairwise(&units, 2).len(), 10);
}

#[test]
fn full_agreement_is_one_and_a_single_category_has_no_kappa() {
    let a = rated(&[0, 1, 2, 3, 1]);
    close(cohen(&a, &a, 4), 1.0);
    let both: Vec<Vec<Option<usize>>> = a.iter().map(|&x| vec![x, x]).collect();
    close(fleiss(&both, 4), 1.0);
    close(alpha(&both, 4), 1.0);
    let same = rated(&[2, 2, 2]);
    for figure in [
        cohen(&same, &same, 4),
        fleiss(&[same.clone(), same.clone(), same.clone()], 4),
        alpha(&[same.clone(), same.clone()], 4),
    ] {
        assert!(matches!(figure, Figure::Undefined(_)), "{figure:?}");
        assert_eq!(figure.show(), "—");
    }
    assert!(matches!(
        cohen(&[None], &[Some(1)], 4),
        Figure::Undefined(_)
    ));
}

#[test]
fn two_annotators_cohen_and_alpha_agree_closely_on_many_units() {
    // For two annotators and no values left out, α = 1 − (n − 1)/n · (1 − π) (Scott's π),
    // close to Cohen's κ when the two annotators use the categories alike.
    let a = rated(&[0, 1, 1, 2, 3, 0, 1, 2, 2, 3, 0, 0]);
    let b = rated(&[0, 1, 2, 2, 3, 0, 1, 2, 1, 3, 0, 1]);
    let units: Vec<Vec<Option<usize>>> = a.iter().zip(&b).map(|(&x, &y)| vec![x, y]).collect();
    let k = cohen(&a, &b, 4).value().unwrap();
    let al = alpha(&units, 4).value().unwrap();
    assert!((k - al).abs() < 0.05, "κ {k}, α {al}");
}

#[test]
fn readings_with_different_bounds_are_compared_on_the_finest_common_pieces() {
    let text = "Aa bb. Cc dd. Ee ff.";
    // A splits in three; B merged the first two; C left the last sentence out.
    let a_spans = [Span::new(0, 6), Span::new(7, 13), Span::new(14, 20)];
    let b_spans = [Span::new(0, 13), Span::new(14, 20)];
    let c_spans = [Span::new(0, 2), Span::new(3, 13)];
    let a = Reading {
        spans: &a_spans,
        labels: &[Some(Claim), None, Some(Fact)],
    };
    let b = Reading {
        spans: &b_spans,
        labels: &[Some(Context), Some(Fact)],
    };
    let c = Reading {
        spans: &c_spans,
        labels: &[Some(Claim), Some(Claim)],
    };
    let found = units(text, &[a, b, c]);
    assert_eq!(found.spans, [0..2, 3..6, 7..13, 14..20]);
    assert_eq!(
        found.ratings,
        [
            [Some(1), Some(3), Some(1)],
            [Some(1), Some(3), Some(1)],
            [Some(0), Some(3), Some(1)],
            [Some(2), Some(2), None],
        ]
    );
}

mod grading {
    use super::{close, rated};
    use sift::compare::grading::{consensus, grade};
    use sift::compare::Figure;

    #[test]
    fn an_annotator_is_graded_against_the_key_per_label() {
        // Key and answers over eight units; categories 0 unlabelled, 1 claim, 2 fact, 3 context.
        let key = rated(&[1, 1, 1, 2, 2, 0, 0, 3]);
        let answers = rated(&[1, 1, 2, 2, 1, 0, 1, 0]);
        let grade = grade(&key, &answers, 4);
        close(grade.accuracy, 4.0 / 8.0);
        // Claim: given 4 times, right 2 of them; the key has 3 claims.
        let claim = grade.labels[0];
        close(claim.precision, 2.0 / 4.0);
        close(claim.recall, 2.0 / 3.0);
        close(claim.f1, 2.0 * 0.5 * (2.0 / 3.0) / (0.5 + 2.0 / 3.0));
        // Fact: given twice, right once; the key has 2.
        close(grade.labels[1].precision, 0.5);
        close(grade.labels[1].recall, 0.5);
        // Context: never given, so no precision and no F1; the key's one context was missed.
        let context = grade.labels[2];
        assert!(matches!(context.precision, Figure::Undefined(_)));
        close(context.recall, 0.0);
        assert!(matches!(context.f1, Figure::Undefined(_)));
        // κ against the key, by hand: p_o = 1/2; key marginals 2,3,2,1 and answers 2,4,2,0
        // over 8 give p_e = (4 + 12 + 4 + 0)/64 = 5/16; κ = (1/2 − 5/16)/(11/16) = 3/11.
        close(grade.kappa, 3.0 / 11.0);
    }

    #[test]
    fn the_gold_starts_from_what_everyone_who_rated_a_unit_agreed_on() {
        assert_eq!(consensus(&[Some(2), Some(2), None, Some(2)]), Some(2));
        assert_eq!(consensus(&[Some(2), Some(1)]), None);
        assert_eq!(consensus(&[Some(0), Some(0)]), Some(0));
        assert_eq!(
            consensus(&[Some(3), None]),
            None,
            "one annotator alone is no agreement"
        );
        assert_eq!(consensus(&[]), None);
    }
}

mod annotators {
    use sift::compare::agreement::cohen;
    use sift::compare::{annotator, units, Annotator};
    use sift::export::native_json;
    use sift::model::{apply, Action, Document, Label, Session, State};

    const TEXT: &str =
        "Port votes on ferry\n\nThe council met on Monday. It voted 7 to 2. The ferry stays.";

    fn session_with(actions: Vec<Action>) -> Session {
        let doc = Document::new(TEXT.to_string(), "2026-11-26T10:00:00Z");
        let state = actions.into_iter().fold(
            apply(&State::default(), Action::Open(Session::new(doc))).unwrap(),
            |s, a| apply(&s, a).unwrap_or(s),
        );
        state.session.unwrap()
    }

    #[test]
    fn exports_of_the_same_text_become_annotators_even_with_other_bounds() {
        let mine = session_with(vec![
            Action::Select(1),
            Action::SetLabel(Some(Label::Claim)),
        ]);
        // Theirs: the second sentence split after "It voted", then each half labelled.
        let at = TEXT.find(" 7 to 2").unwrap();
        let theirs = session_with(vec![
            Action::Select(1),
            Action::SetLabel(Some(Label::Claim)),
            Action::Split { index: 2, at },
            Action::Select(2),
            Action::SetLabel(Some(Label::Fact)),
        ]);
        let file = native_json(&theirs, "2026-11-26T11:00:00Z", None);
        let other = annotator(file.as_bytes(), "downloads/alice.json", &mine.doc).unwrap();
        assert_eq!(other.name, "alice");
        assert_eq!(other.spans.len(), mine.doc.len() + 1);

        let me = Annotator::of("Me", &mine.doc, &mine.labels);
        let found = units(&mine.doc.text, &[me.reading(), other.reading()]);
        // Headline, the council met, "It voted", "7 to 2.", the ferry stays.
        assert_eq!(found.spans.len(), 5);
        let column = |r: usize| found.ratings.iter().map(|u| u[r]).collect::<Vec<_>>();
        assert_eq!(column(0), [Some(0), Some(1), Some(0), Some(0), Some(0)]);
        assert_eq!(column(1), [Some(0), Some(1), Some(2), Some(0), Some(0)]);
        assert!(cohen(&column(0), &column(1), 4).value().unwrap() < 1.0);
    }

    #[test]
    fn a_file_of_another_text_or_no_export_is_refused_with_a_reason() {
        let mine = session_with(vec![]);
        let other_doc = Document::new(
            "Another story\n\nIt is short.".to_string(),
            "2026-11-26T10:00:00Z",
        );
        let file = native_json(&Session::new(other_doc), "2026-11-26T11:00:00Z", None);
        let refused = annotator(file.as_bytes(), "bob.json", &mine.doc).unwrap_err();
        assert!(
            refused.contains("“bob.json” is an export of another text (“Another story”)"),
            "{refused}"
        );
        let refused = annotator(b"{\"hello\": 1}", "notes.json", &mine.doc).unwrap_err();
        assert!(
            refused.starts_with("“notes.json” cannot be compared: "),
            "{refused}"
        );
    }
}

#[test]
fn figures_show_three_decimals_rounded_and_undefined_ones_as_a_dash() {
    use sift::compare::agreement::decimal;
    assert_eq!(Figure::Value(2.0 / 3.0).show(), "0.667");
    assert_eq!(Figure::Value(-0.0625).show(), "-0.063");
    assert_eq!(Figure::Value(1.0).show(), "1.000");
    assert_eq!(Figure::Value(-0.0001).show(), "0.000");
    assert_eq!(Figure::Undefined("one category").show(), "—");
    assert_eq!(decimal(80.04, 1), "80.0");
}
