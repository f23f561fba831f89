//! A title being renamed in place: the field takes the focus with the text selected; Enter or
//! "Save title" saves, Escape or "Cancel" leaves it as it was.

use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use super::focus::use_focus_on_mount;

#[derive(Properties, PartialEq)]
pub struct RenameProps {
    pub field_id: AttrValue,
    pub label: AttrValue,
    pub title: AttrValue,
    pub on_save: Callback<String>,
    pub on_cancel: Callback<()>,
}

#[function_component(RenameField)]
pub fn rename_field(props: &RenameProps) -> Html {
    let field = use_focus_on_mount(true);
    let save = {
        let (field, on_save) = (field.clone(), props.on_save.clone());
        Callback::from(move |()| {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                on_save.emit(input.value());
            }
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
    html! {
        <div class="rename">
            <label for={props.field_id.clone()}>{ props.label.clone() }</label>
            <input id={props.field_id.clone()} ref={field} type="text" value={props.title.clone()} {onkeydown} />
            <button type="button" class="primary" onclick={save.reform(|_| ())}>{ "Save title" }</button>
            <button type="button" class="quiet" onclick={props.on_cancel.reform(|_| ())}>{ "Cancel" }</button>
        </div>
    }
}
