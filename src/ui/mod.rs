//! The Yew front end, in folders by role: `app` picks the page; `pages` (start, document) own
//! their state and lay out `views`, which render and emit; `workspace` owns which document is
//! open and runs every workflow on it; `edge` holds the effects at the border with the browser
//! (storage, files, the background worker, downloads, keys, the clock, the theme); `worker` is
//! the background worker itself, a module of its own in the build.

mod app;
mod edge;
mod pages;
mod views;
pub mod worker;
pub mod workspace;

pub use app::{App, AppProps};
pub use edge::shell::Early;
pub use edge::storage;

/// The app's allocator, also in the browser tests so they run what ships: talc is smaller than
/// Rust's default for wasm (dlmalloc), 3 KB of gzipped wasm, and no slower.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Mounts the app into the page's `<body>`: the annotating page (`index.html`), in place of the
/// still copy of its start page shown while the module loaded.
pub fn run() {
    let early = edge::shell::take_over();
    yew::Renderer::<App>::with_props(AppProps {
        compare: None,
        early,
    })
    .render();
}

/// Starts the preview module (`sift-preview`): the still start page draws the article pressed
/// on it, split, while the app's module loads.
pub fn run_preview() {
    edge::preview::start();
}

/// Starts the reopening visit's preview module (`sift-reopen`): the document open last is
/// drawn from storage while the app's module loads.
pub fn run_reopen() {
    edge::preview::reopen();
}

/// Mounts the comparison page (`compare.html`): the same app, with the comparison's views, in a
/// module of its own so that the annotating page loads without them.
pub fn run_compare() {
    let compare = Some(pages::CompareBody(pages::compare_body));
    yew::Renderer::<App>::with_props(AppProps {
        compare,
        early: Early::Nothing,
    })
    .render();
}
