//! Sift: an in-browser article annotator. Paste an article, Sift splits it into sentences,
//! tag each one as claim, fact or context, and download the annotations as JSON.
//!
//! The core (`segment`, `model`, `compare`, `versions`, `schema`, `wire`, `export`, `import`) is plain Rust with no web
//! dependencies and is tested on the host with `cargo test`. The `ui` module is the Yew front end, built
//! only for `wasm32`.

pub mod compare;
pub mod export;
pub mod import;
pub mod keymap;
pub mod model;
pub mod schema;
pub mod segment;
pub mod units;
pub mod versions;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod ui;
