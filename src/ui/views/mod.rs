//! The views: components and plain view functions that render what they are given and emit
//! what the reader asks for. None of them touches storage or the workspace.

pub mod alerts;
pub mod article;
pub mod backups;
pub mod changes;
pub mod choice;
pub mod compare;
pub mod coverage;
pub mod details;
pub mod diff;
pub mod document_bar;
pub mod focus;
pub mod help;
pub mod import;
pub mod intake;
pub mod library;
pub mod library_actions;
pub mod library_query;
pub mod note;
pub mod orphans;
pub mod outline;
pub mod paragraph;
pub mod paste;
pub mod pickers;
pub mod rename;
pub mod review;
pub mod split;
pub mod suggestions;
pub mod toolbar;
