//! File inputs named by their visible labels, that read every file picked (nothing is
//! uploaded): "Compare with…", and "Import annotations…" from other tools.

use gloo_file::File;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Event, HtmlInputElement};
use yew::prelude::*;

use super::import::read_bytes;

/// A picked file: its name, and its bytes or why they could not be read.
pub type Picked = (String, Result<Vec<u8>, String>);

/// "Compare with…", which takes several Sift exports at once.
pub fn compare_input(on_files: &Callback<Vec<Picked>>) -> Html {
    file_input("compare-files", "Compare with…", true, on_files)
}

/// "Import annotations…": a W3C Web Annotation or Hypothesis file, laid onto the open document.
pub fn annotations_input(on_files: &Callback<Vec<Picked>>) -> Html {
    file_input("annotation-file", "Import annotations…", false, on_files)
}

/// The input; `on_files` gets every file picked at once, in the order picked. A plain view, not
/// a component: it keeps no state.
fn file_input(
    id: &'static str,
    label: &'static str,
    multiple: bool,
    on_files: &Callback<Vec<Picked>>,
) -> Html {
    let onchange = {
        let on_files = on_files.clone();
        move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let files: Vec<File> = input
                .files()
                .map(|list| {
                    (0..list.length())
                        .filter_map(|i| list.get(i))
                        .map(File::from)
                        .collect()
                })
                .unwrap_or_default();
            // The same files can be picked again.
            input.set_value("");
            let on_files = on_files.clone();
            spawn_local(async move {
                let mut picked = Vec::with_capacity(files.len());
                for file in &files {
                    picked.push((file.name(), read_bytes(file).await));
                }
                on_files.emit(picked);
            });
        }
    };
    html! {
        <span class="file-picker">
            <input type="file" {id} class="visually-hidden" {multiple}
                accept=".json,.jsonld,application/json,application/ld+json" {onchange} />
            <label for={id} class="button">{ label }</label>
        </span>
    }
}
