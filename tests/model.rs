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
    assert_eq!(&*doc.text, ARTICLE, "the text is kept exactly as pasted");
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

fn texts(state: &State) -> Vec<String> {
    let doc = &session(state).doc;
    (0..doc.len())
        .map(|i| doc.sentence_text(i).to_string())
        .collect()
}

#[test]
fn every_change_can_be_undone_and_redone_in_order() {
    let start = opened();
    let state = run(
        start.clone(),
        [
            Action::Select(2),
            Action::SetLabel(Some(Label::Claim)),
            Action::SetNote {
                index: 2,
                note: Some("Mayor's office".into()),
            },
            Action::Select(3),
            Action::SetLabel(Some(Label::Fact)),
        ],
    );
    let s = session(&state);
    assert_eq!(
        (s.label(2), s.label(3), s.note(2)),
        (
            Some(Label::Claim),
            Some(Label::Fact),
            Some("Mayor's office")
        )
    );

    let undone = run(state.clone(), [Action::Undo]);
    assert_eq!(
        session(&undone).label(3),
        None,
        "the last change goes first"
    );
    assert_eq!(
        session(&undone).selection,
        Some(Selection::one(3)),
        "undo brings back the selection"
    );
    let undone = run(undone, [Action::Undo, Action::Undo]);
    let s = session(&undone);
    assert_eq!(
        (s.label(2), s.note(2), s.counts.unlabelled),
        (None, None, 6)
    );
    assert!(
        apply(&undone, Action::Undo).is_none(),
        "nothing left to undo"
    );

    let redone = run(undone, [Action::Redo, Action::Redo, Action::Redo]);
    let s = session(&redone);
    assert_eq!(
        (s.label(2), s.label(3), s.note(2)),
        (
            Some(Label::Claim),
            Some(Label::Fact),
            Some("Mayor's office")
        )
    );
    assert_eq!(s.counts.labelled(), 2);
    assert!(apply(&redone, Action::Redo).is_none());
}

#[test]
fn a_new_change_after_undo_drops_the_redo_branch() {
    let state = run(
        opened(),
        [
            Action::Select(0),
            Action::SetLabel(Some(Label::Claim)),
            Action::Undo,
        ],
    );
    let state = run(state, [Action::SetLabel(Some(Label::Fact))]);
    assert!(apply(&state, Action::Redo).is_none());
    assert_eq!(session(&state).label(0), Some(Label::Fact));
}

#[test]
fn notes_are_trimmed_and_an_empty_note_removes_it() {
    let state = run(
        opened(),
        [Action::SetNote {
            index: 1,
            note: Some("  Check byline  ".into()),
        }],
    );
    assert_eq!(session(&state).note(1), Some("Check byline"));
    let state = run(
        state,
        [Action::SetNote {
            index: 1,
            note: Some("   ".into()),
        }],
    );
    assert_eq!(session(&state).note(1), None);
    assert!(apply(
        &state,
        Action::SetNote {
            index: 1,
            note: None
        }
    )
    .is_none());
    assert!(apply(
        &state,
        Action::SetNote {
            index: 99,
            note: Some("x".into())
        }
    )
    .is_none());
}

#[test]
fn a_split_keeps_the_label_and_note_on_both_halves_and_undoes() {
    let state = run(
        opened(),
        [
            Action::Select(2),
            Action::SetLabel(Some(Label::Claim)),
            Action::SetNote {
                index: 2,
                note: Some("Mayor".into()),
            },
        ],
    );
    let at = ARTICLE.find(" that the tram").unwrap();
    let split = run(state.clone(), [Action::Split { index: 2, at }]);
    assert_eq!(
        &texts(&split)[2..4],
        [
            "The mayor said on Monday",
            "that the tram would open in 2027."
        ]
    );
    let s = session(&split);
    assert_eq!(
        (s.label(2), s.label(3), s.label(4)),
        (Some(Label::Claim), Some(Label::Claim), None)
    );
    assert_eq!((s.note(2), s.note(3)), (Some("Mayor"), Some("Mayor")));
    assert_eq!(
        (s.doc.len(), s.counts.claim, s.counts.unlabelled),
        (7, 2, 5)
    );
    assert_eq!(
        s.doc.paragraphs[2].sentences,
        2..6,
        "the paragraph holds both halves"
    );
    assert_eq!(
        s.doc.paragraphs[3].sentences,
        6..7,
        "later paragraphs shift"
    );

    assert_eq!(texts(&run(split, [Action::Undo])), texts(&state));
}

