//! The "Import JSON" control: a button that picks one of Sift's own files and hands it on.

use gloo_file::File;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement};
use yew::prelude::*;

use crate::ui::edge::files::take_files;

const INPUT: &str = "import-file";

/// The button, and the file input it opens (hidden: the button is the control). A plain view,
/// not a component: it keeps no state.
pub fn import_button(on_file: &Callback<File>) -> Html {
    let onclick = |_| {
        let input = gloo_utils::document()
            .get_element_by_id(INPUT)
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = input {
            input.click();
        }
    };
    let onchange = {
        let on_file = on_file.clone();
        move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = take_files(&input).into_iter().next() {
                on_file.emit(file);
            }
        }
    };
    html! {
        <>
            <button type="button" {onclick}>{ "Import JSON" }</button>
            <input type="file" id={INPUT} class="visually-hidden" accept=".json,application/json" {onchange}
                tabindex="-1" aria-hidden="true" />
        </>
    }
}
