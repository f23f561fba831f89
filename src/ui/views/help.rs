//! The help overlay: every keyboard shortcut, of the article and of a comparison, opened with
//! "?" or the Keys button.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use crate::keymap::{COMPARE_SHORTCUTS, SHORTCUTS};

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

#[function_component(Help)]
pub fn help(props: &HelpProps) -> Html {
    let close = use_focus_on_mount(false);
    let on_close = props.on_close.reform(|_| ());
    html! {
        <div class="overlay">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="help-title">
                <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
                { keys("While annotating", SHORTCUTS) }
                { keys("While comparing annotators", COMPARE_SHORTCUTS) }
                <p class="hint">{ "Keys work wherever you are on the page, except while you type in a text field." }</p>
                <button type="button" ref={close} onclick={on_close}>{ "Close" }</button>
            </div>
        </div>
    }
}

fn keys(title: &str, shortcuts: &[(&str, &str)]) -> Html {
    html! {
        <table class="keys">
            <caption>{ title.to_string() }</caption>
            <thead><tr><th scope="col">{ "Keys" }</th><th scope="col">{ "Does" }</th></tr></thead>
            <tbody>
                { for shortcuts.iter().map(|(keys, does)| html! {
                    <tr><td><kbd>{ *keys }</kbd></td><td>{ *does }</td></tr>
                }) }
            </tbody>
        </table>
    }
}
