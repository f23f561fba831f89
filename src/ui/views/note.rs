//! The note editor for one sentence: who makes the claim, where the evidence is.

use web_sys::{HtmlTextAreaElement, InputEvent, KeyboardEvent};
use yew::prelude::*;

use super::focus::use_focus_on_mount;

#[derive(Properties, PartialEq)]
pub struct NoteProps {
    pub index: usize,
    pub sentence: AttrValue,
    pub note: Option<AttrValue>,
    /// The new note (`None` removes it).
    pub on_save: Callback<Option<String>>,
    pub on_close: Callback<()>,
}

#[function_component(NoteEditor)]
pub fn note_editor(props: &NoteProps) -> Html {
    // The editor is keyed by sentence: another sentence mounts a new one.
    let area = use_focus_on_mount(false);
    // The text being typed lives here, so a re-render (a label set with a button, a change
    // from another tab) never wipes it.
    let draft = use_state(|| props.note.clone().unwrap_or_default().to_string());
    let oninput = {
        let draft = draft.clone();
        move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                draft.set(area.value());
            }
        }
    };
    let save = {
        let (area, on_save) = (area.clone(), props.on_save.clone());
        Callback::from(move |()| {
            if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                on_save.emit(Some(area.value()));
            }
        })
    };
    let onkeydown = {
        let (save, on_close) = (save.clone(), props.on_close.clone());
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                on_close.emit(());
            } else if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                save.emit(());
            }
        }
    };
    let on_remove = props.on_save.reform(|_| None);
    let on_cancel = props.on_close.reform(|_| ());
    html! {
        <section class="panel" aria-labelledby="note-title">
            <h3 id="note-title">{ format!("Note on sentence {}", props.index + 1) }</h3>
            <p class="quote">{ props.sentence.clone() }</p>
            <label for="note-text">{ "Note" }</label>
            <textarea id="note-text" ref={area} rows="3" {onkeydown} {oninput}
                value={(*draft).clone()}
                placeholder="Who makes the claim? Where is the evidence?" />
            <div class="actions">
                <button type="button" class="primary" onclick={save.reform(|_| ())}>{ "Save note (Ctrl+Enter)" }</button>
                if props.note.is_some() {
                    <button type="button" onclick={on_remove}>{ "Remove note" }</button>
                }
                <button type="button" class="quiet" onclick={on_cancel}>{ "Cancel (Esc)" }</button>
            </div>
        </section>
    }
}
