//! The document and annotation model: labels, selection and the actions that change them (pure).

mod content;
pub mod coverage;
mod document;
mod history;
mod label;
mod merge;
mod orphans;
mod reader;
mod review;
mod selection;
mod session;
mod stamps;
mod state;

pub use content::{Annotations, Content};
pub use document::{
    default_title, document_id, id_for, sentence_id, Details, DetailsError, Document, SpanError,
    GOLD_SUFFIX, MAX_VERSION,
};
pub use history::UNDO_LIMIT;
pub use label::{Counts, Label};
pub use merge::{merge, Merged};
pub use orphans::{Listed, Orphan};
pub use reader::{reader_name, MAX_NAME_CHARS};
pub use review::Filter;
pub use selection::Selection;
pub use session::Session;
pub use stamps::{Origins, Stamps};
pub use state::{apply, note_text, Action, State};
