//! The split editor: the reader picks the word where a sentence should be cut in two.

use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::focus::use_focus_on_mount;

#[derive(Properties, PartialEq)]
pub struct SplitProps {
    pub index: usize,
    /// Byte offset of the sentence in the document text.
    pub start: usize,
    pub sentence: AttrValue,
    /// The byte offset (in the document text) where the second part starts.
    pub on_split: Callback<usize>,
    pub on_close: Callback<()>,
}

/// Byte offsets within `sentence` where a second part could start: each word after the first,
/// and a letter glued to a full stop ("over.The").
fn cut_points(sentence: &str) -> Vec<usize> {
    let mut points = Vec::new();
    let (mut before, mut prev) = (None::<char>, None::<char>);
    for (i, c) in sentence.char_indices() {
        let after_space = prev.is_some_and(char::is_whitespace) && !c.is_whitespace();
        // "over.The": a mark between a lower-case letter and a capital; not "U.K".
        let after_mark = prev.is_some_and(|p| matches!(p, '.' | '?' | '!' | ';' | ':'))
            && before.is_some_and(char::is_lowercase)
            && c.is_uppercase();
        if i > 0 && (after_space || after_mark) {
            points.push(i);
        }
        (before, prev) = (prev, Some(c));
    }
    points
}

#[function_component(SplitEditor)]
pub fn split_editor(props: &SplitProps) -> Html {
    let points = use_memo(props.sentence.clone(), |s| cut_points(s));
    let chosen = use_state(|| points.len() / 2);
    // The editor is keyed by sentence: another sentence mounts a new one.
    let confirm = use_focus_on_mount(false);
    if points.is_empty() {
        return html! {
            <section class="panel" aria-labelledby="split-title">
                <h3 id="split-title">{ format!("Split sentence {}", props.index + 1) }</h3>
                <p>{ "This sentence is a single word: there is nowhere to split it." }</p>
                <button type="button" ref={confirm} onclick={props.on_close.reform(|_| ())}>{ "Close" }</button>
            </section>
        };
    }
    let at = points[(*chosen).min(points.len() - 1)];
    let split = {
        let (on_split, start) = (props.on_split.clone(), props.start);
        Callback::from(move |()| on_split.emit(start + at))
    };
    let onkeydown = {
        let (chosen, last, split) = (chosen.clone(), points.len() - 1, split.clone());
        move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowLeft" => {
                e.prevent_default();
                chosen.set((*chosen).saturating_sub(1));
            }
            "ArrowRight" => {
                e.prevent_default();
                chosen.set((*chosen + 1).min(last));
            }
            "Enter" => {
                e.prevent_default();
                split.emit(());
            }
            _ => {}
        }
    };
    let sentence = props.sentence.as_str();
    let words = std::iter::once(0)
        .chain(points.iter().copied())
        .zip(points.iter().copied().chain([sentence.len()]));
    html! {
        <section class="panel" aria-labelledby="split-title" {onkeydown}>
            <h3 id="split-title">{ format!("Split sentence {}", props.index + 1) }</h3>
            <p class="hint">{ "Choose the word that starts the second part: click it, or use ← and →, then Enter." }</p>
            <p class="split-preview">
                { for words.enumerate().map(|(n, (from, to))| {
                    let word = &sentence[from..to];
                    if n == 0 {
                        return html! { <span class="word first">{ word }</span> };
                    }
                    let chosen_here = points[n - 1] == at;
                    let chosen = chosen.clone();
                    html! {
                        <button type="button" class={classes!("word", chosen_here.then_some("cut"))}
                            aria-pressed={if chosen_here { "true" } else { "false" }}
                            aria-label={format!("Cut before “{}”", word.trim())}
                            onclick={move |_| chosen.set(n - 1)}>{ word }</button>
                    }
                }) }
            </p>
            <p class="split-result" aria-live="polite">
                <span>{ &sentence[..at] }</span>{ " ‖ " }<span>{ &sentence[at..] }</span>
            </p>
            <div class="actions">
                <button type="button" class="primary" ref={confirm} onclick={split.reform(|_| ())}>{ "Split here (Enter)" }</button>
                <button type="button" class="quiet" onclick={props.on_close.reform(|_| ())}>{ "Cancel (Esc)" }</button>
            </div>
        </section>
    }
}
