//! The document and annotation model: labels, selection and the actions that change them (pure).

mod document;
mod history;
mod label;
mod review;
mod state;

pub use document::{default_title, document_id, Document, SpanError};
pub use history::UNDO_LIMIT;
pub use label::{Counts, Label};
pub use review::Filter;
pub use state::{apply, Action, Selection, Session, State};
