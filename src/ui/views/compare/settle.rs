//! Settling a comparison into a gold version: the button that starts one, and, while the gold
//! version is open, the label buttons for the current unit and how far the settling is.

use yew::prelude::*;

use crate::compare::Summary;
use crate::model::Label;

/// A plain view, not a component.
pub struct Settle<'a> {
    /// Whether the open document is the gold version being settled.
    pub settling: bool,
    pub summary: &'a Summary,
    pub annotators: usize,
    pub current: usize,
    pub title: &'a str,
    /// Whether the article's gold version is already in the library.
    pub gold_stored: bool,
    /// A label for unit `u` of the gold version.
    pub on_take: &'a Callback<(usize, Option<Label>)>,
    pub on_start_gold: Callback<MouseEvent>,
}

pub fn settle(props: Settle) -> Html {
    let Settle {
        summary, current, ..
    } = props;
    if !props.settling {
        let title = props.title.trim_end_matches(" (gold)");
        let (button, hint) = if props.gold_stored {
            ("Open the gold version", format!("“{title} (gold)” is already in your library, settled here before or imported from a file: it opens with the labels it has, to go on settling."))
        } else {
            ("Start a gold version", format!("A new document, “{title} (gold)”, cut at every unit, with the labels everyone agrees on already filled in. Settle the rest with a click or a key; it is kept in your library and exports like any other."))
        };
        return html! {
            <div class="settle">
                <button type="button" class="primary" onclick={props.on_start_gold}>{ button }</button>
                <p class="hint">{ hint }</p>
            </div>
        };
    }
    let units = summary.agree.len();
    let settled = (0..units)
        .filter(|&u| summary.gold(u, props.annotators).is_some())
        .count();
    let label_button = |label: Option<Label>| {
        let take = props.on_take.clone();
        let (name, key) = label.map_or(("Clear", '0'), |l| (l.title(), l.digit()));
        html! {
            <button type="button" class={classes!("label-button", label.map_or("clear", Label::as_str))}
                onclick={move |_| take.emit((current, label))}>{ format!("{name} ({key})") }</button>
        }
    };
    html! {
        <div class="settle" role="group" aria-label="Label of the current unit in the gold version">
            <p>{ format!("Settling into this gold version: {settled} of {units} units labelled. Unit {} is current.", current + 1) }</p>
            { for Label::ALL.into_iter().map(|l| label_button(Some(l))) }
            { label_button(None) }
        </div>
    }
}
