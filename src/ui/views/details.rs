//! The article's details being edited: its source URL and language. Enter or "Save details"
//! saves what is valid; a mistake is named and nothing changes; Escape or "Cancel" leaves them.

use web_sys::{HtmlInputElement, InputEvent, KeyboardEvent};
use yew::prelude::*;

use super::focus::use_focus_on_mount;
use crate::model::Details;

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub details: Details,
    pub on_save: Callback<Details>,
    pub on_cancel: Callback<()>,
}

#[function_component(DetailsEditor)]
pub fn details_editor(props: &DetailsProps) -> Html {
    let first_field = use_focus_on_mount(true);
    // What is typed is kept in state: a re-render (to show a problem) must not reset it.
    let url = use_state(|| props.details.url.clone().unwrap_or_default());
    let language = use_state(|| props.details.language.clone().unwrap_or_default());
    let problem = use_state(|| None::<String>);
    let save = {
        let (url, language, problem) = (url.clone(), language.clone(), problem.clone());
        let on_save = props.on_save.clone();
        Callback::from(move |()| match Details::new(&url, &language) {
            Ok(details) => on_save.emit(details),
            Err(e) => problem.set(Some(format!("Not saved: {e}."))),
        })
    };
    let onkeydown = {
        let (save, on_cancel) = (save.clone(), props.on_cancel.clone());
        move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => save.emit(()),
            "Escape" => on_cancel.emit(()),
            _ => {}
        }
    };
    let typed = |field: &UseStateHandle<String>| {
        let field = field.clone();
        move |e: InputEvent| field.set(e.target_unchecked_into::<HtmlInputElement>().value())
    };
    html! {
        <div class="rename details-editor" {onkeydown}>
            <label for="source-field">{ "Source URL" }</label>
            <input id="source-field" ref={first_field} type="url" placeholder="https://…"
                value={(*url).clone()} oninput={typed(&url)} />
            <label for="language-field">{ "Language" }</label>
            <input id="language-field" class="short" type="text" placeholder="en"
                value={(*language).clone()} oninput={typed(&language)} />
            <button type="button" class="primary" onclick={save.reform(|_| ())}>{ "Save details" }</button>
            <button type="button" class="quiet" onclick={props.on_cancel.reform(|_| ())}>{ "Cancel" }</button>
            if let Some(problem) = &*problem {
                <p class="field-problem" role="alert">{ problem }</p>
            }
        </div>
    }
}
