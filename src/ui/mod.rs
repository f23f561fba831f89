//! The Yew front end: components render and emit actions, one reducer owns the state, and
//! effects (storage, downloads, keyboard, clock) live at the edge in their own files.

mod alerts;
mod app;
mod article;
mod backups;
mod changes;
mod choice;
mod clock;
mod compare;
mod coverage;
mod details;
mod diff;
mod document_bar;
mod download;
mod focus;
mod help;
mod import;
mod keys;
mod library;
mod note;
mod outline;
mod paragraph;
mod paste;
mod persist;
mod pickers;
mod rename;
mod review;
pub mod shell;
mod split;
pub mod storage;
mod store;
mod theme;
mod toolbar;

pub use app::App;

/// The app's allocator, also in the browser tests so they run what ships: talc is smaller than
/// Rust's default for wasm (dlmalloc), 3 KB of gzipped wasm, and no slower.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the app into the page's `<body>`.
pub fn run() {
    yew::Renderer::<App>::new().render();
}
