//! New versions of an article and other tools' annotations (pure): aligning the old sentences
//! with the new ones and carrying the labels and notes across, with what finds no home kept as
//! orphans; recognising a new version by a sketch of its text; and other tools' annotations
//! read, anchored by their quotes and laid on.

pub mod align;
pub mod anchor;
pub mod bring;
pub mod carry;
pub mod changes;
pub mod foreign;
pub mod sketch;
pub mod words;

pub use align::{align, Origin};
pub use anchor::{Anchored, Quote, Target};
pub use bring::{bring_in, BroughtIn};
pub use carry::{carry, new_version, Carried};
pub use changes::{changes, Change, Changes};
pub use foreign::{read as read_foreign, Foreign};
pub use sketch::{new_version_of, resemblance, sketch};
pub use words::{word_diff, Piece};
