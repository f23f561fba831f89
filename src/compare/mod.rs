//! Comparing several annotators of one article (pure): the units they are compared on, the
//! agreement figures over them, and grading against a key.

pub mod agreement;
pub mod grading;
pub mod units;

pub use agreement::Figure;
pub use units::{category, units, Reading, Units, CATEGORIES};
