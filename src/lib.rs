//! Sift: an in-browser article annotator. Paste an article, Sift splits it into sentences,
//! tag each one as claim, fact or context, and download the annotations as JSON.
//!
//! The core is plain Rust with no web dependencies, tested on the host with `cargo test`. Its
//! modules form layers, and each imports only from the layers before it:
//! 1. `segment` (sentences), `sketch`, `sizes`, `wire` (reading JSON);
//! 2. `model` (the document, its annotations, `apply`, undo and the merge of two tabs);
//! 3. `versions`, `compare`, `schema` (storage), `export`, `import`, `foreign` (other tools'
//!    files), `corpus` (articles in bulk), `keymap`;
//! 4. `workspace`, the decisions of the workflows, and `listing`, the library as it is shown.
//!
//! The `ui` module is the Yew front end over all of them, built only for `wasm32`.

pub mod compare;
pub mod corpus;
pub mod export;
pub mod foreign;
pub mod import;
pub mod jobs;
pub mod keymap;
pub mod listing;
pub mod model;
pub mod schema;
pub mod segment;
pub mod sizes;
pub mod sketch;
pub mod suggest;
pub mod versions;
pub mod wire;
pub mod workspace;

#[cfg(target_arch = "wasm32")]
pub mod ui;
