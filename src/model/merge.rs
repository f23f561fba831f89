//! Merging annotations made in two places: another tab (three-way, against what both last
//! shared) and an imported file (two-way, the newer side wins). Per sentence, so two people's
//! work on different sentences never overwrites each other.

use std::rc::Rc;

use super::Label;

/// Labels and notes, one entry per sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotations {
    pub labels: Vec<Option<Label>>,
    pub notes: Vec<Option<Rc<str>>>,
}

impl Annotations {
    pub fn empty(len: usize) -> Annotations {
        Annotations {
            labels: vec![None; len],
            notes: vec![None; len],
        }
    }
}

/// The result of a merge, with the sentences both sides changed differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub annotations: Annotations,
    /// Sentence indices where both sides disagreed; the winning side's value was kept.
    pub conflicts: Vec<usize>,
}

impl Merged {
    /// The conflicting sentences as a reader counts them ("3, 7"); empty when there is none.
    pub fn conflicts_for_people(&self) -> String {
        self.conflicts
            .iter()
            .map(|i| (i + 1).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Three-way merge: `base` is what this tab last read or wrote, `ours` its state now, `theirs`
/// what another tab just stored. A sentence only one side changed takes that change; where both
/// changed it differently, `theirs` (the later write) wins and the sentence is reported.
/// All three must have the same length.
pub fn merge_three(base: &Annotations, ours: &Annotations, theirs: &Annotations) -> Merged {
    merge_each(ours.labels.len(), |i| {
        (
            three(&base.labels[i], &ours.labels[i], &theirs.labels[i]),
            three(&base.notes[i], &ours.notes[i], &theirs.notes[i]),
        )
    })
}

/// Two-way merge of an import into a document with the same sentences: what only one side has
/// is kept; where both have different values, `incoming_is_newer` decides and the sentence is
/// reported.
pub fn merge_two(
    existing: &Annotations,
    incoming: &Annotations,
    incoming_is_newer: bool,
) -> Merged {
    merge_each(existing.labels.len(), |i| {
        (
            two(&existing.labels[i], &incoming.labels[i], incoming_is_newer),
            two(&existing.notes[i], &incoming.notes[i], incoming_is_newer),
        )
    })
}

/// A merged value, and whether the two sides conflicted over it.
type Pick<T> = (T, bool);

fn merge_each(
    len: usize,
    each: impl Fn(usize) -> (Pick<Option<Label>>, Pick<Option<Rc<str>>>),
) -> Merged {
    let mut annotations = Annotations::default();
    let mut conflicts = Vec::new();
    for i in 0..len {
        let ((label, label_conflict), (note, note_conflict)) = each(i);
        annotations.labels.push(label);
        annotations.notes.push(note);
        if label_conflict || note_conflict {
            conflicts.push(i);
        }
    }
    Merged {
        annotations,
        conflicts,
    }
}

fn three<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Pick<T> {
    if ours == base || ours == theirs {
        (theirs.clone(), false)
    } else if theirs == base {
        (ours.clone(), false)
    } else {
        (theirs.clone(), true)
    }
}

fn two<T: PartialEq + Clone>(
    mine: &Option<T>,
    theirs: &Option<T>,
    theirs_newer: bool,
) -> Pick<Option<T>> {
    match (mine, theirs) {
        (m, t) if m == t => (m.clone(), false),
        (None, t) => (t.clone(), false),
        (m, None) => (m.clone(), false),
        (m, t) => ((if theirs_newer { t } else { m }).clone(), true),
    }
}
