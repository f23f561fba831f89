//! The "Import JSON" control: picks a file and reads it as bytes with gloo-file (nothing is
//! uploaded); comparing reads its files the same way.

use gloo_file::futures::read_as_bytes;
use gloo_file::File;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Event, HtmlInputElement};
use yew::prelude::*;

use crate::import::MAX_IMPORT_BYTES;
use crate::units::megabytes;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// The file's bytes, or why it could not be read.
    pub on_file: Callback<Result<Vec<u8>, String>>,
}

#[function_component(ImportButton)]
pub fn import_button(props: &ImportProps) -> Html {
    let input = use_node_ref();
    let onclick = {
        let input = input.clone();
        move |_| {
            if let Some(input) = input.cast::<HtmlInputElement>() {
                input.click();
            }
        }
    };
    let onchange = {
        let on_file = props.on_file.clone();
        move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)).map(File::from) else {
                return;
            };
            // The same file can be picked again after a failed import.
            input.set_value("");
            let on_file = on_file.clone();
            spawn_local(async move { on_file.emit(read_bytes(&file).await) });
        }
    };
    html! {
        <>
            <button type="button" {onclick}>{ "Import JSON" }</button>
            <input type="file" class="visually-hidden" accept=".json,application/json" ref={input} {onchange}
                tabindex="-1" aria-hidden="true" />
        </>
    }
}

/// The bytes of a file the reader picked, or why not; a file too large is refused before a
/// byte is read.
pub async fn read_bytes(file: &File) -> Result<Vec<u8>, String> {
    if file.size() > MAX_IMPORT_BYTES as u64 {
        return Err(format!(
            "“{}” is {}; Sift reads files up to {}.",
            file.name(),
            megabytes(usize::try_from(file.size()).unwrap_or(usize::MAX)),
            megabytes(MAX_IMPORT_BYTES)
        ));
    }
    read_as_bytes(file)
        .await
        .map_err(|_| format!("The browser could not read “{}”.", file.name()))
}
