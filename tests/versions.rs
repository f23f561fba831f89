//! Carrying work to a new version of an article: each kind of edit a newsroom makes, and
//! properties that hold for any edits (nothing labelled vanishes without becoming an orphan).

use std::rc::Rc;

use proptest::prelude::*;
use sift::model::Label::{self, Claim, Context, Fact};
use sift::versions::{carry, Carried, Origin};

fn run(old: &[&str], labels: &[Option<Label>], new: &[&str]) -> Carried {
    carry(old, labels, &vec![None; old.len()], new)
}

const OLD: [&str; 5] = [
    "Fares will rise by 8% from January.",
    "The operator blamed fuel costs.",
    "Mr. Reyes called the rise unfair.",
    "He said he would write to the council.",
    "Talks resume in May.",
];
const LABELS: [Option<Label>; 5] = [Some(Fact), Some(Claim), Some(Context), None, Some(Fact)];

#[test]
fn identical_text_keeps_every_sentence_and_label() {
    let out = run(&OLD, &LABELS, &OLD);
    assert_eq!(out.origin, (0..5).map(Origin::Kept).collect::<Vec<_>>());
    assert_eq!(out.labels, LABELS);
    assert!(out.orphans.is_empty());
}

#[test]
fn an_inserted_sentence_is_new_and_the_rest_keep_their_labels() {
    let new = [
        OLD[0],
        OLD[1],
        "A spokesperson declined to comment.",
        OLD[2],
        OLD[3],
        OLD[4],
    ];
    let out = run(&OLD, &LABELS, &new);
    assert_eq!(out.origin[2], Origin::Inserted);
    assert_eq!(
        out.labels,
        [
            Some(Fact),
            Some(Claim),
            None,
            Some(Context),
            None,
            Some(Fact)
        ]
    );
}

#[test]
fn a_removed_labelled_sentence_becomes_an_orphan_with_its_text_and_label() {
    let new = [OLD[0], OLD[2], OLD[3], OLD[4]];
    let out = run(&OLD, &LABELS, &new);
    assert_eq!(out.labels, [Some(Fact), Some(Context), None, Some(Fact)]);
    assert_eq!(out.orphans.len(), 1);
    assert_eq!(out.orphans[0].old_index, Some(1));
    assert_eq!(out.orphans[0].text, OLD[1]);
    assert_eq!(out.orphans[0].label, Some(Claim));
}

#[test]
fn a_reworded_sentence_keeps_its_label_and_shows_as_edited() {
    let new = [
        "Fares will rise by 9% from January.",
        OLD[1],
        "Mr. Dan Reyes called the rise unfair.",
        OLD[3],
        OLD[4],
    ];
    let out = run(&OLD, &LABELS, &new);
    assert_eq!(out.origin[0], Origin::Edited(0));
    assert_eq!(out.origin[2], Origin::Edited(2));
    assert_eq!(out.labels, LABELS);
    // Rewritten beyond recognition: a new sentence, and the old one's label an orphan.
    let rewritten = [
        OLD[0],
        "Costs of diesel went up sharply.",
        OLD[2],
        OLD[3],
        OLD[4],
    ];
    let out = run(&OLD, &LABELS, &rewritten);
    assert_eq!(out.origin[1], Origin::Inserted);
    assert_eq!(out.orphans[0].label, Some(Claim));
}

#[test]
fn both_halves_of_a_split_sentence_keep_its_label() {
    let old = ["The operator blamed fuel costs, and it cut two sailings."];
    let new = ["The operator blamed fuel costs.", "It cut two sailings."];
    let out = run(&old, &[Some(Claim)], &new);
    assert_eq!(out.origin, [Origin::Edited(0), Origin::Edited(0)]);
    assert_eq!(out.labels, [Some(Claim), Some(Claim)]);
    assert!(out.orphans.is_empty());
}

