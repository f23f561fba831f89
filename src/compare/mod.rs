//! Comparing several annotators of one article (pure): the units they are compared on, the
//! agreement figures over them, and grading against a key; each other annotator is read from
//! a Sift export of the same text.

pub mod agreement;
pub mod annotator;
pub mod grading;
pub mod units;

pub use agreement::Figure;
pub use annotator::{annotator, Annotator};
pub use units::{category, units, Reading, Units, CATEGORIES};
