//! The panel that shows what changed in an edited sentence, word by word: removed words struck
//! through, added ones underlined, each also named for screen readers and in print.

use yew::prelude::*;

use super::focus::use_focus_on_mount;
use crate::versions::{word_diff, Piece};

#[derive(Properties, PartialEq)]
pub struct DiffProps {
    pub index: usize,
    /// The sentence's text in the previous version (with any merged into it).
    pub old: AttrValue,
    pub new: AttrValue,
    pub on_close: Callback<()>,
}

#[function_component(DiffPanel)]
pub fn diff_panel(props: &DiffProps) -> Html {
    let close = use_focus_on_mount(false);
    let pieces = word_diff(&props.old, &props.new)
        .into_iter()
        .map(|piece| match piece {
            Piece::Same(text) => html! { text },
            Piece::Removed(text) => html! { <del>{ text }</del> },
            Piece::Added(text) => html! { <ins>{ text }</ins> },
        });
    html! {
        <section class="panel diff" aria-labelledby="diff-title">
            <h3 id="diff-title">{ format!("What changed in sentence {}", props.index + 1) }</h3>
            <p class="quote">{ for pieces }</p>
            <p class="hint">{ "Struck through: removed. Underlined: added." }</p>
            <h4>{ "Before" }</h4>
            <p class="quote old">{ props.old.clone() }</p>
            <div class="actions">
                <button type="button" ref={close} onclick={props.on_close.reform(|_| ())}>{ "Close (Esc)" }</button>
            </div>
        </section>
    }
}
