//! Merging annotations from another tab (three-way) and from an import (two-way).

use std::rc::Rc;

use sift::model::{merge_three, merge_two, Annotations, Label};

fn ann(labels: &str, notes: &[Option<&str>]) -> Annotations {
    Annotations {
        labels: labels.chars().map(Label::from_digit).collect(),
        notes: notes.iter().map(|n| n.map(Rc::from)).collect(),
    }
}

#[test]
fn two_tabs_labelling_different_sentences_keep_both() {
    let base = ann("0000", &[None; 4]);
    let ours = ann("1000", &[None; 4]);
    let theirs = ann("0020", &[None, None, Some("theirs"), None]);
    let merged = merge_three(&base, &ours, &theirs);
    assert_eq!(
        merged.annotations,
        ann("1020", &[None, None, Some("theirs"), None])
    );
    assert!(merged.conflicts.is_empty());
}

#[test]
fn a_write_that_missed_our_change_does_not_undo_it() {
    // The other tab wrote before it saw our claim on sentence 0: its copy still has the old value.
    let base = ann("0000", &[None; 4]);
    let ours = ann("1000", &[Some("mine"), None, None, None]);
    let theirs = ann("0003", &[None; 4]);
    let merged = merge_three(&base, &ours, &theirs);
    assert_eq!(
        merged.annotations,
        ann("1003", &[Some("mine"), None, None, None])
    );
}

#[test]
fn both_tabs_changing_one_sentence_is_a_reported_conflict_the_later_write_wins() {
    let base = ann("00", &[None, None]);
    let ours = ann("10", &[None, None]);
    let theirs = ann("20", &[None, None]);
    let merged = merge_three(&base, &ours, &theirs);
    assert_eq!(merged.annotations.labels, [Some(Label::Fact), None]);
    assert_eq!(merged.conflicts, [0]);
    let same = merge_three(&base, &ours, &ours);
    assert!(
        same.conflicts.is_empty(),
        "the same change on both sides is no conflict"
    );
}

#[test]
fn an_import_fills_gaps_and_the_newer_side_wins_conflicts() {
    let existing = ann("1020", &[Some("kept"), None, None, None]);
    let incoming = ann("0320", &[Some("theirs"), Some("new note"), None, None]);
    let newer = merge_two(&existing, &incoming, true);
    assert_eq!(
        newer.annotations,
        ann("1320", &[Some("theirs"), Some("new note"), None, None])
    );
    assert_eq!(
        newer.conflicts,
        [0],
        "sentence 0's note differs on both sides"
    );
    let older = merge_two(&existing, &incoming, false);
    assert_eq!(
        older.annotations,
        ann("1320", &[Some("kept"), Some("new note"), None, None])
    );
    assert_eq!(older.conflicts, [0]);
    let clash = merge_two(&ann("1", &[None]), &ann("2", &[None]), true);
    assert_eq!(
        (clash.annotations.labels[0], clash.conflicts.clone()),
        (Some(Label::Fact), vec![0])
    );
}
