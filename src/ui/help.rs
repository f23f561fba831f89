//! The help overlay: every keyboard shortcut, opened with "?" or the Keys button.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use crate::keymap::SHORTCUTS;

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
                <table class="keys">
                    <thead><tr><th scope="col">{ "Keys" }</th><th scope="col">{ "Does" }</th></tr></thead>
                    <tbody>
                        { for SHORTCUTS.iter().map(|(keys, does)| html! {
                            <tr><td><kbd>{ *keys }</kbd></td><td>{ *does }</td></tr>
                        }) }
                    </tbody>
                </table>
                <p class="hint">{ "Keys work wherever you are on the page, except while you type in a text field." }</p>
                <button type="button" ref={close} onclick={on_close}>{ "Close" }</button>
            </div>
        </div>
    }
}
