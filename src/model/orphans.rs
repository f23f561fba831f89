//! Orphans: labels and notes that found no sentence (of a new version of the article, or from
//! another tool's file), kept in a list of their own until the reader attaches or dismisses
//! each, so nothing is dropped unseen.

use std::rc::Rc;

use super::Label;

/// A label or note that found no sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orphan {
    /// Its sentence in the previous version; `None` for another tool's annotation.
    pub old_index: Option<usize>,
    /// The text it was given to.
    pub text: String,
    pub label: Option<Label>,
    pub note: Option<Rc<str>>,
}

/// An orphan in a session's list, with the tick it was listed at (see `Session::clock`), which
/// tells a merge of two tabs' lists whether the other tab could have seen it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub tick: u64,
    pub orphan: Orphan,
}

/// Two tabs' lists as one. An orphan both list stays. One only this side lists is kept if it
/// was listed after `synced` (the other tab has not seen it yet), and dropped otherwise (the
/// other tab attached or dismissed it); the same for the other side. Ours come first, in order.
pub fn merge_orphans(ours: &[Listed], theirs: &[Listed], synced: u64) -> Vec<Listed> {
    let kept = |l: &&Listed, other: &[Listed]| other.contains(l) || l.tick > synced;
    let mut out: Vec<Listed> = ours.iter().filter(|l| kept(l, theirs)).cloned().collect();
    out.extend(
        theirs
            .iter()
            .filter(|l| !ours.contains(l) && kept(l, ours))
            .cloned(),
    );
    out
}

/// `current` with the change from `from` to `to` made on it (for undo and redo): the orphans
/// that change removed are removed, those it listed are listed again.
pub fn retarget_orphans(current: &[Listed], from: &[Listed], to: &[Listed]) -> Vec<Listed> {
    let mut out: Vec<Listed> = current
        .iter()
        .filter(|l| !from.contains(l) || to.contains(l))
        .cloned()
        .collect();
    for l in to {
        if !from.contains(l) && !out.contains(l) {
            out.push(l.clone());
        }
    }
    out
}