#[test]
fn merged_sentences_keep_one_label_and_both_notes_and_a_second_label_is_an_orphan() {
    let old = [
        "Ships sailed late.",
        "They were full.",
        "Talks resume in May.",
    ];
    let new = [
        "Ships sailed late, and they were full.",
        "Talks resume in May.",
    ];
    let notes: Vec<Option<Rc<str>>> = vec![Some("port log".into()), Some("photo".into()), None];
    let out = carry(&old, &[None, Some(Fact), None], &notes, &new);
    assert_eq!(out.labels[0], Some(Fact));
    assert!(out.orphans.is_empty(), "{:?}", out.orphans);
    let note = out.notes[0].as_deref().unwrap();
    assert!(
        note.contains("port log") && note.contains("photo"),
        "{note}"
    );

    let out = carry(&old, &[Some(Claim), Some(Fact), None], &notes, &new);
    // Both parts are as like the merged sentence: the first keeps its label, as in Sift's own
    // merge, and the other is listed for the reader to place.
    assert_eq!(out.labels[0], Some(Claim));
    assert_eq!(
        out.orphans.len(),
        1,
        "the label the merged sentence could not keep"
    );
    assert_eq!(out.orphans[0].label, Some(Fact));
    assert_eq!(
        out.orphans[0].note, None,
        "its note joined the merged sentence's"
    );
}

#[test]
fn reordered_paragraphs_keep_every_label() {
    let new = [OLD[3], OLD[4], OLD[0], OLD[1], OLD[2]];
    let out = run(&OLD, &LABELS, &new);
    assert_eq!(
        out.labels,
        [None, Some(Fact), Some(Fact), Some(Claim), Some(Context)]
    );
    assert!(out.orphans.is_empty());
    assert!(out.origin.iter().all(|o| matches!(o, Origin::Kept(_))));
}

#[test]
fn white_space_alone_is_no_edit() {
    let new = [
        "Fares  will rise by 8%\nfrom January.",
        OLD[1],
        OLD[2],
        OLD[3],
        OLD[4],
    ];
    assert_eq!(run(&OLD, &LABELS, &new).origin[0], Origin::Kept(0));
}

/// Sentences from a small vocabulary, so that edits make near and exact repeats.
fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "fares", "rise", "the", "council", "fuel", "ferry", "May", "said",
        ]),
        1..7,
    )
    .prop_map(|w| format!("{}.", w.join(" ")))
}

fn label() -> impl Strategy<Value = Option<Label>> {
    prop::sample::select(vec![None, Some(Claim), Some(Fact), Some(Context)])
}

/// An edit of a list of sentences: keep, drop, reword or insert before each.
#[derive(Debug, Clone)]
enum Edit {
    Keep,
    Drop,
    Reword(String),
    InsertBefore(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => Just(Edit::Keep),
        1 => Just(Edit::Drop),
        1 => sentence().prop_map(Edit::Reword),
        1 => sentence().prop_map(Edit::InsertBefore),
    ]
}

proptest! {
    #[test]
    fn identical_text_carries_every_label(old in prop::collection::vec((sentence(), label()), 0..40)) {
        let texts: Vec<&str> = old.iter().map(|(s, _)| s.as_str()).collect();
        let labels: Vec<Option<Label>> = old.iter().map(|(_, l)| *l).collect();
        let out = run(&texts, &labels, &texts);
        prop_assert_eq!(out.labels, labels);
        prop_assert!(out.orphans.is_empty());
    }

    #[test]
    fn no_label_vanishes_without_becoming_an_orphan(
        old in prop::collection::vec((sentence(), label()), 0..40),
        edits in prop::collection::vec(edit(), 40),
    ) {
        let mut new = Vec::new();
        for ((text, _), edit) in old.iter().zip(&edits) {
            match edit {
                Edit::Keep => new.push(text.clone()),
                Edit::Drop => {}
                Edit::Reword(other) => new.push(other.clone()),
                Edit::InsertBefore(other) => {
                    new.push(other.clone());
                    new.push(text.clone());
                }
            }
        }
        let texts: Vec<&str> = old.iter().map(|(s, _)| s.as_str()).collect();
        let labels: Vec<Option<Label>> = old.iter().map(|(_, l)| *l).collect();
        let new_texts: Vec<&str> = new.iter().map(String::as_str).collect();
        let out = run(&texts, &labels, &new_texts);
        prop_assert_eq!(out.labels.len(), new.len());
        for (i, label) in labels.iter().enumerate() {
            let Some(label) = label else { continue };
            let carried = out.origin.iter().zip(&out.labels)
                .any(|(o, l)| o.old() == Some(i) && l == &Some(*label));
            let merged = out.merged[i].is_some_and(|j| out.labels[j] == Some(*label));
            let orphan = out.orphans.iter().any(|o| o.old_index == Some(i) && o.label == Some(*label));
            prop_assert!(carried || merged || orphan, "the label of old sentence {} vanished", i);
        }
    }
}

