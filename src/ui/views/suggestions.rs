//! The suggestions' controls in the side panel: the "Suggestions" switch, the order to go
//! through them in, "Next suggestion" and "Accept", and how often the suggestions matched.

use yew::prelude::*;

use crate::keymap::Shortcut;
use crate::suggest::tally::ENOUGH;
use crate::suggest::{Order, Suggestions};

pub struct SuggestionsView<'a> {
    pub on: bool,
    pub order: Order,
    /// The worker's latest answer (none while it learns).
    pub answer: Option<&'a Suggestions>,
    pub shows_labels: bool,
    /// How many selected sentences have a suggested label to accept.
    pub acceptable: usize,
    pub on_switch: &'a Callback<bool>,
    pub on_order: &'a Callback<Order>,
    /// The same entry point the keyboard uses.
    pub on_shortcut: &'a Callback<Shortcut>,
}

pub fn suggestions_view(props: SuggestionsView) -> Html {
    let switch = {
        let (on, on_switch) = (props.on, props.on_switch.clone());
        html! {
            <button type="button" role="switch" class="switch" aria-checked={on.to_string()}
                onclick={move |_| on_switch.emit(!on)}>
                { "Suggestions" }<span class="switch-state" aria-hidden="true">{ if on { "on" } else { "off" } }</span>
            </button>
        }
    };
    if !props.on {
        return html! { <section class="suggestions" aria-label="Suggestions">{ switch }</section> };
    }
    let order = |order: Order| {
        let on_order = props.on_order.clone();
        html! {
            <label class="order-option">
                <input type="radio" name="suggestion-order" checked={props.order == order}
                    onchange={move |_| on_order.emit(order)} />
                { order.title() }
            </label>
        }
    };
    let button = |name: &str, keys: &str, disabled: bool, shortcut: Shortcut| {
        let on_shortcut = props.on_shortcut.clone();
        html! {
            <button type="button" {disabled} aria-keyshortcuts={keys.to_string()}
                onclick={move |_| on_shortcut.emit(shortcut.clone())}>{ name }</button>
        }
    };
    html! {
        <section class="suggestions" aria-label="Suggestions">
            <div class="suggestion-controls">
                { switch }
                <fieldset class="order">
                    <legend>{ "Order" }</legend>
                    { for Order::ALL.map(order) }
                </fieldset>
            </div>
            <div class="edits">
                { button("Next suggestion (G)", "G", props.answer.is_none(), Shortcut::NextSuggestion) }
                { button("Accept suggestions (A)", "A", props.acceptable == 0, Shortcut::Accept) }
            </div>
            <p class="hint suggestion-status" role="status">{ status(&props) }</p>
        </section>
    }
}

/// What the suggestions are worth so far, in words.
fn status(props: &SuggestionsView) -> String {
    let Some(answer) = props.answer else {
        return "Learning from the labels in your library…".into();
    };
    let (hits, total) = answer.tally.matched();
    let learned = match answer.learned {
        1 => "1 label".to_string(),
        n => format!("{n} labels"),
    };
    if !props.shows_labels {
        return format!(
            "Likely claims are ranked first. Suggested labels appear once they match your labels \
             more often than always answering your most common label would (over at least {ENOUGH} \
             labels; so far they matched {hits} of {total}). Learned from {learned}."
        );
    }
    let per_label: Vec<String> = answer
        .tally
        .per_label()
        .iter()
        .filter(|(_, _, suggested)| *suggested > 0)
        .map(|(label, matched, suggested)| format!("{} {matched} of {suggested}", label.as_str()))
        .collect();
    format!(
        "Suggestions matched {hits} of your last {total} labels ({}%): {}. Learned from {learned}.",
        hits * 100 / total.max(1),
        per_label.join(", ")
    )
}
