//! The selection: a contiguous run of sentences, which labels and edits act on.

use std::ops::RangeInclusive;

/// A contiguous run of selected sentences: from `anchor` (where it started) to `focus` (where
/// the keyboard is), in either direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub focus: usize,
}

impl Selection {
    pub fn one(index: usize) -> Selection {
        Selection {
            anchor: index,
            focus: index,
        }
    }

    pub fn range(&self) -> RangeInclusive<usize> {
        self.anchor.min(self.focus)..=self.anchor.max(self.focus)
    }
}