mod recognising {
    use sift::sketch::{new_version_of, resemblance, sketch};

    const FERRY: &str = include_str!("e2e/articles/ferry-fares.txt");
    const SAMPLE: &str = include_str!("../assets/sample-article.txt");

    /// The ferry article as a newsroom corrects it: a figure fixed, a name completed, a
    /// sentence added at the end.
    fn corrected() -> String {
        FERRY
            .replace("8%", "9%")
            .replace("Mr. Dan Reyes", "Mr. Daniel Reyes")
            + "\nUpdate: the council will discuss the fares on Thursday.\n"
    }

    #[test]
    fn a_corrected_article_resembles_its_old_version_and_another_article_does_not() {
        let old = sketch(FERRY);
        assert_eq!(resemblance(&old, &old), 1.0);
        let new = sketch(&corrected());
        let r = resemblance(&new, &old);
        assert!(r >= 0.5, "a corrected version: {r}");
        let other = resemblance(&sketch(SAMPLE), &old);
        assert!(other < 0.1, "another article: {other}");
        assert_eq!(resemblance(&sketch(""), &old), 0.0);
    }

    #[test]
    fn the_library_entry_a_pasted_text_is_a_new_version_of_is_found_among_others() {
        let (ferry, sample) = (sketch(FERRY), sketch(SAMPLE));
        let library = [
            ("doc-sample", sample.as_slice()),
            ("doc-ferry", ferry.as_slice()),
        ];
        let found = new_version_of(&sketch(&corrected()), library).map(|(id, _)| id);
        assert_eq!(found, Some("doc-ferry"));
        let unrelated =
            sketch("A storm closed the harbour on Friday, and every ferry stayed in port.");
        assert_eq!(new_version_of(&unrelated, library), None);
    }
}

#[test]
fn an_edited_sentence_shows_word_by_word_what_went_and_what_came() {
    use sift::versions::{word_diff, Piece};
    let old = "Fares will rise by 8% from January, the operator said.";
    let new = "Fares will rise by 9% from January 5, the operator said on Monday.";
    assert_eq!(
        word_diff(old, new),
        [
            Piece::Same("Fares will rise by "),
            Piece::Removed("8"),
            Piece::Added("9"),
            Piece::Same("% from January"),
            Piece::Added(" 5"),
            Piece::Same(", the operator said"),
            Piece::Added(" on Monday"),
            Piece::Same("."),
        ]
    );
    assert_eq!(
        word_diff("Same text.", "Same text."),
        [Piece::Same("Same text.")]
    );
}