#[test]
fn a_split_at_the_edge_or_on_whitespace_only_is_refused() {
    let state = opened();
    let sentence = session(&state).doc.sentences[2];
    assert!(apply(
        &state,
        Action::Split {
            index: 2,
            at: sentence.start
        }
    )
    .is_none());
    assert!(apply(
        &state,
        Action::Split {
            index: 2,
            at: sentence.end
        }
    )
    .is_none());
    assert!(apply(&state, Action::Split { index: 99, at: 3 }).is_none());
    let cafe = Document::new("Café é.".to_string(), "");
    let state = apply(&State::default(), Action::Open(Session::new(cafe))).unwrap();
    assert!(
        apply(&state, Action::Split { index: 0, at: 4 }).is_none(),
        "not inside a character"
    );
}

#[test]
fn a_merge_keeps_the_first_label_joins_notes_and_can_cross_a_line_break() {
    let state = run(
        opened(),
        [
            Action::Select(3),
            Action::SetLabel(Some(Label::Fact)),
            Action::SetNote {
                index: 3,
                note: Some("Critics: who?".into()),
            },
            Action::Select(4),
            Action::SetLabel(Some(Label::Claim)),
            Action::SetNote {
                index: 4,
                note: Some("Cost source".into()),
            },
            Action::Select(3),
            Action::MergeWithNext,
        ],
    );
    let s = session(&state);
    assert_eq!(texts(&state)[3], "Critics disagree. They cite the cost.");
    assert_eq!(
        (s.label(3), s.note(3)),
        (Some(Label::Fact), Some("Critics: who?\nCost source"))
    );
    assert_eq!((s.doc.len(), s.counts.fact, s.counts.claim), (5, 1, 0));

    // The byline and the first body sentence sit in different paragraphs: merging joins them.
    let merged = run(state, [Action::Select(1), Action::MergeWithNext]);
    let s = session(&merged);
    assert_eq!(
        texts(&merged)[1],
        "By Ana Ruiz\n\nThe mayor said on Monday that the tram would open in 2027."
    );
    assert_eq!(s.doc.paragraphs.len(), 3);
    assert_eq!(s.doc.paragraphs[1].sentences, 1..3);
    assert!(
        apply(&run(merged, [Action::Select(3)]), Action::MergeWithNext).is_none(),
        "the last sentence has no next"
    );
}

#[test]
fn n_jumps_to_the_next_unlabelled_sentence_and_wraps_around() {
    let state = run(
        opened(),
        [
            Action::Select(0),
            Action::ExtendTo(2),
            Action::SetLabel(Some(Label::Context)),
        ],
    );
    let state = run(state, [Action::Select(0), Action::NextUnlabelled]);
    assert_eq!(session(&state).selection, Some(Selection::one(3)));
    let state = run(state, [Action::Select(5), Action::NextUnlabelled]);
    assert_eq!(
        session(&state).selection,
        Some(Selection::one(3)),
        "wraps past the end"
    );
}

#[test]
fn review_filters_list_the_matching_sentences() {
    use sift::model::Filter;
    let state = run(
        opened(),
        [
            Action::Select(2),
            Action::ExtendTo(3),
            Action::SetLabel(Some(Label::Claim)),
            Action::Select(5),
            Action::SetLabel(Some(Label::Fact)),
            Action::SetNote {
                index: 0,
                note: Some("Headline wording".into()),
            },
        ],
    );
    let s = session(&state);
    assert_eq!(Filter::Labelled(Label::Claim).matching(s), [2, 3]);
    assert_eq!(Filter::Labelled(Label::Fact).matching(s), [5]);
    assert_eq!(
        Filter::Labelled(Label::Context).matching(s),
        Vec::<usize>::new()
    );
    assert_eq!(Filter::Unlabelled.matching(s), [0, 1, 4]);
    assert_eq!(Filter::WithNote.matching(s), [0]);
    assert!(Filter::ALL.iter().all(|f| !["Claim", "Fact", "Context"]
        .iter()
        .any(|w| f.name().starts_with(w))));
}

#[test]
fn renaming_changes_the_title_and_an_empty_name_restores_the_first_line() {
    let state = run(opened(), [Action::Rename("  Tram vote  ".into())]);
    assert_eq!(session(&state).doc.title, "Tram vote");
    let state = run(state, [Action::Rename("   ".into())]);
    assert_eq!(session(&state).doc.title, "Mayor backs tram plan");
    assert!(apply(&state, Action::Rename("Mayor backs tram plan".into())).is_none());
}

#[test]
fn adopting_imported_annotations_is_one_undoable_change() {
    use sift::model::Annotations;
    let state = opened();
    let mut annotations = Annotations::empty(6);
    annotations.labels[1] = Some(Label::Context);
    let imported = run(state.clone(), [Action::Adopt(annotations, vec![])]);
    assert_eq!(
        (
            session(&imported).label(1),
            session(&imported).counts.context
        ),
        (Some(Label::Context), 1)
    );
    assert_eq!(
        session(&run(imported, [Action::Undo])).label(1),
        None,
        "an import can be undone"
    );
    assert!(
        apply(&state, Action::Adopt(Annotations::empty(2), vec![])).is_none(),
        "annotations for other sentences are refused"
    );
}

