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

/// Three-way merge: `base` is what this tab last read or wrote, `ours` its state now, `theirs`
/// what another tab just stored. A sentence only one side changed takes that change; where both
/// changed it differently, `theirs` (the later write) wins and the sentence is reported.
/// All three must have the same length.
pub fn merge_three(base: &Annotations, ours: &Annotations, theirs: &Annotations) -> Merged {
    let mut conflicts = Vec::new();
    let mut pick = |i: usize, conflict: bool| {
        if conflict && conflicts.last() != Some(&i) {
            conflicts.push(i);
        }
    };
    let labels = (0..ours.labels.len())
        .map(|i| {
            let (b, o, t) = (base.labels[i], ours.labels[i], theirs.labels[i]);
            pick(i, o != t && o != b && t != b);
            if o == b {
                t
            } else if t == b {
                o
            } else {
                t
            }
        })
        .collect();
    let notes = (0..ours.notes.len())
        .map(|i| {
            let (b, o, t) = (&base.notes[i], &ours.notes[i], &theirs.notes[i]);
            pick(i, o != t && o != b && t != b);
            if o == b {
                t.clone()
            } else if t == b {
                o.clone()
            } else {
                t.clone()
            }
        })
        .collect();
    conflicts.sort_unstable();
    conflicts.dedup();
    Merged {
        annotations: Annotations { labels, notes },
        conflicts,
    }
}

/// Two-way merge of an import into a document with the same sentences: what only one side has
/// is kept; where both have different values, `incoming_is_newer` decides and the sentence is
/// reported.
pub fn merge_two(
    existing: &Annotations,
    incoming: &Annotations,
    incoming_is_newer: bool,
) -> Merged {
    let mut conflicts = Vec::new();
    let mut choose = |i: usize, mine_set: bool, theirs_set: bool, differ: bool| -> bool {
        // true: take the incoming value
        if !differ {
            return false;
        }
        match (mine_set, theirs_set) {
            (false, _) => true,
            (true, false) => false,
            (true, true) => {
                conflicts.push(i);
                incoming_is_newer
            }
        }
    };
    let labels = (0..existing.labels.len())
        .map(|i| {
            let (m, t) = (existing.labels[i], incoming.labels[i]);
            if choose(i, m.is_some(), t.is_some(), m != t) {
                t
            } else {
                m
            }
        })
        .collect();
    let notes = (0..existing.notes.len())
        .map(|i| {
            let (m, t) = (&existing.notes[i], &incoming.notes[i]);
            if choose(i, m.is_some(), t.is_some(), m != t) {
                t.clone()
            } else {
                m.clone()
            }
        })
        .collect();
    conflicts.sort_unstable();
    conflicts.dedup();
    Merged {
        annotations: Annotations { labels, notes },
        conflicts,
    }
}
