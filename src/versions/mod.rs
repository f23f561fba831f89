//! New versions of an article and other tools' annotations (pure): aligning the old sentences
//! with the new ones and carrying the labels and notes across, with what finds no home kept as
//! orphans; and anchoring another tool's quote in the text.

pub mod align;
pub mod anchor;
pub mod carry;

pub use align::{align, Origin};
pub use anchor::{Anchored, Quote, Target};
pub use carry::{carry, Carried, Orphan};
