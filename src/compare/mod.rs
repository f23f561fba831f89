//! Comparing several annotators of one article (pure): the units they are compared on, and the
//! agreement figures over them.

pub mod agreement;
pub mod units;

pub use agreement::Figure;
pub use units::{category, units, Reading, Units, CATEGORIES};