#[test]
fn every_change_moves_the_tick_and_stamps_what_it_changed() {
    let state = run(opened(), [Action::Select(1)]);
    assert_eq!(session(&state).clock, 0, "selecting is not a change");
    let labelled = run(state, [Action::SetLabel(Some(Label::Fact))]);
    let s = session(&labelled);
    assert_eq!(s.clock, 1);
    assert_eq!(
        (s.stamps.label[1], s.stamps.label[0], s.stamps.note[1]),
        (1, 0, 0)
    );
    let renamed = run(labelled, [Action::Rename("Tram".into())]);
    assert_eq!(
        (session(&renamed).clock, session(&renamed).stamps.title),
        (2, 2)
    );
    let undone = run(renamed, [Action::Undo, Action::Undo]);
    let s = session(&undone);
    assert_eq!(
        (s.label(1), s.doc.title.as_str()),
        (None, "Mayor backs tram plan")
    );
    assert_eq!(
        (s.clock, s.stamps.label[1], s.stamps.title),
        (4, 4, 3),
        "undo is a change too"
    );
}

#[test]
fn a_split_keeps_the_stamps_of_the_labels_it_copies() {
    let state = run(
        opened(),
        [Action::Select(2), Action::SetLabel(Some(Label::Claim))],
    );
    let text = session(&state).doc.text.clone();
    let span = session(&state).doc.sentences[2];
    let at = span.start + text[span.start..span.end].find(' ').unwrap();
    let split = run(state, [Action::Split { index: 2, at }]);
    let s = session(&split);
    assert_eq!((s.stamps.label[2], s.stamps.label[3]), (1, 1));
    assert_eq!(s.stamps.bounds, 2);
}

#[test]
fn undo_keeps_the_last_changes_up_to_its_limit() {
    use sift::model::UNDO_LIMIT;
    let mut state = run(opened(), [Action::Select(0)]);
    for i in 0..UNDO_LIMIT + 20 {
        let note = Some(format!("version {i}"));
        state = apply(&state, Action::SetNote { index: 0, note }).unwrap();
    }
    let mut undone = 0;
    while let Some(previous) = apply(&state, Action::Undo) {
        state = previous;
        undone += 1;
    }
    assert_eq!(undone, UNDO_LIMIT);
    assert_eq!(
        session(&state).note(0),
        Some("version 19"),
        "the oldest changes are forgotten first"
    );
}

#[test]
fn undoing_a_label_keeps_the_document_itself_so_the_view_redraws_one_sentence_not_all() {
    let labelled = run(
        opened(),
        [Action::Select(2), Action::SetLabel(Some(Label::Fact))],
    );
    let undone = apply(&labelled, Action::Undo).expect("undo changes the state");
    assert_eq!(session(&undone).label(2), None);
    assert!(std::rc::Rc::ptr_eq(
        &session(&undone).doc,
        &session(&labelled).doc
    ));
    let redone = apply(&undone, Action::Redo).expect("redo changes the state");
    assert_eq!(session(&redone).label(2), Some(Label::Fact));
    assert!(std::rc::Rc::ptr_eq(
        &session(&redone).doc,
        &session(&labelled).doc
    ));
}

#[test]
fn undo_takes_back_only_this_tabs_change_not_what_another_tab_did_since() {
    let base = session(&opened()).clone();
    // This tab labels sentence 1; another tab then labels sentence 2 and notes sentence 1.
    let ours = run(
        State {
            session: Some(base.clone()),
            read_only: false,
        },
        [Action::Select(1), Action::SetLabel(Some(Label::Claim))],
    );
    let theirs = run(
        State {
            session: Some(session(&ours).clone()),
            read_only: false,
        },
        [
            Action::Select(2),
            Action::SetLabel(Some(Label::Fact)),
            Action::SetNote {
                index: 1,
                note: Some("theirs".into()),
            },
        ],
    );
    let synced = apply(
        &ours,
        Action::Sync {
            theirs: Box::new(session(&theirs).clone()),
            synced: session(&ours).clock,
        },
    )
    .unwrap();
    let undone = run(synced, [Action::Undo]);
    let s = session(&undone);
    assert_eq!(s.label(1), None, "our label is taken back");
    assert_eq!(s.label(2), Some(Label::Fact), "theirs stays");
    assert_eq!(
        s.note(1),
        Some("theirs"),
        "theirs stays, even on our sentence"
    );
    let redone = run(undone, [Action::Redo]);
    assert_eq!(session(&redone).label(1), Some(Label::Claim));
    assert_eq!(session(&redone).label(2), Some(Label::Fact));
}

