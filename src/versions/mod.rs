//! New versions of an article (pure): aligning the old sentences with the new ones, carrying
//! the labels and notes across with what finds no home kept as orphans, and what changed, by
//! sentence and by word. A new version is recognised by `crate::sketch`.

pub mod align;
pub mod carry;
pub mod changes;
pub mod words;

pub use align::{align, Origin};
pub use carry::{carry, new_version, Carried};
pub use changes::{changes, Change, Changes};
pub use words::{word_diff, Piece};
