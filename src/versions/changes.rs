//! What changed between a version of an article and the one before it, as the sentences of the
//! newer one stand now (the reader may have split or merged some since): which are new, which
//! were edited, and which old sentences went.

use super::align::{align, merged_into, Origin};
use super::carry::sentences;
use crate::model::Document;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Per sentence of the newer version.
    pub origin: Vec<Origin>,
    /// Per sentence of the older version: the newer sentence it merged into, if any.
    pub merged: Vec<Option<usize>>,
    /// The older version's sentences that no newer one holds, in order.
    pub removed: Vec<usize>,
    /// Per sentence of the newer version: whether an older one merged into it. Kept so that
    /// asking a sentence's change is one look-up, not a pass over every older sentence.
    absorbed: Vec<bool>,
}

/// A sentence's change, as its `data-change` attribute names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Inserted,
    Edited,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Inserted => "inserted",
            Change::Edited => "edited",
        }
    }
}

pub fn changes(old: &Document, new: &Document) -> Changes {
    let (old_texts, new_texts) = (sentences(old), sentences(new));
    let origin = align(&old_texts, &new_texts);
    let merged = merged_into(&old_texts, &new_texts, &origin);
    let mut held = vec![false; old.len()];
    for i in origin.iter().filter_map(|o| o.old()) {
        held[i] = true;
    }
    let removed = (0..old.len())
        .filter(|&i| !held[i] && merged[i].is_none())
        .collect();
    let mut absorbed = vec![false; new.len()];
    for &into in merged.iter().flatten() {
        if let Some(absorbed) = absorbed.get_mut(into) {
            *absorbed = true;
        }
    }
    Changes {
        origin,
        merged,
        removed,
        absorbed,
    }
}

impl Changes {
    /// How sentence `index` of the newer version changed, if it did. A sentence another merged
    /// into is edited.
    pub fn of(&self, index: usize) -> Option<Change> {
        match self.origin.get(index)? {
            Origin::Inserted => Some(Change::Inserted),
            Origin::Edited(_) => Some(Change::Edited),
            Origin::Kept(_) if self.absorbed[index] => Some(Change::Edited),
            Origin::Kept(_) => None,
        }
    }

    /// The changed sentences of the newer version, in order.
    pub fn changed(&self) -> Vec<usize> {
        (0..self.origin.len())
            .filter(|&i| self.of(i).is_some())
            .collect()
    }

    /// The changed sentence after sentence `at` (`by` 1) or before it (−1), wrapping around;
    /// the first or the last when no sentence is focused.
    pub fn next(&self, at: Option<usize>, by: isize) -> Option<usize> {
        let changed = self.changed();
        let (first, last) = (*changed.first()?, *changed.last()?);
        Some(match (at, by > 0) {
            (None, true) => first,
            (None, false) => last,
            (Some(at), true) => changed.iter().copied().find(|&i| i > at).unwrap_or(first),
            (Some(at), false) => changed
                .iter()
                .rev()
                .copied()
                .find(|&i| i < at)
                .unwrap_or(last),
        })
    }

    /// The older version's sentences that sentence `index` came from: the one it was edited
    /// from, then any merged into it, in order.
    pub fn sources(&self, index: usize) -> Vec<usize> {
        let edited = self.origin.get(index).and_then(|o| o.old());
        (0..self.merged.len())
            .filter(|&i| edited == Some(i) || self.merged[i] == Some(index))
            .collect()
    }
}
