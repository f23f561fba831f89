//! File inputs named by their visible labels: "Compare with…" and "Import annotations…" from
//! other tools, and "Import articles…" into the library. They hand the files picked on; the workspace reads them (`edge::files`). While
//! annotations are imported, their progress and "Cancel import" stand in for the input.

use gloo_file::File;
use web_sys::{Event, HtmlInputElement};
use yew::prelude::*;

use crate::ui::edge::files::take_files;

/// "Compare with…", which takes several Sift exports at once.
pub fn compare_input(on_files: &Callback<Vec<File>>) -> Html {
    file_input("compare-files", "Compare with…", true, JSON, on_files)
}

/// "Import annotations…": a W3C Web Annotation or Hypothesis file, laid onto the open document.
pub fn annotations_input(on_files: &Callback<Vec<File>>) -> Html {
    file_input(
        "annotation-file",
        "Import annotations…",
        false,
        JSON,
        on_files,
    )
}

/// "Import articles…": many files of articles at once, into the library.
pub fn articles_input(on_files: &Callback<Vec<File>>) -> Html {
    let accept = ".txt,.md,.markdown,.jsonl,.ndjson,.csv,.json,text/plain,text/markdown,text/csv,application/json";
    file_input(
        "import-articles",
        "Import articles…",
        true,
        accept,
        on_files,
    )
}

const JSON: &str = ".json,.jsonld,application/json,application/ld+json";

/// How far the import of another tool's annotations has come; `on_cancel` stops it.
pub fn import_progress(file: &str, done: usize, total: usize, on_cancel: &Callback<()>) -> Html {
    let onclick = on_cancel.reform(|_| ());
    html! {
        <div class="progress importing" role="status">
            <p>{ if total == 0 {
                format!("Importing “{file}”: reading it…")
            } else {
                format!("Importing “{file}”: {done} of {total} annotations anchored")
            } }</p>
            <progress max={total.to_string()} value={done.to_string()}
                aria-label={format!("Importing “{file}”")}></progress>
            <button type="button" {onclick}>{ "Cancel import" }</button>
        </div>
    }
}

/// The input; `on_files` gets every file picked at once, in the order picked. A plain view, not
/// a component: it keeps no state.
fn file_input(
    id: &'static str,
    label: &'static str,
    multiple: bool,
    accept: &'static str,
    on_files: &Callback<Vec<File>>,
) -> Html {
    let onchange = on_files.reform(|e: Event| {
        e.target_dyn_into::<HtmlInputElement>()
            .map(|input| take_files(&input))
            .unwrap_or_default()
    });
    html! {
        <span class="file-picker">
            <input type="file" {id} class="visually-hidden" {multiple} {accept} {onchange} />
            <label for={id} class="button">{ label }</label>
        </span>
    }
}