#[test]
fn a_new_version_is_a_document_of_its_own_with_the_work_carried_and_the_title_kept() {
    use sift::model::{apply, Action, Document, Session, State};
    let text =
        "Ferry fares rise\n\nFares will rise by 8%. The operator blamed fuel. Talks resume in May.";
    let mut state = State {
        session: Some(Session::new(Document::new(
            text.into(),
            "2026-11-27T09:00:00Z",
        ))),
        read_only: false,
    };
    for action in [
        Action::Rename("Ferry fares (Courier)".into()),
        Action::Select(1),
        Action::SetLabel(Some(Fact)),
        Action::Select(2),
        Action::SetLabel(Some(Claim)),
    ] {
        state = apply(&state, action).unwrap();
    }
    let old = state.session.unwrap();
    let edited = text
        .replace("8%", "9%")
        .replace(" The operator blamed fuel.", "");
    let (new, carried) =
        sift::versions::new_version(&old, Document::new(edited, "2026-11-28T09:00:00Z"), 2);
    assert_ne!(new.doc.id, old.doc.id);
    assert_eq!(new.doc.version, 2);
    assert_eq!(new.doc.previous.as_deref(), Some(old.doc.id.as_str()));
    assert_eq!(new.doc.title, "Ferry fares (Courier)");
    assert_eq!(*new.labels, [None, Some(Fact), None]);
    assert_eq!(new.counts.get(Some(Fact)), 1);
    assert_eq!(carried.origin[1], Origin::Edited(1));
    assert_eq!(carried.orphans.len(), 1);
    assert_eq!(carried.orphans[0].text, "The operator blamed fuel.");
    assert_eq!(
        new.orphans.len(),
        1,
        "the orphan is listed in the new version"
    );
    assert_eq!(new.orphans[0].orphan.label, Some(Claim));
}

mod after_a_new_version {
    use super::*;
    use sift::model::{apply, merge, Action, Document, Label, Session, State};
    use sift::versions::{changes, new_version, Change};

    const OLD: &str = "Ferry fares rise\n\nFares will rise by 8% in May. The operator blamed fuel costs. Talks resume in June.";
    const NEW: &str = "Ferry fares rise\n\nFares will rise by 9% in May. Talks resume in June. Unions called a strike.";

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

    /// Version 1 labelled (the fuel sentence a claim with a note), and version 2 made from it.
    fn versions() -> (Session, Session) {
        let old = Session::new(Document::new(OLD.into(), "2026-11-27T09:00:00Z"));
        let old = run(
            old,
            vec![
                Action::Select(1),
                Action::SetLabel(Some(Fact)),
                Action::Select(2),
                Action::SetLabel(Some(Claim)),
                Action::SetNote {
                    index: 2,
                    note: Some("Which fuel?".into()),
                },
            ],
        );
        let (new, _) = new_version(&old, Document::new(NEW.into(), "2026-11-28T09:00:00Z"), 2);
        (old, new)
    }

    #[test]
    fn inserted_and_edited_sentences_are_marked_and_removed_ones_listed() {
        let (old, new) = versions();
        let found = changes(&old.doc, &new.doc);
        let marks: Vec<Option<Change>> = (0..new.doc.len()).map(|i| found.of(i)).collect();
        assert_eq!(
            marks,
            [None, Some(Change::Edited), None, Some(Change::Inserted)]
        );
        assert_eq!(found.changed(), [1, 3]);
        assert_eq!(found.removed, [2], "the fuel sentence went");
        assert_eq!(found.sources(1), [1], "the edited sentence's old text");
        // c and Shift+C: from the focus to the next or previous change, wrapping around.
        assert_eq!(found.next(None, 1), Some(1));
        assert_eq!(found.next(None, -1), Some(3));
        assert_eq!(found.next(Some(1), 1), Some(3));
        assert_eq!(found.next(Some(3), 1), Some(1));
        assert_eq!(found.next(Some(2), -1), Some(1));
        assert_eq!(found.next(Some(1), -1), Some(3));
        // A split made afterwards in the new version: both halves are edited.
        let at = NEW.find(" in May").unwrap();
        let split = run(new, vec![Action::Split { index: 1, at }]);
        let found = changes(&old.doc, &split.doc);
        assert_eq!(found.of(1), Some(Change::Edited));
        assert_eq!(found.of(2), Some(Change::Edited));
    }

