//! Other tools' annotation files (pure): the W3C Web Annotation model and Hypothesis's JSON
//! read (`formats`), each annotation anchored in the open text by its quote (`anchor`), and
//! laid onto the document with what finds no sentence kept as an orphan (`bring`). Sift's own
//! files are read by `import`.

pub mod anchor;
pub mod bring;
pub mod formats;

pub use anchor::{Anchored, Quote, Target};
pub use bring::{bring_in, lay_on, Anchoring, BroughtIn};
pub use formats::{read, Foreign, MAX_NOTE_CHARS};