mod coverage {
    use sift::model::coverage::{marks, row_of, rows, sentence_at, Mark};
    use sift::model::Label::{self, Claim, Context, Fact};

    /// The rows of each mark in `lane`, as (first, end).
    fn lane(found: &[Mark], lane: Option<Label>) -> Vec<(usize, usize)> {
        found
            .iter()
            .filter(|m| m.lane == lane)
            .map(|m| (m.rows.start, m.rows.end))
            .collect()
    }

    #[test]
    fn a_short_document_gets_a_row_per_sentence_and_each_run_of_a_label_is_one_mark() {
        let labels = [Some(Claim), Some(Claim), None, Some(Fact), None, None];
        let found = marks(&labels, rows(labels.len(), 200));
        assert_eq!(lane(&found, Some(Claim)), [(0, 2)]);
        assert_eq!(lane(&found, Some(Fact)), [(3, 4)]);
        assert_eq!(lane(&found, Some(Context)), []);
        assert_eq!(lane(&found, None), [(2, 3), (4, 6)]);
    }

    #[test]
    fn a_single_claim_in_a_long_document_still_shows_and_the_unlabelled_stretches_around_it() {
        let mut labels = vec![Some(Context); 10_000];
        labels[7_321] = Some(Claim);
        labels[100..300].fill(None);
        let found = marks(&labels, 200);
        assert_eq!(lane(&found, Some(Claim)), [(146, 147)]);
        assert_eq!(lane(&found, None), [(2, 6)]);
        assert_eq!(lane(&found, Some(Context)), [(0, 2), (6, 200)]);
        assert_eq!(row_of(7_321, 10_000, 200), 146);
    }

    #[test]
    fn a_click_on_the_strip_lands_on_a_sentence_of_the_document() {
        assert_eq!(sentence_at(0.0, 10), 0);
        assert_eq!(sentence_at(0.55, 10), 5);
        assert_eq!(sentence_at(1.0, 10), 9);
        assert_eq!(sentence_at(-3.0, 10), 0);
        assert_eq!(sentence_at(f64::NAN, 10), 0);
        assert_eq!(sentence_at(0.5, 0), 0);
        assert!(marks(&[], rows(0, 200)).is_empty());
    }
}

#[test]
fn one_sentence_labelled_by_index_keeps_the_selection_and_undoes() {
    let state = run(opened(), [Action::Select(0)]);
    let labelled = run(
        state,
        [Action::SetLabelAt {
            index: 3,
            label: Some(Label::Claim),
        }],
    );
    let s = session(&labelled);
    assert_eq!(s.label(3), Some(Label::Claim));
    assert_eq!(s.selection, Some(Selection::one(0)));
    assert_eq!(s.counts.get(Some(Label::Claim)), 1);
    let out_of_range = Action::SetLabelAt {
        index: 99,
        label: Some(Label::Fact),
    };
    assert!(apply(&labelled, out_of_range).is_none());
    let undone = run(labelled, [Action::Undo]);
    assert_eq!(session(&undone).label(3), None);
}

#[test]
fn accepted_suggestions_label_several_sentences_in_one_change() {
    let state = run(
        opened(),
        [Action::Select(0), Action::SetLabel(Some(Label::Fact))],
    );
    let accepted = run(
        state,
        [Action::SetLabels(vec![
            (0, Label::Fact),
            (2, Label::Claim),
            (3, Label::Context),
        ])],
    );
    let s = session(&accepted);
    assert_eq!(
        (s.label(0), s.label(2), s.label(3)),
        (Some(Label::Fact), Some(Label::Claim), Some(Label::Context))
    );
    assert_eq!(s.counts.labelled(), 3);
    let undone = run(accepted.clone(), [Action::Undo]);
    assert_eq!(
        (session(&undone).label(2), session(&undone).label(3)),
        (None, None)
    );
    assert_eq!(session(&undone).label(0), Some(Label::Fact));
    // Nothing new, or only sentences past the end: no change.
    assert!(apply(
        &accepted,
        Action::SetLabels(vec![(0, Label::Fact), (99, Label::Claim)])
    )
    .is_none());
}

#[test]
fn a_note_saved_by_position_lands_on_that_sentence_after_an_earlier_merge() {
    // The panel opened on "Critics disagree." (index 3); another tab merges 0 and 1 before the
    // save, so index 3 is now "They cite the cost.".
    let state = run(opened(), [Action::Select(0), Action::MergeWithNext]);
    let at = ARTICLE.find("Critics").unwrap();
    let saved = run(
        state,
        [Action::SetNoteAt {
            at,
            note: Some("Who are the critics?".into()),
        }],
    );
    let s = session(&saved);
    assert_eq!(s.doc.sentence_text(2), "Critics disagree.");
    assert_eq!(s.note(2), Some("Who are the critics?"));
    assert_eq!(s.note(3), None);
}
