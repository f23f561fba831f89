//! Orphans: labels and notes that found no sentence (of a new version of the article, or from
//! another tool's file), kept in a list of their own until the reader attaches or dismisses
//! each, so nothing is dropped unseen.

use std::collections::HashSet;
use std::rc::Rc;

use super::Label;

/// A label or note that found no sentence.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Listed {
    pub tick: u64,
    pub orphan: Orphan,
}

/// Two tabs' lists as one. An orphan both list stays. One only this side lists is kept if it
/// was listed after `synced` (the other tab has not seen it yet), and dropped otherwise (the
/// other tab attached or dismissed it); the same for the other side. Ours come first, in order.
pub fn merge_orphans(ours: &[Listed], theirs: &[Listed], synced: u64) -> Vec<Listed> {
    let (in_ours, in_theirs) = (set(ours), set(theirs));
    let kept = |l: &&Listed, other: &HashSet<&Listed>| other.contains(l) || l.tick > synced;
    let mut out: Vec<Listed> = ours
        .iter()
        .filter(|l| kept(l, &in_theirs))
        .cloned()
        .collect();
    out.extend(
        theirs
            .iter()
            .filter(|l| !in_ours.contains(l) && kept(l, &in_ours))
            .cloned(),
    );
    out
}

/// A list as a set, so that thousands of orphans are looked up, not compared each with each.
fn set(listed: &[Listed]) -> HashSet<&Listed> {
    listed.iter().collect()
}

/// `orphans` without those `listed` has already, and each once: a file imported twice lists
/// its orphans once.
pub fn unlisted(listed: &[Listed], orphans: Vec<Orphan>) -> Vec<Orphan> {
    let mut seen: HashSet<&Orphan> = listed.iter().map(|l| &l.orphan).collect();
    let new: Vec<bool> = orphans.iter().map(|o| seen.insert(o)).collect();
    orphans
        .into_iter()
        .zip(new)
        .filter_map(|(o, new)| new.then_some(o))
        .collect()
}

/// `current` with the change from `from` to `to` made on it (for undo and redo): the orphans
/// that change removed are removed, those it listed are listed again.
pub fn retarget_orphans(current: &[Listed], from: &[Listed], to: &[Listed]) -> Vec<Listed> {
    let (from, to_set) = (set(from), set(to));
    let mut listed: HashSet<&Listed> = HashSet::new();
    let mut out: Vec<Listed> = Vec::new();
    let still = current
        .iter()
        .filter(|l| !from.contains(l) || to_set.contains(l));
    for l in still.chain(to.iter().filter(|l| !from.contains(l))) {
        if listed.insert(l) {
            out.push(l.clone());
        }
    }
    out
}