    #[test]
    fn an_orphan_attached_gives_its_label_and_note_to_the_focused_sentence_and_undo_lists_it_again()
    {
        let (_, new) = versions();
        assert_eq!(new.orphans.len(), 1);
        let orphan = new.orphans[0].clone();
        assert_eq!(orphan.orphan.text, "The operator blamed fuel costs.");
        let attached = run(
            new.clone(),
            vec![Action::Select(3), Action::Attach(orphan.clone())],
        );
        assert!(attached.orphans.is_empty());
        assert_eq!(attached.label(3), Some(Claim));
        assert_eq!(attached.note(3), Some("Which fuel?"));
        assert_eq!(attached.counts.get(Some(Claim)), 1);
        let undone = run(attached, vec![Action::Undo]);
        assert_eq!(undone.orphans.len(), 1);
        assert_eq!(undone.label(3), None);
        // Without a focused sentence, nothing happens.
        let nowhere = run(new.clone(), vec![Action::Attach(orphan.clone())]);
        assert_eq!(nowhere.orphans.len(), 1);
        let dismissed = run(new, vec![Action::Dismiss(orphan)]);
        assert!(dismissed.orphans.is_empty());
        assert!(dismissed.clock > 0, "a dismissal is a change to save");
    }

    #[test]
    fn orphans_listed_by_an_import_go_with_its_undo_and_come_back_with_redo() {
        let (_, new) = versions();
        let foreign = sift::model::Orphan {
            old_index: None,
            text: "Not in the text".into(),
            label: Some(Claim),
            note: None,
        };
        let mut annotations = new.annotations();
        annotations.labels[0] = Some(Context);
        let imported = run(new, vec![Action::Adopt(annotations, vec![foreign.clone()])]);
        assert_eq!(imported.orphans.len(), 2);
        let undone = run(imported, vec![Action::Undo]);
        assert_eq!(
            undone.orphans.len(),
            1,
            "only the new version's own orphan is left"
        );
        assert_eq!(undone.label(0), None);
        let redone = run(undone, vec![Action::Redo]);
        assert_eq!(redone.orphans.last().unwrap().orphan, foreign);
        assert_eq!(redone.label(0), Some(Context));
    }

    #[test]
    fn an_earlier_version_opened_to_read_cannot_be_changed() {
        let (old, _) = versions();
        let state = apply(&State::default(), Action::OpenReadOnly(old)).unwrap();
        assert!(state.read_only);
        let moved = apply(&state, Action::Select(1)).expect("moving still works");
        for change in [
            Action::SetLabel(Some(Context)),
            Action::SetNote {
                index: 1,
                note: Some("x".into()),
            },
            Action::MergeWithNext,
            Action::Rename("Other".into()),
        ] {
            assert!(apply(&moved, change).is_none());
        }
    }

    #[test]
    fn two_tabs_keep_an_orphan_only_while_neither_has_placed_it() {
        let (_, new) = versions();
        let listed = new.orphans[0].clone();
        // One tab dismisses the orphan; the other, which saw it, labels a sentence.
        let ours = run(new.clone(), vec![Action::Dismiss(listed)]);
        let theirs = run(
            new.clone(),
            vec![Action::Select(0), Action::SetLabel(Some(Context))],
        );
        let merged = merge(&theirs, &ours, 0).unwrap().session;
        assert!(merged.orphans.is_empty(), "the dismissal holds");
        assert_eq!(merged.label(0), Some(Context));
        // An orphan one tab lists later (an import) reaches the other.
        let foreign = sift::model::Orphan {
            old_index: None,
            text: "Not in the text".into(),
            label: Some(Label::Fact),
            note: None,
        };
        let annotations = ours.annotations();
        let ours = run(
            ours,
            vec![Action::Adopt(annotations, vec![foreign.clone()])],
        );
        let merged = merge(&theirs, &ours, 0).unwrap().session;
        assert_eq!(merged.orphans.len(), 1);
        assert_eq!(merged.orphans[0].orphan, foreign);
    }
}
