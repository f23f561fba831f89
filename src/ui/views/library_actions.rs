//! What the reader does to many articles at once: export the library (or the articles
//! selected) in a format, select every article found, delete the selection, and undo that.

use std::collections::HashSet;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::export::Format;
use crate::ui::workspace::Exporting;

/// The formats of Export library, by the name the reader picks.
const FORMATS: [(Format, &str); 5] = [
    (Format::Native, "Sift JSON: everything, imports back whole"),
    (Format::Jsonl, "Sentences for ML (JSONL)"),
    (
        Format::WebAnnotation,
        "W3C Web Annotations (a collection per article, JSONL)",
    ),
    (Format::Prodigy, "Prodigy text classification (JSONL)"),
    (Format::Spans, "Spans in context: Prodigy, doccano (JSONL)"),
];

const FORMAT_PICKER: &str = "library-format";

pub struct Actions<'a> {
    /// Articles in the library, and the current versions of those the query found.
    pub count: usize,
    pub found: &'a [&'a str],
    pub selected: &'a UseStateHandle<Rc<HashSet<String>>>,
    pub exporting: Option<Exporting>,
    /// Articles deleted last, which Undo puts back.
    pub removed: Option<usize>,
    pub on_export: &'a Callback<(Format, Rc<HashSet<String>>)>,
    pub on_delete: &'a Callback<Rc<HashSet<String>>>,
    pub on_undo: &'a Callback<()>,
}

pub fn actions(a: Actions) -> Html {
    let n = a.selected.len();
    let export = {
        let (on_export, selected) = (a.on_export.clone(), a.selected.clone());
        move |_| {
            let picked = gloo_utils::document()
                .get_element_by_id(FORMAT_PICKER)
                .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
                .map_or(0, |s| s.selected_index().max(0) as usize);
            let format = FORMATS.get(picked).map_or(Format::Native, |(f, _)| *f);
            on_export.emit((format, (*selected).clone()));
        }
    };
    let select_found = {
        let selected = a.selected.clone();
        let found: HashSet<String> = a.found.iter().map(|id| id.to_string()).collect();
        move |_| selected.set(Rc::new(found.clone()))
    };
    let delete = {
        let (on_delete, selected) = (a.on_delete.clone(), a.selected.clone());
        move |_| {
            on_delete.emit((*selected).clone());
            selected.set(Rc::default());
        }
    };
    let clear = {
        let selected = a.selected.clone();
        move |_| selected.set(Rc::default())
    };
    html! {
        <div class="library-actions">
            if a.count > 0 {
                <span class="field">
                    <label for={FORMAT_PICKER}>{ "Export as" }</label>
                    <select id={FORMAT_PICKER}>
                        // Yew lays children out last first, so the first option is chosen by name.
                        { for FORMATS.iter().enumerate().map(|(i, (_, name))| html! { <option selected={i == 0}>{ *name }</option> }) }
                    </select>
                </span>
                if let Some(Exporting { done, total }) = a.exporting {
                    <div class="progress" role="status">
                        <p>{ format!("Exporting: {done} of {total} documents") }</p>
                        <progress max={total.to_string()} value={done.to_string()} aria-label="Exporting the library"></progress>
                    </div>
                } else {
                    <button type="button" onclick={export}>
                        { if n == 0 { "Export library".to_string() } else { format!("Export {n} selected") } }
                    </button>
                }
                if !a.found.is_empty() && a.found.len() != n {
                    <button type="button" class="quiet" onclick={select_found}>{ format!("Select all {} found", a.found.len()) }</button>
                }
                if n > 0 {
                    <button type="button" class="danger" onclick={delete}>{ format!("Delete {n} selected") }</button>
                    <button type="button" class="quiet" onclick={clear}>{ "Clear selection" }</button>
                }
            }
            if let Some(k) = a.removed {
                <p class="undo" role="status">
                    { format!("Deleted {k} {}. ", if k == 1 { "article" } else { "articles" }) }
                    <button type="button" onclick={a.on_undo.reform(|_| ())}>{ "Undo delete" }</button>
                </p>
            }
        </div>
    }
}
