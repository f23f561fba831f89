//! The annotation model: selection, labelling, clearing and counts.

use sift::model::{apply, Action, Document, Label, Selection, Session, State};

const ARTICLE: &str = "Mayor backs tram plan\n\nBy Ana Ruiz\n\nThe mayor said on Monday that the tram would open in 2027. Critics disagree. They cite the cost.\nA vote is due in May.";

fn opened() -> State {
    let doc = Document::new(ARTICLE.to_string(), "2026-11-26T10:00:00Z");
    apply(&State::default(), Action::Open(Session::new(doc))).expect("opening changes the state")
}

fn run(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    actions
        .into_iter()
        .fold(state, |s, a| apply(&s, a).unwrap_or(s))
}

fn session(state: &State) -> &Session {
    state.session.as_ref().expect("a document is open")
}

#[test]
fn pasted_text_is_split_into_headline_byline_and_sentences() {
    let state = opened();
    let doc = &session(&state).doc;
    let texts: Vec<&str> = (0..doc.len()).map(|i| doc.sentence_text(i)).collect();
    assert_eq!(
        texts,
        [
            "Mayor backs tram plan",
            "By Ana Ruiz",
            "The mayor said on Monday that the tram would open in 2027.",
            "Critics disagree.",
            "They cite the cost.",
            "A vote is due in May."
        ]
    );
    assert_eq!(doc.paragraphs.len(), 4, "every line is its own paragraph");
    assert_eq!(doc.text, ARTICLE, "the text is kept exactly as pasted");
    assert_eq!(doc.title, "Mayor backs tram plan");
}

#[test]
fn click_selects_one_and_shift_click_extends_in_either_direction() {
    let state = run(opened(), [Action::Select(3), Action::ExtendTo(1)]);
    let selection = session(&state).selection.unwrap();
    assert_eq!(selection.range(), 1..=3);
    assert_eq!(selection.focus, 1);

    let state = run(state, [Action::Select(4)]);
    assert_eq!(session(&state).selection, Some(Selection::one(4)));
}

#[test]
fn keys_move_the_selection_and_stop_at_the_ends() {
    let state = run(
        opened(),
        [Action::Move {
            by: 1,
            extend: false,
        }],
    );
    assert_eq!(
        session(&state).selection,
        Some(Selection::one(0)),
        "the first move selects the first sentence"
    );
    let state = run(
        state,
        (0..10).map(|_| Action::Move {
            by: 1,
            extend: false,
        }),
    );
    assert_eq!(session(&state).selection, Some(Selection::one(5)));
    let state = run(
        state,
        [
            Action::Move {
                by: -1,
                extend: true,
            },
            Action::Move {
                by: -1,
                extend: true,
            },
        ],
    );
    assert_eq!(session(&state).selection.unwrap().range(), 3..=5);
    let state = run(
        state,
        [Action::Move {
            by: -1,
            extend: false,
        }],
    );
    assert_eq!(session(&state).selection, Some(Selection::one(2)));
    assert!(apply(&state, Action::ClearSelection)
        .unwrap()
        .session
        .unwrap()
        .selection
        .is_none());
}

#[test]
fn a_label_applies_to_every_selected_sentence_and_counts_follow() {
    let state = run(
        opened(),
        [
            Action::Select(2),
            Action::ExtendTo(4),
            Action::SetLabel(Some(Label::Claim)),
        ],
    );
    let s = session(&state);
    assert_eq!(
        *s.labels,
        [
            None,
            None,
            Some(Label::Claim),
            Some(Label::Claim),
            Some(Label::Claim),
            None
        ]
    );
    assert_eq!((s.counts.claim, s.counts.unlabelled), (3, 3));

    let state = run(
        state,
        [Action::Select(3), Action::SetLabel(Some(Label::Fact))],
    );
    let s = session(&state);
    assert_eq!(
        (s.counts.claim, s.counts.fact, s.counts.unlabelled),
        (2, 1, 3)
    );

    let state = run(
        state,
        [
            Action::Select(2),
            Action::ExtendTo(3),
            Action::SetLabel(None),
        ],
    );
    let s = session(&state);
    assert_eq!(
        *s.labels,
        [None, None, None, None, Some(Label::Claim), None]
    );
    assert_eq!(
        (s.counts.claim, s.counts.fact, s.counts.unlabelled),
        (1, 0, 5)
    );
}

#[test]
fn labelling_with_nothing_selected_or_no_change_is_a_no_op() {
    let state = opened();
    assert!(apply(&state, Action::SetLabel(Some(Label::Fact))).is_none());
    let state = run(
        state,
        [Action::Select(0), Action::SetLabel(Some(Label::Fact))],
    );
    assert!(
        apply(&state, Action::SetLabel(Some(Label::Fact))).is_none(),
        "same label again changes nothing"
    );
    assert!(
        apply(&state, Action::Select(0)).is_none(),
        "selecting the selected sentence changes nothing"
    );
}

#[test]
fn actions_without_a_document_change_nothing() {
    let empty = State::default();
    for action in [
        Action::Select(0),
        Action::Move {
            by: 1,
            extend: false,
        },
        Action::SetLabel(None),
    ] {
        assert!(apply(&empty, action).is_none());
    }
}

#[test]
fn out_of_range_indices_are_clamped_not_panics() {
    let state = run(opened(), [Action::Select(99)]);
    assert_eq!(session(&state).selection, Some(Selection::one(5)));
}

#[test]
fn a_whitespace_only_text_has_no_sentences_and_nothing_to_select() {
    let doc = Document::new(" \n\t\n".to_string(), "2026-11-26T10:00:00Z");
    assert!(doc.is_empty());
    let state = apply(&State::default(), Action::Open(Session::new(doc))).unwrap();
    assert!(apply(
        &state,
        Action::Move {
            by: 1,
            extend: false
        }
    )
    .is_none());
}

#[test]
fn same_text_same_id_and_long_first_lines_make_short_titles() {
    let a = Document::new(ARTICLE.to_string(), "2026-11-26T10:00:00Z");
    let b = Document::new(ARTICLE.to_string(), "2027-01-01T00:00:00Z");
    assert_eq!(a.id, b.id);
    assert_ne!(a.id, Document::new(format!("{ARTICLE} "), "").id);
    let long = "word ".repeat(40);
    let title = Document::new(long, "").title;
    assert!(
        title.chars().count() <= 80 && title.ends_with('…'),
        "{title}"
    );
}
