//! Comparing several annotators of one article (pure): the units they are compared on, the
//! agreement figures over them, grading against a key, the comparison's state and summary, and
//! the gold version that settles it, and the comparison as kept across a reload; each other
//! annotator is read from a Sift export of the same text.

pub mod agreement;
pub mod annotator;
pub mod comparison;
pub mod gold;
pub mod grading;
pub mod kept;
pub mod table;
pub mod units;

pub use agreement::Figure;
pub use annotator::{annotator, annotator_of, Annotator};
pub use comparison::{gold_id, Comparison, ComparisonAction, Overall, Summary};
pub use gold::gold_version;
pub use table::grading_csv;
pub use units::{category, units, Reading, Units, CATEGORIES};
